package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.catalog.Marketplace;
import org.packbench.marketplace.orders.Order;
import org.packbench.marketplace.orders.OrderLine;
import org.packbench.marketplace.orders.RemoteOrder;
import org.packbench.marketplace.outbox.NewPush;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.outbox.PushState;
import org.packbench.marking.MarkingCodeReader;
import org.packbench.marking.MarkingRecords;

/**
 * What V15 keeps, on both engines: each order line's marking requirement and its units' ids, the
 * line a code was counted on, and the codes' push, which the order's progress reads as its ship report.
 */
class MarkingWithOrderLineTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(EngineUnderTest.class)
    void aLineKeepsItsMarkingAndItsCodes(EngineUnderTest engine) {
        try (EngineUnderTest.Place place = engine.place(dir, "marked-lines")) {
            Database db = place.open();
            SqliteOrderBook orders = new SqliteOrderBook(db, CLOCK);
            orders.saveRemote(List.of(new RemoteOrder(
                    new Order("1-0001-1", Marketplace.OZON, T0, Optional.empty()),
                    "ozon",
                    "awaiting_packaging",
                    Optional.empty(),
                    List.of(
                            new OrderLine(
                                    1,
                                    "PB-7-002",
                                    "1001",
                                    "Кабель",
                                    2,
                                    OrderLine.Marking.NEEDED,
                                    List.of(3_000_000_001L, 3_000_000_002L)),
                            new OrderLine(2, "PB-7-004", "1002", "Стекло", 1, OrderLine.Marking.NONE, List.of()),
                            new OrderLine(3, "PB-7-005", "1003", "Чехол", 1)))));
            List<OrderLine> lines = orders.remote("1-0001-1").orElseThrow().lines();
            assertEquals(OrderLine.Marking.NEEDED, lines.get(0).marking());
            assertEquals(List.of(3_000_000_001L, 3_000_000_002L), lines.get(0).exemplarIds());
            assertEquals(OrderLine.Marking.NONE, lines.get(1).marking());
            assertEquals(OrderLine.Marking.UNKNOWN, lines.get(2).marking(), "not told is kept as not told");

            SqliteMarkingRecords marks = new SqliteMarkingRecords(db);
            marks.record(
                    MarkingCodeReader.read("010460731098027321SERIAL1\u001D93dGVz", Optional.empty()),
                    "1-0001-1",
                    1,
                    T0,
                    "bench-1");
            List<MarkingRecords.Use> used = marks.ofOrder("1-0001-1");
            assertEquals(1, used.size());
            assertEquals(1, used.get(0).line());
            assertEquals(1, marks.between(T0, T0.plusSeconds(1)).get(0).line());

            SqliteOutbox outbox = new SqliteOutbox(db, CLOCK);
            assertTrue(outbox.add(new NewPush(
                    "ozon",
                    PushKind.OZON_EXEMPLARS,
                    "1-0001-1",
                    "ozon_exemplars:1-0001-1",
                    OptionalLong.empty(),
                    "{}")));
            assertEquals(
                    Optional.of(PushState.WAITING),
                    orders.open().get(0).progress().shipPush(),
                    "the codes' push stands for the ship report until it leads to one");
        }
    }
}
