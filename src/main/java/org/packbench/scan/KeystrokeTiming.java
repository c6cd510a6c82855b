package org.packbench.scan;

/**
 * Tells a scanner's burst from a person typing by the time between keys: a scanner types a whole
 * code in a few milliseconds per key, a person needs 80 ms or more. The terminator (Enter) ends
 * the burst either way; only a fast, long enough burst counts as a scan.
 */
public final class KeystrokeTiming {
    /** The slowest average key interval still taken for a scanner. */
    public static final long MAX_SCAN_INTERVAL_MS = 35;
    /** Shorter bursts are too short to judge (and too short to be a code). */
    public static final int MIN_SCAN_LENGTH = 4;

    private long first = -1;
    private long last = -1;
    private int keys;

    /** Records one typed character at {@code millis}. */
    public void key(long millis) {
        if (first < 0) {
            first = millis;
        }
        last = millis;
        keys++;
    }

    /** Whether the keys so far came at a scanner's pace. */
    public boolean looksScanned() {
        if (keys < MIN_SCAN_LENGTH) {
            return false;
        }
        return (last - first) <= MAX_SCAN_INTERVAL_MS * (keys - 1);
    }

    public void reset() {
        first = -1;
        last = -1;
        keys = 0;
    }
}
