package org.packbench.marketplace.outbox;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * When a push that did not go through is tried again: doubling from {@code first} up to {@code cap}
 * after each failure, each wait drawn at random between half and all of it, so that benches
 * which failed together do not all come back in the same millisecond. A marketplace's
 * Retry-After is a floor, never shortened.
 */
public final class RetryPolicy {
    public static final RetryPolicy STANDARD = new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(10));

    private final Duration first;
    private final Duration cap;

    public RetryPolicy(Duration first, Duration cap) {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("retry " + first + " … " + cap);
        }
        this.first = first;
        this.cap = cap;
    }

    /**
     * The wait after {@code attempts} failed attempts (1 after the first).
     *
     * @param random a uniform draw in [0, bound) for the jitter
     * @param retryAfter what the marketplace asked for, or null
     */
    public Duration after(int attempts, LongUnaryOperator random, Duration retryAfter) {
        long ceiling = first.toMillis();
        for (int i = 1; i < attempts && ceiling < cap.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, cap.toMillis());
        long half = ceiling / 2;
        long wait = half + random.applyAsLong(ceiling - half + 1);
        Duration d = Duration.ofMillis(wait);
        return retryAfter != null && retryAfter.compareTo(d) > 0 ? retryAfter : d;
    }

    public Duration cap() {
        return cap;
    }
}
