package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.Decoding;
import org.packbench.TestFiles;
import org.packbench.app.PackingState.Field;
import org.packbench.app.PackingState.Stage;
import org.packbench.app.PackingState.Tone;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.cli.CliRun;
import org.packbench.marketplace.orders.OrderImport;
import org.packbench.print.TestPrinter;
import org.packbench.store.EngineUnderTest;
import org.packbench.verify.dispatch.Verdict;

/**
 * The packer's path as the session decides it, on a real bench (its own SQLite file or a
 * warehouse's server: the order book, the label log and the shift are read from there) and a
 * 127.0.0.1 printer.
 */
class PackingSessionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private EngineUnderTest.Place place;
    private TestPrinter printer;
    private Workbench bench;
    private PackingSession session;

    private void open(EngineUnderTest engine) throws Exception {
        place = engine.place(dir, "packing");
        printer = TestPrinter.zpl();
        assertEquals(
                0,
                CliRun.with(
                                CLOCK,
                                place.environment(),
                                "printer",
                                "add",
                                "zebra",
                                "--language",
                                "zpl",
                                "--dpi",
                                "203",
                                "--transport",
                                printer.uri(),
                                "--db",
                                place.dbOption())
                        .exit());
        bench = place.workbench(CLOCK);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        new OrderImport(bench.orders(), ZoneOffset.UTC)
                .run(("order,marketplace,confirmed_at,tracking\n"
                                + "VK-7001,vk,2026-11-25T08:00:00Z,RU700100100VK\n"
                                + "OZ-7002,ozon,2026-11-25T08:00:00Z,\n")
                        .getBytes(StandardCharsets.UTF_8));
        session = bench.packingSession();
        session.choosePrinter("zebra");
    }

    @AfterEach
    void close() throws Exception {
        try {
            if (printer != null) {
                printer.close();
            }
        } finally {
            place.close();
        }
    }

    private PackingState scan(Field field, String code) {
        return session.enter(field, code, 1, session.state().generation());
    }

    private PackingState parcel(String sku, String order, String tracking) {
        scan(Field.FIRST, sku);
        scan(Field.ORDER, order);
        return scan(Field.TRACKING, tracking);
    }

    private PackingState enterAgain() {
        return session.enter(Field.TRACKING, "", 1, session.state().generation());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void enterThreeTimesAfterTheTrackingScanPrintsOneLabel(EngineUnderTest engine) throws Exception {
        open(engine);
        PackingState ready = parcel("PB-7-001", "VK-5001", "RU500100100VK");
        assertEquals(Stage.READY, ready.stage(), () -> ready.banner().toString());
        // The screen hands over the text still in the field: the same tracking number, three times.
        for (int i = 0; i < 3; i++) {
            session.enter(Field.TRACKING, "RU500100100VK", 1, ready.generation());
        }
        session.print(1, ready.generation());
        PackingState after = session.state();
        assertEquals(Stage.PRINTED, after.stage());
        assertEquals("parcel.alreadyPrinted", after.banner().headline().key());
        assertEquals(1, bench.printQueue().list(true).size(), "one job for one parcel");
        bench.deliverNow().all();
        assertEquals(1, printer.labels().size(), "one label at the printer");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theFormIsEmptyForTheNextParcelOnceItPrinted(EngineUnderTest engine) throws Exception {
        open(engine);
        parcel("PB-7-001", "VK-5001", "RU500100100VK");
        PackingState printed = enterAgain();
        assertEquals(Stage.PRINTED, printed.stage());
        assertEquals("", printed.scanned());
        assertEquals("", printed.order());
        assertEquals("", printed.tracking());
        assertEquals(Field.FIRST, printed.focus());
        assertTrue(printed.raster().isPresent(), "the printed label stays on show");
        // The same product again is the next parcel, not a second Enter.
        PackingState next = scan(Field.FIRST, "PB-7-001");
        assertEquals(Stage.COLLECTING, next.stage());
        assertEquals(Field.ORDER, next.focus());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void anOzonProductAfterAVkParcelIsOfferedOnlyOzonTemplates(EngineUnderTest engine) throws Exception {
        open(engine);
        parcel("PB-7-001", "VK-5001", "RU500100100VK");
        assertEquals("vk-product-58x40", session.state().template().orElseThrow());
        enterAgain();
        PackingState ozon = scan(Field.FIRST, "PB-7-002");
        assertTrue(ozon.templates().stream().allMatch(t -> t.startsWith("ozon-")), ozon.templates()::toString);
        assertEquals("ozon-product-58x40", ozon.template().orElseThrow());
        PackingState stale = session.chooseTemplate("vk-product-58x40");
        assertEquals("ozon-product-58x40", stale.template().orElseThrow(), "a VK template cannot be chosen for it");
        scan(Field.ORDER, "OZ-7002");
        PackingState ready = scan(Field.TRACKING, "RU700200200RU");
        assertEquals(Stage.READY, ready.stage(), () -> ready.banner().toString());
        PackingState printed = enterAgain();
        assertEquals(Stage.PRINTED, printed.stage(), () -> printed.banner().toString());
        bench.deliverNow().all();
        String zpl = printer.labels().get(1);
        assertFalse(zpl.contains("^BQ"), "no VK QR code on the Ozon label");
        assertTrue(zpl.contains("^BE"), "the Ozon label carries the EAN-13");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aTemplateChosenAfterThePreviewReplacesTheShownLabel(EngineUnderTest engine) throws Exception {
        open(engine);
        PackingState ready = parcel("PB-7-001", "VK-5001", "RU500100100VK");
        int before = ready.raster().orElseThrow().getHeight();
        PackingState changed = session.chooseTemplate("vk-product-75x120");
        assertEquals("vk-product-75x120", changed.template().orElseThrow());
        assertTrue(changed.raster().orElseThrow().getHeight() > before, "the 75×120 label is shown, not the 58×40");
        assertEquals(Stage.READY, changed.stage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void anUnknownProductIsRefusedAtItsOwnScanAndTheNextScansAreNotApplied(EngineUnderTest engine) throws Exception {
        open(engine);
        PackingState refused = scan(Field.FIRST, "PB-9-999");
        assertEquals(Tone.REFUSED, refused.banner().tone());
        assertEquals("parcel.unknownFirst", refused.banner().headline().key());
        assertEquals(Stage.NEW_PARCEL, refused.stage());
        // Typed before the packer could see the refusal: the order and tracking of the refused parcel.
        session.enter(Field.ORDER, "VK-5001", 1, refused.generation() - 1);
        PackingState after = session.enter(Field.TRACKING, "RU500100100VK", 1, refused.generation() - 1);
        assertEquals("", after.order());
        assertEquals("", after.tracking());
        assertEquals(Field.FIRST, after.focus());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void ctrlPOnAnEmptyFormAsksForTheProduct(EngineUnderTest engine) throws Exception {
        open(engine);
        PackingState s = session.print(1, 0);
        assertEquals("parcel.scanFirst", s.banner().headline().key());
        assertEquals(0, bench.printQueue().list(true).size());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void escapeDropsTheParcel(EngineUnderTest engine) throws Exception {
        open(engine);
        parcel("PB-7-001", "VK-5001", "RU500100100VK");
        PackingState cleared = session.clear();
        assertEquals(Stage.NEW_PARCEL, cleared.stage());
        assertEquals("", cleared.order());
        assertTrue(cleared.raster().isEmpty());
        assertEquals(0, bench.printQueue().list(true).size());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void scansTypedWithTheRussianLayoutAreRepairedOnEveryField(EngineUnderTest engine) throws Exception {
        open(engine);
        PackingState product = scan(Field.FIRST, "ЗИ-7-003");
        assertEquals("PB-7-003", product.product().orElseThrow().sku());
        PackingState order = scan(Field.ORDER, "МЛ-5003");
        assertEquals("VK-5003", order.order());
        PackingState tracking = scan(Field.TRACKING, "КГ000000011МЛ");
        assertEquals("RU000000011VK", tracking.tracking());
        assertEquals(Stage.READY, tracking.stage(), () -> tracking.banner().toString());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void anOrderOfAnotherMarketplaceIsRefusedAtTheOrderScan(EngineUnderTest engine) throws Exception {
        open(engine);
        scan(Field.FIRST, "PB-7-002");
        PackingState refused = scan(Field.ORDER, "VK-7001");
        assertEquals("parcel.orderOtherMarketplace", refused.banner().headline().key());
        assertEquals(Stage.NEW_PARCEL, refused.stage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void anImportedOrderScannedFirstBringsItsTrackingNumberAndAsksForTheProduct(EngineUnderTest engine)
            throws Exception {
        open(engine);
        PackingState order = scan(Field.FIRST, "VK-7001");
        assertEquals("VK-7001", order.order());
        assertEquals("RU700100100VK", order.tracking());
        assertEquals(Field.FIRST, order.focus());
        PackingState ready = scan(Field.FIRST, "4607002977277");
        assertEquals(Stage.READY, ready.stage(), () -> ready.banner().toString());
        assertEquals("VK-7001", ready.order());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aTrackingNumberOfAnotherOrderIsRefusedAtTheTrackingScan(EngineUnderTest engine) throws Exception {
        open(engine);
        parcel("PB-7-001", "VK-5001", "RU500100100VK");
        enterAgain();
        PackingState refused = parcel("PB-7-003", "VK-5002", "RU500100100VK");
        assertEquals("tracking.reused", refused.banner().headline().key());
        assertEquals(Stage.NEW_PARCEL, refused.stage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theOrderNumberOrAProductBarcodeScannedAsTrackingIsRefused(EngineUnderTest engine) throws Exception {
        open(engine);
        scan(Field.FIRST, "PB-7-001");
        scan(Field.ORDER, "VK-5001");
        assertEquals(
                "parcel.trackingIsOrder",
                scan(Field.TRACKING, "VK-5001").banner().headline().key());
        scan(Field.FIRST, "PB-7-001");
        scan(Field.ORDER, "VK-5001");
        assertEquals(
                "parcel.productInTrackingField",
                scan(Field.TRACKING, "4607002977277").banner().headline().key());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void anOrderAlreadyPrintedIsRefusedAtItsScan(EngineUnderTest engine) throws Exception {
        open(engine);
        parcel("PB-7-001", "VK-5001", "RU500100100VK");
        enterAgain();
        scan(Field.FIRST, "PB-7-001");
        PackingState again = scan(Field.ORDER, "VK-5001");
        assertEquals("parcel.orderAlreadyPrinted", again.banner().headline().key());
        assertEquals(1, bench.printQueue().list(true).size());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void thePreviewCarriesTheIdAndQrThePrinterGets(EngineUnderTest engine) throws Exception {
        open(engine);
        PackingState ready = parcel("PB-7-001", "VK-5001", "RU500100100VK");
        String previewQr = qr(ready);
        assertTrue(previewQr.endsWith("|" + ready.labelId()), previewQr);
        PackingState printed = enterAgain();
        assertEquals(ready.labelId(), printed.labelId());
        assertEquals(previewQr, qr(printed), "the label on show after printing is the one previewed");
        bench.deliverNow().all();
        Matcher m = Pattern.compile("\\^BQN,2,\\d+,\\w(?:,\\d)?\\^FD\\wA,(.*?)\\^FS")
                .matcher(printer.labels().get(0));
        assertTrue(m.find(), printer.labels().get(0));
        assertEquals(previewQr, m.group(1), "the QR the printer draws");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void reprintLastSendsTheSameLabelAgainWithTheReason(EngineUnderTest engine) throws Exception {
        open(engine);
        parcel("PB-7-001", "VK-5001", "RU500100100VK");
        PackingState printed = enterAgain();
        long label = printed.last().orElseThrow().labelId();
        assertEquals(
                "print.reprint.stillQueued",
                session.reprintLast("смялась").banner().headline().key(),
                "a label still waiting in the queue is not sent twice");
        bench.deliverNow().all();
        PackingState again = session.reprintLast("этикетка порвалась");
        assertEquals("parcel.reprinted", again.banner().headline().key());
        bench.deliverNow().all();
        assertEquals(2, printer.labels().size());
        assertEquals(printer.labels().get(0), printer.labels().get(1));
        assertEquals(label, again.last().orElseThrow().labelId(), "the same label, not a new one");
        assertEquals(
                Verdict.OK,
                bench.dispatch()
                        .scan("RU500100100VK", java.util.Optional.empty(), "b")
                        .verdict());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theLastLabelIsRememberedAcrossRestarts(EngineUnderTest engine) throws Exception {
        open(engine);
        parcel("PB-7-001", "VK-5001", "RU500100100VK");
        enterAgain();
        PackingSession next = bench.packingSession();
        assertEquals("VK-5001", next.state().last().orElseThrow().order());
        assertEquals(1, bench.shift().today().latest().size());
    }

    private static String qr(PackingState s) {
        return Decoding.all(s.raster().orElseThrow()).stream()
                .filter(r -> r.getBarcodeFormat() == BarcodeFormat.QR_CODE)
                .map(Result::getText)
                .findFirst()
                .orElseThrow();
    }
}
