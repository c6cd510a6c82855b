package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packbench.marketplace.orders.OrderLine.Marking.NONE;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.catalog.Marketplace;
import org.packbench.marketplace.orders.Order;
import org.packbench.marketplace.orders.OrderLine;
import org.packbench.marketplace.orders.RemoteOrder;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.outbox.PushState;
import org.packbench.print.TestPrinter;

/**
 * Упаковка's path for an Ozon posting: its number scanned loads it, each item is counted by scan,
 * a wrong or extra item is refused without losing the count, and the last item reports it packed.
 */
class PostingAtPackingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final String POSTING = "12345678-0001-1";

    @TempDir
    Path dir;

    private TestPrinter printer;
    private Workbench bench;
    private PackingSession session;

    @BeforeEach
    void aSyncedPosting() throws Exception {
        printer = TestPrinter.zpl();
        bench = Workbench.open(dir.resolve("bench.db"), CLOCK);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.printers().add(printer.profile("zebra"));
        bench.orders()
                .saveRemote(List.of(new RemoteOrder(
                        new Order(POSTING, Marketplace.OZON, CLOCK.instant().minusSeconds(300), Optional.empty()),
                        "ozon",
                        "awaiting_packaging",
                        Optional.of(CLOCK.instant().plus(Duration.ofDays(1))),
                        List.of(
                                new OrderLine(1, "PB-7-002", "1001", "Кабель USB Type-C", 2, NONE, List.of()),
                                new OrderLine(2, "PB-7-004", "1002", "Защитное стекло", 1, NONE, List.of())))));
        session = bench.packingSession();
        session.choosePrinter("zebra");
    }

    @AfterEach
    void close() throws Exception {
        printer.close();
        bench.closeDatabase();
    }

    private PackingState scan(String code) {
        return session.enter(PackingState.Field.FIRST, code, 1, session.state().generation());
    }

    @Test
    void thePostingIsCountedItemByItemAndReportedWhenFull() {
        PackingState opened = scan(POSTING);
        assertEquals(PackingState.Tone.OK, opened.banner().tone());
        assertEquals("parcel.posting.opened", opened.banner().headline().key());
        assertEquals(
                3,
                opened.posting().orElseThrow().lines().stream()
                        .mapToInt(PackingState.PostingLine::wanted)
                        .sum());

        scan("4607310980273");
        PackingState wrong = scan("4607002977277"); // a VK product, not in the posting
        assertEquals(PackingState.Tone.REFUSED, wrong.banner().tone());
        assertEquals("orders.pack.notInOrder", wrong.banner().headline().key());
        assertEquals(1, wrong.posting().orElseThrow().lines().get(0).counted(), "the count survives a refusal");

        scan("4607785349445");
        PackingState extra = scan("4607785349445");
        assertEquals("orders.pack.tooMany", extra.banner().headline().key());

        PackingState done = scan("4607310980273");
        assertEquals(PackingState.Stage.PRINTED, done.stage());
        assertEquals("parcel.posting.packed", done.banner().headline().key());
        assertEquals(
                PushState.WAITING,
                bench.outbox().latest(PushKind.OZON_SHIP, POSTING).orElseThrow().state());
        assertTrue(bench.outbox()
                .latest(PushKind.OZON_SHIP, POSTING)
                .orElseThrow()
                .payload()
                .contains("\"zebra\""));

        PackingState again = session.enter(PackingState.Field.FIRST, "", 1, done.generation());
        assertEquals("parcel.posting.alreadyPacked", again.banner().headline().key());
        assertEquals(1, bench.outbox().list(true).size(), "Enter twice reports it once");

        PackingState rescanned = scan(POSTING);
        assertEquals("orders.pack.alreadyPacked", rescanned.banner().headline().key());
        assertEquals(1, bench.outbox().list(true).size());
    }

    @Test
    void itemsScannedWhileTheCursorWasStillInAnotherFieldCountAsItems() {
        session.enter(PackingState.Field.ORDER, POSTING, 1, session.state().generation());
        assertEquals(
                POSTING, session.state().posting().orElseThrow().number(), "a posting in the order field opens it");
        session.enter(
                PackingState.Field.ORDER, "4607310980273", 1, session.state().generation());
        session.enter(
                PackingState.Field.TRACKING, "4607785349445", 1, session.state().generation());
        PackingState s = session.enter(
                PackingState.Field.TRACKING, "4607310980273", 1, session.state().generation());
        assertEquals("parcel.posting.packed", s.banner().headline().key());
    }

    @Test
    void aProductScannedFirstIsStillAnOrdinaryParcel() {
        PackingState product = scan("PB-7-001");
        assertEquals(Optional.empty(), product.posting());
        assertEquals(PackingState.Field.ORDER, product.focus());
    }

    /** The cable's Честный ЗНАК code number {@code n}, as a scanner sends it. */
    private static String mark(int n) {
        return "]d2010460731098027321SERIAL00000" + n + "\u001D91EE07\u001D92"
                + "MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ";
    }

    @Test
    void markingCodesCountTheirItemsAndAreUsedOnceAcrossPostings() {
        scan(POSTING);
        scan(mark(1));
        PackingState twice = scan(mark(1));
        assertEquals("orders.pack.markTwice", twice.banner().headline().key());
        assertEquals(
                1,
                twice.posting().orElseThrow().lines().get(0).counted(),
                "the second scan of one code counts nothing");
        scan(mark(2));
        PackingState done = scan("4607785349445");
        assertEquals("parcel.posting.packed", done.banner().headline().key());
        // Each code that went out is in the label log with its order and the line's SKU, without its crypto-tail.
        List<org.packbench.journal.LogEntry> marked = bench
                .labelLog()
                .entries(org.packbench.journal.LogPeriod.day(
                        java.time.LocalDate.ofInstant(CLOCK.instant(), java.time.ZoneOffset.UTC),
                        java.time.ZoneOffset.UTC))
                .stream()
                .filter(e -> e.facts().event() == org.packbench.journal.LogEvent.MARKED)
                .toList();
        assertEquals(2, marked.size());
        assertEquals(POSTING, marked.get(0).facts().order());
        assertEquals("PB-7-002", marked.get(0).facts().sku());
        assertTrue(
                marked.get(0).facts().scanData().startsWith("(01)04607310980273(21)"),
                marked.get(0).facts().scanData());
        assertTrue(marked.stream().noneMatch(e -> e.facts().scanData().contains("(92)")));
        assertTrue(bench.labelLog().verify().intact(), "the chain holds with the new entries");

        String other = "87654321-0001-1";
        bench.orders()
                .saveRemote(List.of(new RemoteOrder(
                        new Order(other, Marketplace.OZON, CLOCK.instant(), Optional.empty()),
                        "ozon",
                        "awaiting_packaging",
                        Optional.empty(),
                        List.of(new OrderLine(1, "PB-7-002", "1001", "Кабель USB Type-C", 1, NONE, List.of())))));
        scan(other);
        PackingState reused = scan(mark(2));
        assertEquals("marks.used", reused.banner().headline().key());
        assertTrue(reused.banner().headline().in(java.util.Locale.ROOT).contains(POSTING), "names where it went");
        assertEquals(0, reused.posting().orElseThrow().lines().get(0).counted());
        PackingState fresh = scan(mark(3));
        assertEquals("parcel.posting.packed", fresh.banner().headline().key());
    }

    @Test
    void aLineThatNeedsCodesIsCountedDownByCodeOnTheScreen() {
        String marked = "27182818-0002-1";
        bench.orders()
                .saveRemote(List.of(new RemoteOrder(
                        new Order(marked, Marketplace.OZON, CLOCK.instant(), Optional.empty()),
                        "ozon",
                        "awaiting_packaging",
                        Optional.empty(),
                        List.of(new OrderLine(
                                1,
                                "PB-7-002",
                                "1001",
                                "Кабель USB Type-C",
                                2,
                                OrderLine.Marking.NEEDED,
                                List.of(3_000_000_001L, 3_000_000_002L))))));
        java.util.Locale ru = java.util.Locale.forLanguageTag("ru");
        PackingState opened = scan(marked);
        assertEquals("parcel.posting.openedMarks", opened.banner().headline().key());
        assertTrue(opened.banner().headline().in(ru).contains("коды маркировки: осталось 2"));
        PackingState ean = scan("4607310980273");
        assertEquals("orders.pack.markNeeded", ean.banner().headline().key());
        assertEquals(0, ean.posting().orElseThrow().lines().get(0).counted());
        PackingState one = scan(mark(1));
        assertTrue(
                one.banner().headline().in(ru).contains("коды маркировки: осталось 1"),
                one.banner().headline().in(ru));
        assertTrue(
                one.banner().details().get(0).in(ru).endsWith("1 из 2, коды маркировки: осталось 1"),
                one.banner().details().get(0).in(ru));
        PackingState done = scan(mark(2));
        assertEquals("parcel.posting.packed", done.banner().headline().key());
        assertEquals(
                PushState.WAITING,
                bench.outbox()
                        .latest(PushKind.OZON_EXEMPLARS, marked)
                        .orElseThrow()
                        .state());
    }
}
