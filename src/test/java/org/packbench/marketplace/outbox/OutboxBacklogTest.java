package org.packbench.marketplace.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.packbench.marketplace.orders.Deadline;

/** What the marketplaces still owe, as the window counts it, and which push reports which deadline. */
class OutboxBacklogTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private static Push push(PushState state) {
        return new Push(
                1,
                "ozon",
                PushKind.OZON_SHIP,
                "0001-1",
                OptionalLong.empty(),
                "{}",
                state,
                0,
                T0,
                Optional.empty(),
                T0,
                Optional.empty(),
                "");
    }

    @Test
    void waitingAndSendingAreOnTheirWayFailedNeedAPersonTheRestOweNothing() {
        OutboxBacklog b = OutboxBacklog.of(
                Arrays.stream(PushState.values()).map(OutboxBacklogTest::push).toList());
        assertEquals(new OutboxBacklog(2, 1), b);
        assertFalse(b.isEmpty());
        assertTrue(b.needsPerson());
    }

    @Test
    void deliveredAndCancelledAloneAreNothingToShow() {
        OutboxBacklog b = OutboxBacklog.of(List.of(push(PushState.DELIVERED), push(PushState.CANCELLED)));
        assertEquals(OutboxBacklog.NONE, b);
        assertTrue(b.isEmpty());
        assertFalse(b.needsPerson());
        assertTrue(OutboxBacklog.of(List.of()).isEmpty());
    }

    @Test
    void onlyWaitingIsOnItsWayWithoutAPerson() {
        OutboxBacklog b = OutboxBacklog.of(List.of(push(PushState.WAITING)));
        assertFalse(b.isEmpty());
        assertFalse(b.needsPerson());
    }

    @Test
    void countsAreNeverNegative() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxBacklog(-1, 0));
    }

    @Test
    void theOzonShipReportMeetsTheLabelDeadlineAndTheVkPushTheTrackingOne() {
        assertEquals(Optional.of(PushKind.OZON_SHIP), Deadline.Kind.OZON_LABEL.report());
        assertEquals(Optional.of(PushKind.VK_TRACKING), Deadline.Kind.VK_TRACKING.report());
        assertEquals(Optional.empty(), Deadline.Kind.OZON_SHIP.report(), "shipping is met by the dispatch scan");
    }
}
