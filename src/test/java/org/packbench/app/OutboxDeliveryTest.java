package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.connect.Fault;
import org.packbench.connect.OzonStandIn;
import org.packbench.connect.VkStandIn;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.account.MarketplaceKind;
import org.packbench.marketplace.orders.Deadline;
import org.packbench.marketplace.orders.Deadlines;
import org.packbench.marketplace.orders.ItemCount;
import org.packbench.marketplace.outbox.NewPush;
import org.packbench.marketplace.outbox.Push;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.outbox.PushState;
import org.packbench.marketplace.outbox.RetryPolicy;
import org.packbench.marketplace.ozon.Posting;
import org.packbench.marketplace.vk.VkOrderRef;
import org.packbench.print.JobStatus;
import org.packbench.print.TestPrinter;

/**
 * The marketplace loop end to end on a real bench file, over real HTTP to the stand-ins on
 * 127.0.0.1: an Ozon posting synced, packed item by item, shipped once, its label fetched and
 * printed; a VK label printed and its tracking number pushed; every fault ridden out or shown.
 */
class OutboxDeliveryTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final String CLIENT_ID = "204811";
    private static final String API_KEY = "7d1f0c2e-5b6a-4c3d-9e8f-a1b2c3d4e5f6";
    private static final String VK_TOKEN = "vk1.a.testTokenForTheStandIn0123456789";
    /** PB-7-002 and PB-7-004, Ozon products of the sample catalog. */
    private static final Posting.Product CABLE = new Posting.Product(1001L, "PB-7-002", "Кабель USB Type-C", 2);

    private static final Posting.Product GLASS = new Posting.Product(1002L, "PB-7-004", "Защитное стекло", 1);

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(T0);
    private OzonStandIn ozon;
    private VkStandIn vk;
    private TestPrinter printer;
    private Workbench bench;

    @BeforeEach
    void aBenchWithAccounts() throws Exception {
        ozon = new OzonStandIn(CLIENT_ID, API_KEY);
        vk = new VkStandIn(VK_TOKEN);
        printer = TestPrinter.zpl();
        bench = Workbench.open(dir.resolve("bench.db"), clock);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        bench.printers().add(printer.profile("zebra"));
        bench.config().set("marketplace.read-timeout-seconds", "1");
        bench.marketplaces()
                .add("ozon", MarketplaceKind.OZON, CLIENT_ID, API_KEY.toCharArray(), Optional.of(ozon.baseUrl()));
        bench.marketplaces()
                .add("vk", MarketplaceKind.VK, "229876543", VK_TOKEN.toCharArray(), Optional.of(vk.baseUrl()));
    }

    @AfterEach
    void stop() throws Exception {
        ozon.close();
        vk.close();
        printer.close();
        bench.closeDatabase();
    }

    private ItemCount packed(String posting) {
        PostingPacking packing = bench.postingPacking();
        ItemCount c = packing.open(posting);
        c = packing.scan(c, "4607310980273"); // the cable's EAN-13, as the scanner reads it
        c = packing.scan(c, "PB-7-002"); // or its article, typed
        c = packing.scan(c, "4607785349445");
        assertTrue(packing.packed(c, "zebra"));
        return c;
    }

    private OutboxWorker.Pass send() {
        return bench.outboxWorker().sendDue();
    }

    private Push only(PushKind kind, String subject) {
        return bench.outbox().latest(kind, subject).orElseThrow();
    }

    @Test
    void aPostingIsSyncedPackedShippedOnceAndItsLabelPrinted() {
        ozon.add("12345678-0001-1", T0.minusSeconds(600), T0.plus(Duration.ofDays(2)), List.of(CABLE, GLASS));
        var synced = bench.orderSync()
                .ozon(bench.links().account(null, MarketplaceKind.OZON).orElseThrow(), ozonClient());
        assertEquals(1, synced.postings());
        assertEquals(1, synced.added());
        assertEquals(
                2,
                bench.orders().remote("12345678-0001-1").orElseThrow().lines().size());

        packed("12345678-0001-1");
        Deadline label = deadline("12345678-0001-1", Deadline.Kind.OZON_LABEL);
        assertFalse(label.met(), "met only when Ozon accepts the ship call");
        assertEquals(Optional.of(PushState.WAITING), label.push());

        OutboxWorker.Pass p = send();
        assertEquals(2, p.delivered(), "the ship call, then the label fetch it led to");
        assertEquals(1, ozon.shipped("12345678-0001-1"));
        assertEquals(
                Posting.AWAITING_DELIVER,
                ozon.posting("12345678-0001-1").orElseThrow().status());
        assertTrue(
                Deadlines.pending(bench.orders()).stream().noneMatch(d -> d.kind() == Deadline.Kind.OZON_LABEL),
                "the label deadline is met by Ozon's acknowledgement");

        List<org.packbench.print.DeliverNow.Delivery> printed =
                bench.deliverNow().all();
        assertEquals(1, printed.size());
        assertEquals(JobStatus.SENT, printed.get(0).status());
        assertEquals(1, printer.labels().size(), "Ozon's package label, once, at the 127.0.0.1 printer");
        assertTrue(printer.labels().get(0).contains("^GFA"), "converted to ZPL at the printer's dpi");

        assertEquals(0, send().attempts(), "nothing left to send");
        ProblemException again = assertThrows(
                ProblemException.class, () -> bench.postingPacking().open("12345678-0001-1"));
        assertEquals("orders.pack.alreadyPacked", again.problem().key());
    }

    @Test
    void aShipWhoseAnswerWasLostIsNotSentAgain() {
        ozon.add("1-0001-1", T0, T0.plus(Duration.ofDays(1)), List.of(CABLE, GLASS));
        bench.orderSync()
                .ozon(bench.links().account("ozon", MarketplaceKind.OZON).orElseThrow(), ozonClient());
        packed("1-0001-1");
        ozon.fail(OzonStandIn.SHIP, Fault.effectThenCut());
        OutboxWorker.Pass first = send();
        assertEquals(1, first.later(), "the answer was cut: the bench cannot know");
        assertEquals(1, ozon.shipped("1-0001-1"), "but Ozon shipped it");
        clock.advance(Duration.ofMinutes(11));
        send();
        assertEquals(PushState.DELIVERED, only(PushKind.OZON_SHIP, "1-0001-1").state());
        assertTrue(only(PushKind.OZON_SHIP, "1-0001-1").ack().startsWith("already"), "asked Ozon first");
        assertEquals(1, ozon.shipped("1-0001-1"), "shipped exactly once");
        assertEquals(1, ozon.requests(OzonStandIn.SHIP));
    }

    @Test
    void throttledWaitsAtLeastWhatOzonAskedAndAWrongKeyWaitsForAPerson() {
        ozon.add("2-0001-1", T0, T0.plus(Duration.ofDays(1)), List.of(CABLE, GLASS));
        bench.orderSync().ozon(bench.links().account(null, MarketplaceKind.OZON).orElseThrow(), ozonClient());
        packed("2-0001-1");
        ozon.fail(OzonStandIn.SHIP, Fault.throttled("120"));
        Instant asked = clock.instant();
        assertEquals(1, send().later());
        Push waiting = only(PushKind.OZON_SHIP, "2-0001-1");
        assertEquals(PushState.WAITING, waiting.state());
        assertTrue(!waiting.nextAt().isBefore(asked.plusSeconds(120)), "Retry-After honoured: " + waiting.nextAt());
        assertTrue(waiting.problem().isPresent());
        assertEquals(0, send().attempts(), "not due before then");

        clock.advance(Duration.ofSeconds(121));
        ozon.fail(OzonStandIn.SHIP, Fault.unauthorized());
        assertEquals(1, send().failed());
        Push failed = only(PushKind.OZON_SHIP, "2-0001-1");
        assertEquals(PushState.FAILED, failed.state());
        String why = failed.problem().orElseThrow().in(java.util.Locale.forLanguageTag("ru"));
        assertFalse(why.contains(API_KEY), why);
        assertEquals(
                Optional.of(PushState.FAILED),
                deadline("2-0001-1", Deadline.Kind.OZON_LABEL).push(),
                "the board shows it failed");

        clock.advance(Duration.ofHours(1));
        assertEquals(0, send().attempts(), "a failed push waits for a person");
        assertTrue(bench.outbox().retry(failed.id(), clock.instant()));
        assertEquals(2, send().delivered());
        assertEquals(1, ozon.shipped("2-0001-1"));
    }

    @Test
    void aPostingNotInThePostingOrOneTooManyIsRefusedAndCannotBePackedUnfinished() {
        ozon.add("3-0001-1", T0, T0.plus(Duration.ofDays(1)), List.of(CABLE, GLASS));
        bench.orderSync().ozon(bench.links().account(null, MarketplaceKind.OZON).orElseThrow(), ozonClient());
        PostingPacking packing = bench.postingPacking();
        ItemCount c = packing.open("3-0001-1");
        ItemCount one = packing.scan(c, "PB-7-004");
        assertEquals(
                "orders.pack.tooMany",
                assertThrows(ProblemException.class, () -> packing.scan(one, "PB-7-004"))
                        .problem()
                        .key());
        assertEquals(
                "orders.pack.notInOrder",
                assertThrows(ProblemException.class, () -> packing.scan(one, "PB-7-006"))
                        .problem()
                        .key());
        assertEquals(
                "orders.pack.incomplete",
                assertThrows(ProblemException.class, () -> packing.packed(one, "zebra"))
                        .problem()
                        .key());
        assertEquals(0, bench.outbox().list(true).size(), "nothing was reported");
        assertEquals(
                "orders.pack.unknownPosting",
                assertThrows(ProblemException.class, () -> packing.open("9-9999-9"))
                        .problem()
                        .key());
    }

    @Test
    void aVkTrackingNumberIsPushedOnceItsLabelHasPrinted() {
        VkOrderRef order = new VkOrderRef(51234567L, 42L);
        vk.addOrder(order);
        LabelPrinting.Printed printed = bench.printing()
                .print(new LabelPrinting.Request(
                        "zebra",
                        "PB-7-001",
                        "vk-product-58x40",
                        order.toString(),
                        "RU123456789VK",
                        Optional.empty(),
                        1));
        Push push = only(PushKind.VK_TRACKING, order.toString());
        assertEquals(OptionalLong.of(printed.label().id()), push.labelId());
        assertEquals(0, send().attempts(), "the label has not printed yet");
        assertEquals(Optional.empty(), vk.trackNumber(order));

        bench.deliverNow().all();
        assertEquals(1, printer.labels().size());
        assertEquals(1, send().delivered());
        assertEquals(Optional.of("RU123456789VK"), vk.trackNumber(order));
        assertEquals(1, vk.edits(order));
        assertTrue(Deadlines.pending(bench.orders()).stream()
                .noneMatch(d -> d.order().number().equals(order.toString())));
    }

    @Test
    void aTimeoutIsTriedAgainAndAVkRefusalWaitsForAPersonInWords() {
        VkOrderRef order = new VkOrderRef(61234567L, 9L);
        vk.addOrder(order);
        bench.printing()
                .print(new LabelPrinting.Request(
                        "zebra", "PB-7-003", "vk-product-58x40", order.toString(), "RU9VK", Optional.empty(), 1));
        bench.deliverNow().all();
        vk.fail(VkStandIn.EDIT_ORDER, Fault.delay(Duration.ofMillis(2_500)));
        assertEquals(1, send().later(), "no answer within the read timeout: tried again later");
        assertEquals(Optional.empty(), vk.trackNumber(order));

        clock.advance(Duration.ofMinutes(11));
        vk.fail(VkStandIn.EDIT_ORDER, VkStandIn.error(100, "One of the parameters specified was missing or invalid"));
        assertEquals(1, send().failed());
        Push failed = only(PushKind.VK_TRACKING, order.toString());
        String why = failed.problem().orElseThrow().in(java.util.Locale.forLanguageTag("ru"));
        assertTrue(why.contains("100"), why);
        assertFalse(why.contains(VK_TOKEN), why);

        assertTrue(bench.outbox().retry(failed.id(), clock.instant()));
        assertEquals(1, send().delivered());
        assertEquals(Optional.of("RU9VK"), vk.trackNumber(order));
        assertEquals(1, vk.edits(order));
    }

    @Test
    void aVkOrderNumberNotInVksFormFailsInWords() {
        bench.printing()
                .print(new LabelPrinting.Request(
                        "zebra", "PB-7-003", "vk-product-58x40", "VK-1", "RU1VK", Optional.empty(), 1));
        bench.deliverNow().all();
        assertEquals(1, send().failed());
        Push failed = only(PushKind.VK_TRACKING, "VK-1");
        assertEquals("outbox.vk.orderNumber", failed.problem().orElseThrow().key());
        assertEquals(0, vk.requests(VkStandIn.EDIT_ORDER));
    }

    /**
     * Thousands of pushes (2,000 in the build; the 10,000 of docs/benchmarks.md with
     * {@code -Dpackbench.soak.pushes=10000}) against a stand-in that faults one request in twenty (429, 500, 503, read
     * timeouts, cut answers, and answers cut after the effect): every one delivered in the end, none
     * twice.
     */
    @Test
    void thousandsOfPushesWithFivePercentFaultsAreAllDeliveredAndNoneTwice() {
        int n = Integer.getInteger("packbench.soak.pushes", 2_000);
        VkOrderRef[] orders = new VkOrderRef[n];
        bench.work().inOne(() -> {
            for (int i = 0; i < n; i++) {
                orders[i] = new VkOrderRef(1_000_000L + i, 7L);
                vk.addOrder(orders[i]);
                bench.outbox()
                        .add(new NewPush(
                                "vk",
                                PushKind.VK_TRACKING,
                                orders[i].toString(),
                                "vk_tracking:" + orders[i] + ":T" + i,
                                OptionalLong.empty(),
                                org.packbench.connect.PushPayloads.tracking(orders[i].toString(), "T" + i)));
            }
            return null;
        });
        // A read timeout costs a second of real time each; its handling is HttpVkMarketTest's.
        vk.randomFaults(
                0.05,
                20261205L,
                List.of(
                        VkStandIn.error(6, "Too many requests per second"),
                        Fault.throttled("3"),
                        Fault.serverError(),
                        Fault.unavailable("5"),
                        Fault.cut(),
                        Fault.effectThenCut()));
        OutboxWorker worker = new OutboxWorker(
                bench.outbox(),
                bench.paceKeeper(),
                bench.links().atPace(Duration.ofMillis(1)),
                RetryPolicy.STANDARD,
                clock,
                bench.work(),
                new SplittableRandom(5),
                Duration.ofSeconds(1));
        int rounds = 0;
        int attempts = 0;
        while (!bench.outbox().list(false).isEmpty()) {
            OutboxWorker.Pass p = worker.sendDue();
            attempts += p.attempts();
            assertEquals(0, p.failed(), "a retryable fault never fails a push");
            clock.advance(RetryPolicy.STANDARD.cap().plusSeconds(1));
            assertTrue(++rounds < 50, "delivered within 50 rounds");
        }
        for (VkOrderRef o : orders) {
            assertEquals(1, vk.edits(o), o + " edited once");
        }
        assertEquals(
                n,
                bench.outbox().list(true).stream()
                        .filter(p -> p.state() == PushState.DELIVERED)
                        .count());
        assertTrue(attempts > n, "some were tried again: " + attempts);
        System.out.printf(
                "soak: %d pushes, %d attempts (%d requests at VK) in %d rounds, %d delivered, none twice%n",
                n, attempts, vk.requests(VkStandIn.EDIT_ORDER) + vk.requests(VkStandIn.GET_ORDER), rounds, n);
    }

    private org.packbench.marketplace.ozon.OzonSeller ozonClient() {
        return bench.links()
                .ozon(bench.links().account(null, MarketplaceKind.OZON).orElseThrow());
    }

    private Deadline deadline(String order, Deadline.Kind kind) {
        return bench.orders().open().stream()
                .filter(t -> t.order().number().equals(order))
                .flatMap(t -> Deadlines.of(t.order(), t.progress()).stream())
                .filter(d -> d.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    /**
     * A clock that runs as time does and that the test moves forward by hand as well: backoff waits
     * pass at once, while a pace between requests still takes its real milliseconds.
     */
    static final class MovableClock extends Clock {
        private final long startNanos = System.nanoTime();
        private final Instant start;
        private volatile Duration jumped = Duration.ZERO;

        MovableClock(Instant start) {
            this.start = start;
        }

        void advance(Duration d) {
            jumped = jumped.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return start.plus(jumped).plusNanos(System.nanoTime() - startNanos);
        }
    }
}
