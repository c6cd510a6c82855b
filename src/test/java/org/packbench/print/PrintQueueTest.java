package org.packbench.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.app.LabelPrinting;
import org.packbench.catalog.Sku;
import org.packbench.i18n.ProblemException;
import org.packbench.store.EngineUnderTest;

/**
 * The queue against a printer on a local port: bytes as issued, offline, paper out, cancel,
 * reprint; its jobs kept in a bench's SQLite file or on a warehouse's server.
 */
// Several tests open a queue worker only to have it run while the block waits for its effect.
@SuppressWarnings("try")
class PrintQueueTest {
    @TempDir
    Path dir;

    private EngineUnderTest.Place place;
    private QueueBench q;
    private TestPrinter printer;
    private int parcel;

    private void bench(EngineUnderTest engine) throws Exception {
        place = engine.place(dir, "queue");
        q = new QueueBench(place);
        printer = TestPrinter.zpl();
        q.addPrinter("zebra", PrinterLanguage.ZPL, printer.uri());
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (printer != null) {
                printer.close();
            }
        } finally {
            place.close();
        }
    }

    private LabelPrinting.Printed print(String printerName, String sku) {
        parcel++;
        // Each product on its own marketplace's label: a VK label for an Ozon product is refused.
        String template =
                q.bench.catalog().find(sku).orElseThrow().marketplace() == org.packbench.catalog.Marketplace.OZON
                        ? "ozon-product-58x40"
                        : "vk-product-58x40";
        return q.bench
                .printing()
                .print(new LabelPrinting.Request(
                        printerName,
                        sku,
                        template,
                        "VK-Q-" + parcel,
                        "RU" + (300000000 + parcel) + "VK",
                        Optional.empty(),
                        1));
    }

    private static byte[] label(int n) {
        return ("^XA^FO20,20^A0N,30,30^FDJOB " + n + "^FS^XZ\n").getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void everySampleSkuReachesThePrinterByteForByteAsIssued(EngineUnderTest engine) throws Exception {
        bench(engine);
        List<Long> ids = new ArrayList<>();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (Sku sku : q.bench.catalog().search("", 100)) {
            LabelPrinting.Printed p = print("zebra", sku.sku());
            assertEquals(JobStatus.QUEUED, p.job().status());
            assertArrayEquals(p.label().bytes(), q.jobs.bytes(p.job().id()), "the queue holds the issued bytes");
            ids.add(p.job().id());
            expected.writeBytes(p.label().bytes());
        }
        assertEquals(40, ids.size());
        assertEquals(0, printer.labels().size(), "queued is not printed");
        List<DeliverNow.Delivery> done = q.deliverNow().jobs(ids);
        assertTrue(done.stream().allMatch(d -> d.status() == JobStatus.SENT), done.toString());
        assertArrayEquals(expected.toByteArray(), printer.data());
        assertEquals(1040, printer.counter());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void tsplLabelsToo(EngineUnderTest engine) throws Exception {
        bench(engine);
        try (TestPrinter tspl = new TestPrinter(TestPrinter.Language.TSPL, 0)) {
            q.addPrinter("tsc", PrinterLanguage.TSPL, tspl.uri());
            List<Long> ids = new ArrayList<>();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            for (String sku : List.of("PB-7-001", "PB-7-003")) {
                LabelPrinting.Printed p = print("tsc", sku);
                ids.add(p.job().id());
                expected.writeBytes(p.label().bytes());
            }
            assertTrue(q.deliverNow().jobs(ids).stream().allMatch(d -> d.status() == JobStatus.SENT));
            assertArrayEquals(expected.toByteArray(), tspl.data());
            assertEquals(2, tspl.counter());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void anOfflinePrinterKeepsTheJobQueuedWithTheErrorAndGetsItWhenBack(EngineUnderTest engine) throws Exception {
        bench(engine);
        printer.offline();
        try (QueueWorker worker = q.fastWorker()) {
            PrintJob job = q.bench.printQueue().enqueue("zebra", OptionalLong.empty(), 1, label(1));
            QueueBench.await("two failed attempts", () -> q.job(job.id()).attempts() >= 2);
            PrintJob waiting = q.job(job.id());
            assertEquals(JobStatus.QUEUED, waiting.status());
            assertTrue(waiting.lastError().contains("did not answer"), waiting.lastError());
            printer.online();
            QueueBench.await(
                    "sent once the printer is back", () -> q.job(job.id()).status() == JobStatus.SENT);
        }
        assertEquals(List.of(new String(label(1), StandardCharsets.US_ASCII).strip()), printer.labels());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void paperOutRefusesTheJobAndKeepsItQueuedUntilPaperIsIn(EngineUnderTest engine) throws Exception {
        bench(engine);
        printer.paperOut = true;
        try (QueueWorker worker = q.fastWorker()) {
            PrintJob job = q.bench.printQueue().enqueue("zebra", OptionalLong.empty(), 1, label(2));
            QueueBench.await("refused", () -> q.job(job.id()).lastError().contains("paper out"));
            assertEquals(JobStatus.QUEUED, q.job(job.id()).status());
            assertEquals(0, printer.data().length, "not a byte sent to a printer without paper");
            printer.paperOut = false;
            QueueBench.await("sent once paper is in", () -> q.job(job.id()).status() == JobStatus.SENT);
        }
        assertEquals(1, printer.labels().size());
        assertEquals(1001, printer.counter());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aPrinterStillPrintingIsWaitedForWithoutAnError(EngineUnderTest engine) throws Exception {
        bench(engine);
        printer.formatsWaiting = 2;
        try (QueueWorker worker = q.fastWorker()) {
            PrintJob job = q.bench.printQueue().enqueue("zebra", OptionalLong.empty(), 1, label(3));
            QueueBench.await("asked a few times", () -> printer.statusQueries() >= 3);
            assertEquals(JobStatus.QUEUED, q.job(job.id()).status());
            assertEquals("", q.job(job.id()).lastError());
            printer.formatsWaiting = 0;
            QueueBench.await("sent", () -> q.job(job.id()).status() == JobStatus.SENT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void inTheForegroundAProblemFailsTheJobAndTheRestOfThatPrinterIsNotTried(EngineUnderTest engine) throws Exception {
        bench(engine);
        printer.headOpen = true;
        long a = q.bench
                .printQueue()
                .enqueue("zebra", OptionalLong.empty(), 1, label(4))
                .id();
        long b = q.bench
                .printQueue()
                .enqueue("zebra", OptionalLong.empty(), 1, label(5))
                .id();
        List<DeliverNow.Delivery> done = q.deliverNow().all();
        assertEquals(JobStatus.FAILED, done.get(0).status());
        assertTrue(done.get(0).detail().contains("head open"), done.get(0).detail());
        assertEquals(JobStatus.QUEUED, done.get(1).status());
        assertEquals(JobStatus.FAILED, q.job(a).status());
        assertEquals(JobStatus.QUEUED, q.job(b).status());
        printer.headOpen = false;
        assertTrue(q.deliverNow().all().stream().allMatch(d -> d.status() == JobStatus.SENT));
        assertEquals(2, printer.labels().size());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aCancelledJobIsNeverSentAndASentOneCannotBeCancelled(EngineUnderTest engine) throws Exception {
        bench(engine);
        PrintJob job = q.bench.printQueue().enqueue("zebra", OptionalLong.empty(), 1, label(6));
        assertEquals(JobStatus.CANCELLED, q.bench.printQueue().cancel(job.id()).status());
        assertEquals(List.of(), q.deliverNow().all());
        assertEquals(0, printer.labels().size());
        PrintJob sent = q.bench.printQueue().enqueue("zebra", OptionalLong.empty(), 1, label(7));
        q.deliverNow().jobs(List.of(sent.id()));
        ProblemException e =
                assertThrows(ProblemException.class, () -> q.bench.printQueue().cancel(sent.id()));
        assertEquals("print.job.notCancellable", e.problem().key());
        assertThrows(ProblemException.class, () -> q.bench.printQueue().cancel(9999));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aReprintIsANewJobWithItsReasonAndTheSameBytes(EngineUnderTest engine) throws Exception {
        bench(engine);
        LabelPrinting.Printed first = print("zebra", "PB-7-001");
        assertThrows(
                ProblemException.class,
                () -> q.bench.printQueue().reprint(first.job().id(), "jammed"),
                "a job not yet printed is retried, not reprinted");
        q.deliverNow().jobs(List.of(first.job().id()));
        ProblemException noReason = assertThrows(
                ProblemException.class,
                () -> q.bench.printQueue().reprint(first.job().id(), "  "));
        assertEquals("print.reprint.reason", noReason.problem().key());
        PrintJob again = q.bench.printQueue().reprint(first.job().id(), "label jammed in the printer");
        assertEquals(OptionalLong.of(first.job().id()), again.reprintOf());
        assertEquals("label jammed in the printer", again.reason());
        assertEquals(first.job().labelId(), again.labelId());
        assertArrayEquals(first.label().bytes(), q.jobs.bytes(again.id()));
        q.deliverNow().jobs(List.of(again.id()));
        assertEquals(2, printer.labels().size());
        assertEquals(printer.labels().get(0), printer.labels().get(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aTemplateOfAnotherSizeThanTheLoadedStockIsRefusedBeforeIssuing(EngineUnderTest engine) throws Exception {
        bench(engine);
        q.bench
                .printers()
                .add(new PrinterProfile(
                        "big",
                        PrinterLanguage.ZPL,
                        203,
                        LabelStock.parse("100x150"),
                        java.math.BigDecimal.ZERO,
                        java.math.BigDecimal.ZERO,
                        java.util.OptionalInt.empty(),
                        java.util.OptionalInt.empty(),
                        TransportUri.parse(printer.uri())));
        ProblemException e = assertThrows(ProblemException.class, () -> print("big", "PB-7-001"));
        assertEquals("print.stock.mismatch", e.problem().key());
        assertEquals(List.of(), q.bench.printQueue().list(true));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theProfilesCalibrationIsWrittenIntoTheLabel(EngineUnderTest engine) throws Exception {
        bench(engine);
        q.bench
                .printers()
                .add(new PrinterProfile(
                        "tuned",
                        PrinterLanguage.ZPL,
                        203,
                        Optional.empty(),
                        new java.math.BigDecimal("1.5"),
                        java.math.BigDecimal.ZERO,
                        java.util.OptionalInt.of(20),
                        java.util.OptionalInt.of(4),
                        TransportUri.parse(printer.uri())));
        LabelPrinting.Printed p = q.bench
                .printing()
                .print(new LabelPrinting.Request(
                        "tuned", "PB-7-001", "vk-product-58x40", "VK-T-1", "RU399999999VK", Optional.empty(), 3));
        String zpl = new String(q.jobs.bytes(p.job().id()), StandardCharsets.UTF_8);
        assertTrue(
                zpl.contains("^LH12,0") && zpl.contains("^MD20") && zpl.contains("^PR4") && zpl.contains("^PQ3"), zpl);
        q.deliverNow().jobs(List.of(p.job().id()));
        assertEquals(1003, printer.counter());
    }
}
