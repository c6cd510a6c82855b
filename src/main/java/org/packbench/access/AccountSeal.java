package org.packbench.access;

import org.packbench.seal.BenchKey;

/**
 * What the bench keeps about its accounts beyond the reach of the account table: the key each row
 * is sealed with, and whether a supervisor has ever existed (in the database's own seal and in the
 * anchor file outside it), so that deleting every account in the file does not bring setup mode back.
 */
public interface AccountSeal {
    BenchKey key();

    boolean supervisorSeen();

    /** Remembers, for good, that a supervisor exists. */
    void supervisorExists();
}
