package org.packbench.seal;

import java.time.Instant;

/**
 * What the database itself keeps about its sealing, sealed with the bench key: where the log's
 * unkeyed part ends (entry {@code legacySeq}, whose hash is {@code legacyHash}; 0 and the genesis
 * hash for a log that began keyed) and whether a supervisor has ever existed. Someone holding the
 * database file can delete this row or put back an older copy of it, but cannot make one that
 * holds; the anchor file outside the database catches the older copy.
 */
public record DatabaseSeal(long legacySeq, String legacyHash, boolean supervisorSeen, Instant sealedAt) {
    private static final String PURPOSE = "packbench-seal-1";

    public String sealWith(BenchKey key) {
        return key.seal(PURPOSE, fields());
    }

    public boolean heldBy(BenchKey key, String seal) {
        return key.holds(seal, PURPOSE, fields());
    }

    public DatabaseSeal withSupervisorSeen() {
        return new DatabaseSeal(legacySeq, legacyHash, true, sealedAt);
    }

    private String[] fields() {
        return new String[] {Long.toString(legacySeq), legacyHash, Boolean.toString(supervisorSeen), sealedAt.toString()
        };
    }
}
