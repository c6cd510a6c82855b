package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.connect.Fault;
import org.packbench.connect.OzonStandIn;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.account.MarketplaceKind;
import org.packbench.marketplace.orders.ItemCount;
import org.packbench.marketplace.orders.OrderLine;
import org.packbench.marketplace.outbox.Push;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.outbox.PushState;
import org.packbench.marketplace.ozon.Posting;
import org.packbench.marking.MarkingRecords;
import org.packbench.print.TestPrinter;

/**
 * Issue 18's sending, end to end on a real bench file against the Ozon stand-in on 127.0.0.1: sync
 * learns which items need Честный ЗНАК codes, such an item counts only by its code, the packed
 * posting's codes go to Ozon (the full set), its check is asked until done, and the ship report
 * carries the units' ids; a code Ozon refuses is named item by item in Russian.
 */
class OzonExemplarFlowTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final String CLIENT_ID = "204811";
    private static final String API_KEY = "7d1f0c2e-5b6a-4c3d-9e8f-a1b2c3d4e5f6";
    private static final String POSTING = "31415926-0001-1";
    /** PB-7-002 (EAN 4607310980273), whose units need codes; PB-7-004 (EAN 4607785349445), which does not. */
    private static final Posting.Product CABLE = new Posting.Product(1001L, "PB-7-002", "Кабель USB Type-C", 2);

    private static final Posting.Product GLASS = new Posting.Product(1002L, "PB-7-004", "Защитное стекло", 1);

    @TempDir
    Path dir;

    private final OutboxDeliveryTest.MovableClock clock = new OutboxDeliveryTest.MovableClock(T0);
    private OzonStandIn ozon;
    private TestPrinter printer;
    private Workbench bench;

    @BeforeEach
    void aBenchWithAnOzonAccount() throws Exception {
        ozon = new OzonStandIn(CLIENT_ID, API_KEY);
        ozon.needsMarks(CABLE.sku());
        printer = TestPrinter.zpl();
        bench = Workbench.open(dir.resolve("bench.db"), clock);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        bench.printers().add(printer.profile("zebra"));
        bench.config().set("marketplace.read-timeout-seconds", "1");
        bench.marketplaces()
                .add("ozon", MarketplaceKind.OZON, CLIENT_ID, API_KEY.toCharArray(), Optional.of(ozon.baseUrl()));
        ozon.add(POSTING, T0.minusSeconds(600), T0.plus(Duration.ofDays(2)), List.of(CABLE, GLASS));
    }

    @AfterEach
    void stop() throws Exception {
        ozon.close();
        printer.close();
        bench.closeDatabase();
    }

    /** The cable's Честный ЗНАК code number {@code n}, as a scanner sends it. */
    static String mark(int n) {
        return "]d2010460731098027321SERIAL00000" + n + "\u001D91EE07\u001D92"
                + "MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ";
    }

    private OrderSync.Synced sync() {
        var account = bench.links().account(null, MarketplaceKind.OZON).orElseThrow();
        return bench.orderSync().ozon(account, bench.links().ozon(account));
    }

    private ItemCount packedWithCodes(int first, int second) {
        PostingPacking packing = bench.postingPacking();
        ItemCount c = packing.open(POSTING);
        c = packing.scan(c, mark(first));
        c = packing.scan(c, "4607785349445");
        c = packing.scan(c, mark(second));
        assertTrue(packing.packed(c, "zebra"));
        return c;
    }

    private Push latest(PushKind kind) {
        return bench.outbox().latest(kind, POSTING).orElseThrow();
    }

    @Test
    void syncLearnsWhichItemsNeedCodesAndKeepsItWithTheLines() {
        OrderSync.Synced s = sync();
        assertEquals(0, s.marksUnknown());
        List<OrderLine> lines = bench.orders().remote(POSTING).orElseThrow().lines();
        assertEquals(OrderLine.Marking.NEEDED, lines.get(0).marking());
        assertEquals(ozon.exemplarIds(POSTING, CABLE.sku()), lines.get(0).exemplarIds());
        assertEquals(2, lines.get(0).exemplarIds().size());
        assertEquals(OrderLine.Marking.NONE, lines.get(1).marking());

        sync();
        assertEquals(1, ozon.requests(OzonStandIn.EXEMPLARS), "asked once per posting, kept after");
    }

    @Test
    void aPostingWhoseMarkingOzonDidNotSayWaitsForTheNextSync() {
        ozon.fail(OzonStandIn.EXEMPLARS, Fault.serverError());
        OrderSync.Synced s = sync();
        assertEquals(1, s.postings(), "the posting is listed all the same");
        assertEquals(1, s.marksUnknown());
        ProblemException e = assertThrows(
                ProblemException.class, () -> bench.postingPacking().open(POSTING));
        assertEquals("orders.pack.marksUnknown", e.problem().key());
        assertTrue(e.problem().in(Locale.forLanguageTag("ru")).contains("коды маркировки"));

        assertEquals(0, sync().marksUnknown(), "asked again at the next sync");
        bench.postingPacking().open(POSTING);
    }

    @Test
    void aMarkedItemCountsOnlyByItsCodeAndTheCodesAreCountedDown() {
        sync();
        PostingPacking packing = bench.postingPacking();
        ItemCount c = packing.open(POSTING);
        assertEquals(2, c.marksMissing());
        final ItemCount opened = c;
        ProblemException ean = assertThrows(ProblemException.class, () -> packing.scan(opened, "4607310980273"));
        assertEquals("orders.pack.markNeeded", ean.problem().key());
        assertTrue(
                ean.problem().in(Locale.forLanguageTag("ru")).contains("Честный ЗНАК"),
                ean.problem().english());
        ProblemException article = assertThrows(ProblemException.class, () -> packing.scan(opened, "PB-7-002"));
        assertEquals("orders.pack.markNeeded", article.problem().key(), "nor by its article");

        c = packing.scan(c, mark(1));
        assertEquals(1, c.marksMissing());
        c = packing.scan(c, "4607785349445");
        assertEquals(
                "отправление 31415926-0001-1 собрано не полностью, не хватает: PB-7-002 ×1; коды маркировки: осталось 1",
                c.whatIsMissing().in(Locale.forLanguageTag("ru")));
        final ItemCount almost = c;
        assertThrows(ProblemException.class, () -> packing.packed(almost, "zebra"));
        c = packing.scan(c, mark(2));
        assertEquals(0, c.marksMissing());
        assertTrue(c.complete());
    }

    @Test
    void theCodesGoToOzonTheCheckIsPolledAndTheShipCarriesTheUnitsIds() throws Exception {
        sync();
        packedWithCodes(1, 2);
        assertEquals(PushState.WAITING, latest(PushKind.OZON_EXEMPLARS).state());
        assertTrue(bench.outbox().latest(PushKind.OZON_SHIP, POSTING).isEmpty(), "the ship waits for the codes");
        List<MarkingRecords.Use> kept = bench.markingRecords().ofOrder(POSTING);
        assertEquals(2, kept.size());
        assertTrue(kept.stream().allMatch(u -> u.line() == 1), "each code kept with its order line");

        Instant sent = clock.instant();
        OutboxWorker.Pass first = bench.outboxWorker().sendDue();
        assertEquals(1, first.later(), "Ozon is still checking");
        assertEquals(1, ozon.sets(POSTING));
        assertEquals(2, ozon.codes(POSTING).size(), "both codes, in one full set");
        assertTrue(
                ozon.codes(POSTING).get(0).contains("SERIAL000001\u001D91EE07\u001D92"),
                ozon.codes(POSTING).get(0));
        Push polling = latest(PushKind.OZON_EXEMPLARS);
        assertEquals(PushState.WAITING, polling.state());
        assertTrue(
                polling.nextAt().isBefore(sent.plusSeconds(10)),
                "asked again within seconds, not at the backoff's ceiling: " + polling.nextAt());
        assertEquals(0, ozon.shipped(POSTING));

        clock.advance(Duration.ofSeconds(4));
        OutboxWorker.Pass second = bench.outboxWorker().sendDue();
        assertEquals(3, second.delivered(), "the codes checked, the ship, the label");
        assertEquals(1, ozon.sets(POSTING), "the poll asks, it does not send the codes again");
        assertEquals(1, ozon.shipped(POSTING));
        assertEquals(
                Posting.AWAITING_DELIVER, ozon.posting(POSTING).orElseThrow().status());
        JsonNode ship = new ObjectMapper().readTree(latest(PushKind.OZON_SHIP).payload());
        JsonNode cable = ship.path("packages").get(0).path("products").get(0);
        assertEquals(1001L, cable.path("product_id").asLong());
        assertEquals(
                ozon.exemplarIds(POSTING, CABLE.sku()).toString(),
                cable.path("exemplar_ids").toString().replace(",", ", "));
        assertTrue(ship.path("packages")
                .get(0)
                .path("products")
                .get(1)
                .path("exemplar_ids")
                .isMissingNode());
        assertEquals(1, bench.deliverNow().all().size());
        assertEquals(1, printer.labels().size(), "the package label printed once");

        ProblemException again = assertThrows(
                ProblemException.class, () -> bench.postingPacking().open(POSTING));
        assertEquals("orders.pack.alreadyPacked", again.problem().key());
    }

    @Test
    void aCodeOzonRefusesIsNamedWithItsItemInRussian() {
        ozon.refuseCode("SERIAL000002", "CODE_NOT_IN_CIRCULATION");
        sync();
        packedWithCodes(1, 2);
        bench.outboxWorker().sendDue();
        clock.advance(Duration.ofSeconds(4));
        OutboxWorker.Pass p = bench.outboxWorker().sendDue();
        assertEquals(1, p.failed());
        Push failed = latest(PushKind.OZON_EXEMPLARS);
        assertEquals(PushState.FAILED, failed.state());
        String why = failed.problem().orElseThrow().in(Locale.forLanguageTag("ru"));
        assertTrue(why.startsWith("Ozon не принял коды маркировки отправления " + POSTING), why);
        assertTrue(
                why.contains("PB-7-002 (строка 1), код (01)04607310980273(21)SERIAL000002(91)EE07(92)MDEGCCqG…: "
                        + "CODE_NOT_IN_CIRCULATION"),
                why);
        assertFalse(why.contains("SERIAL000001"), "only the refused code is named: " + why);
        assertEquals(0, ozon.shipped(POSTING), "never shipped with a refused code");
        assertTrue(bench.outbox().latest(PushKind.OZON_SHIP, POSTING).isEmpty());
    }

    @Test
    void aPostingNoLongerAwaitingPackagingIsRefusedInWords() {
        sync();
        packedWithCodes(1, 2);
        Posting now = ozon.posting(POSTING).orElseThrow();
        ozon.add(new Posting(now.number(), "cancelled", now.inProcessAt(), now.shipmentDate(), now.products()));
        OutboxWorker.Pass p = bench.outboxWorker().sendDue();
        assertEquals(1, p.failed());
        String why = latest(PushKind.OZON_EXEMPLARS).problem().orElseThrow().in(Locale.forLanguageTag("ru"));
        assertTrue(why.contains("отправление уже не ожидает упаковки"), why);
        assertTrue(why.contains("передача кодов маркировки отправления " + POSTING), why);
    }

    @Test
    void aPostingWithoutMarkedItemsShipsAsBefore() {
        ozon.add("27182818-0001-1", T0, T0.plus(Duration.ofDays(1)), List.of(GLASS));
        sync();
        PostingPacking packing = bench.postingPacking();
        ItemCount c = packing.open("27182818-0001-1");
        assertFalse(c.needsMarks());
        c = packing.scan(c, "4607785349445");
        assertTrue(packing.packed(c, "zebra"));
        assertTrue(bench.outbox()
                .latest(PushKind.OZON_EXEMPLARS, "27182818-0001-1")
                .isEmpty());
        assertEquals(2, bench.outboxWorker().sendDue().delivered(), "the ship, then the label");
        assertEquals(0, ozon.sets("27182818-0001-1"));
    }
}
