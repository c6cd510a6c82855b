package org.packbench.journal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.packbench.seal.BenchKey;

/**
 * How each entry's hash is made. Entries written before the bench had a key, up to and including
 * the database's sealed legacy end, keep the plain SHA-256 those versions gave them, so an old
 * bench upgrades without rewriting a single entry. Every entry after it carries an HMAC-SHA256
 * with the bench key over the same values and the hash before it: the chain goes on from the last
 * legacy hash, and nobody without the key can make an entry, or a whole chain, that holds.
 */
public final class LogChain {
    /** Every entry as before the key; for reading exports and old logs, never for writing the bench's own. */
    public static final LogChain UNKEYED = new LogChain(null, Long.MAX_VALUE);

    private static final String FORMAT = "packbench-log-2";

    private final BenchKey key;
    private final long legacyEnd;

    private LogChain(BenchKey key, long legacyEnd) {
        this.key = key;
        this.legacyEnd = legacyEnd;
    }

    /** Entries after {@code legacyEnd} sealed with {@code key}; those up to it as they were written. */
    public static LogChain keyed(BenchKey key, long legacyEnd) {
        if (key == null || legacyEnd < 0) {
            throw new IllegalArgumentException("a keyed chain needs its key and a legacy end of 0 or more");
        }
        return new LogChain(key, legacyEnd);
    }

    /** The last entry hashed without the key; 0 when the log began keyed. */
    public long legacyEnd() {
        return legacyEnd;
    }

    public boolean keyedAt(long seq) {
        return seq > legacyEnd;
    }

    public String hashOf(long seq, Instant at, String bench, String user, LogFacts f, String prevHash) {
        if (!keyedAt(seq)) {
            return LogEntry.hashOf(seq, at, bench, user, f, prevHash);
        }
        return key.seal(FORMAT, LogEntry.fields(seq, at, bench, user, f, prevHash));
    }

    /** The hash {@code e} should carry, from its own values. */
    public String expectedHash(LogEntry e) {
        return hashOf(e.seq(), e.at(), e.bench(), e.user(), e.facts(), e.prevHash());
    }

    /** The next entry after one whose hash is {@code prevHash}; the time is kept to the millisecond. */
    public LogEntry next(long seq, Instant at, String bench, String user, LogFacts facts, String prevHash) {
        Instant ms = at.truncatedTo(ChronoUnit.MILLIS);
        return new LogEntry(seq, ms, bench, user, facts, prevHash, hashOf(seq, ms, bench, user, facts, prevHash));
    }
}
