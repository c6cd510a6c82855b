package org.packbench.marketplace.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Backoff with jitter: every wait between half and all of its doubling ceiling, never past the cap, never under Retry-After. */
class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(10));

    @Test
    void everyWaitLiesBetweenHalfAndAllOfItsCeiling() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 100_000; i++) {
            int attempts = 1 + random.nextInt(40);
            long ceiling = Math.min(2_000L << Math.min(attempts - 1, 30), 600_000L);
            long wait = policy.after(attempts, random::nextLong, null).toMillis();
            assertTrue(wait >= ceiling / 2 && wait <= ceiling, attempts + " attempts: " + wait + " ms");
        }
    }

    @Test
    void theWaitsSpreadOverTheirRangeSoBenchesDoNotReturnTogether() {
        SplittableRandom random = new SplittableRandom(3);
        long low = Long.MAX_VALUE;
        long high = 0;
        for (int i = 0; i < 10_000; i++) {
            long w = policy.after(5, random::nextLong, null).toMillis();
            low = Math.min(low, w);
            high = Math.max(high, w);
        }
        assertTrue(low < 16_500 && high > 31_500, low + " … " + high + " of 16,000 … 32,000");
    }

    @Test
    void aMarketplacesRetryAfterIsAFloor() {
        SplittableRandom random = new SplittableRandom(5);
        assertEquals(Duration.ofSeconds(90), policy.after(1, random::nextLong, Duration.ofSeconds(90)));
        Duration shortAsk = Duration.ofMillis(10);
        assertTrue(policy.after(3, random::nextLong, shortAsk).toMillis() >= 4_000);
    }
}
