package org.packbench.marketplace.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * One pace per marketplace account, shared by every bench on the database: Ozon allows 50
 * requests a second per Client-Id, however many benches send them. The store implements it.
 */
public interface PaceKeeper {
    /**
     * Reserves the next free slot of {@code account}, at least {@code spacing} after the one
     * before, and answers when it is: the caller waits until then before its request leaves.
     */
    Instant reserve(String account, Instant now, Duration spacing);
}
