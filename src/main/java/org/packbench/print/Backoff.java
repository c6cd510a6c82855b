package org.packbench.print;

import java.time.Duration;

/**
 * How long a worker waits before trying an unreachable or faulty printer again: doubling from
 * {@code first} up to {@code cap}, back to {@code first} after a label goes out. Doubling keeps an
 * offline printer from being hammered; the cap keeps a printer that is back from waiting long.
 */
public final class Backoff {
    public static final Backoff STANDARD = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final Duration first;
    private final Duration cap;

    public Backoff(Duration first, Duration cap) {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff " + first + " … " + cap);
        }
        this.first = first;
        this.cap = cap;
    }

    /** The wait after {@code failures} failures in a row (1 for the first failure). */
    public Duration after(int failures) {
        Duration d = first;
        for (int i = 1; i < failures && d.compareTo(cap) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(cap) > 0 ? cap : d;
    }
}
