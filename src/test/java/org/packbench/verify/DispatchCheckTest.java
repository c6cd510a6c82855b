package org.packbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.TestFiles;
import org.packbench.app.LabelRequest;
import org.packbench.app.LogisticLabelService;
import org.packbench.app.RenderedLabel;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.catalog.Marketplace;
import org.packbench.render.LabelFormat;
import org.packbench.store.Database;
import org.packbench.store.EngineUnderTest;
import org.packbench.verify.dispatch.DispatchResult;
import org.packbench.verify.dispatch.Verdict;

/** Every dispatch verdict, on a database with real labels in it: a bench's SQLite file or a warehouse's server. */
class DispatchCheckTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private EngineUnderTest.Place place;
    private Workbench bench;

    private void labels(EngineUnderTest engine) {
        place = engine.place(dir, "dispatch");
        bench = place.workbench(NOW);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
    }

    @AfterEach
    void close() throws Exception {
        place.close();
    }

    private RenderedLabel print(String order, String tracking) {
        return bench.labels()
                .render(new LabelRequest(
                        "PB-7-001", "vk-product-58x40", order, tracking, Optional.empty(), LabelFormat.ZPL, 203));
    }

    private static String qr(RenderedLabel label) {
        return label.document().barcode("qr").orElseThrow().data();
    }

    private DispatchResult scan(String data) {
        return bench.dispatch().scan(data, Optional.empty(), "bench-7");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aPrintedLabelIsOkOnceAndThenAlreadyDispatched(EngineUnderTest engine) {
        labels(engine);
        RenderedLabel label = print("VK-1", "RU100000001VK");
        assertEquals(Verdict.OK, scan(qr(label)).verdict());
        assertEquals(Verdict.ALREADY_DISPATCHED, scan(qr(label)).verdict());
        assertEquals(
                Verdict.ALREADY_DISPATCHED,
                scan("RU100000001VK").verdict(),
                "the tracking barcode finds the same label");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theTrackingNumberAloneIdentifiesTheParcel(EngineUnderTest engine) {
        labels(engine);
        print("VK-2", "RU100000002VK");
        DispatchResult r = scan("RU100000002VK\r\n");
        assertEquals(Verdict.OK, r.verdict());
        assertTrue(r.reason().english().contains("VK-2"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aVoidedLabelIsRefused(EngineUnderTest engine) {
        labels(engine);
        RenderedLabel label = print("VK-3", "RU100000003VK");
        bench.dispatchRecords().voidLabel(label.id(), "damaged in packing");
        assertEquals(Verdict.VOIDED, scan(qr(label)).verdict());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void anOldCopyIsRefusedOnceTheLabelWasReprinted(EngineUnderTest engine) {
        labels(engine);
        RenderedLabel first = print("VK-4", "RU100000004VK");
        RenderedLabel reprint = bench.labels()
                .render(new LabelRequest(
                                "PB-7-001",
                                "vk-product-58x40",
                                "VK-4",
                                "RU100000004VK",
                                Optional.empty(),
                                LabelFormat.ZPL,
                                203)
                        .asReprint("этикетка порвалась"));
        assertEquals(Verdict.SUPERSEDED, scan(qr(first)).verdict());
        assertEquals(Verdict.OK, scan(qr(reprint)).verdict());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void unknownAndGarbledScansAreUnknown(EngineUnderTest engine) {
        labels(engine);
        assertEquals(Verdict.UNKNOWN, scan("RU999999999VK").verdict());
        assertEquals(Verdict.UNKNOWN, scan("PB1|vk|X|Y|Z|D|L99999999").verdict());
        DispatchResult garbled = scan("\u0000#@!");
        assertEquals(Verdict.UNKNOWN, garbled.verdict());
        assertTrue(garbled.reason().english().contains("scan again"));
    }

    /** PostgreSQL's text holds no NUL; a bench's file keeps the same, so it copies onto the server. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aNulInAScanIsRecordedAsTheReplacementCharacter(EngineUnderTest engine) throws Exception {
        labels(engine);
        assertEquals(Verdict.UNKNOWN, scan("RU1\u00000VK").verdict());
        try (Connection c = place.connect();
                Statement s = c.createStatement();
                ResultSet scans = s.executeQuery("SELECT data FROM scan");
                Statement t = c.createStatement();
                ResultSet log = t.executeQuery("SELECT scan_data FROM log_entry WHERE event = 'scanned'")) {
            assertTrue(scans.next());
            assertEquals("RU1\uFFFD0VK", scans.getString(1));
            assertTrue(log.next());
            assertEquals("RU1\uFFFD0VK", log.getString(1));
        }
        assertTrue(bench.labelLog().verify().intact(), "the log's chain holds what was recorded");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aDacThatExpiredSincePrintingIsRefused(EngineUnderTest engine) {
        labels(engine);
        RenderedLabel label = print("VK-5", "RU100000005VK");
        Workbench later = place.workbench(Clock.fixed(Instant.parse("2027-04-02T10:00:00Z"), ZoneOffset.UTC));
        DispatchResult r = later.dispatch().scan(qr(label), Optional.empty(), "bench-7");
        assertEquals(Verdict.DAC_EXPIRED, r.verdict());
        assertTrue(r.reason().english().contains("2027-03-29"), r.reason().english());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aParcelOnTheWrongLaneIsRefused(EngineUnderTest engine) {
        labels(engine);
        RenderedLabel label = print("VK-6", "RU100000006VK");
        assertEquals(
                Verdict.WRONG_MARKETPLACE,
                bench.dispatch()
                        .scan(qr(label), Optional.of(Marketplace.OZON), "b")
                        .verdict());
        assertEquals(
                Verdict.OK,
                bench.dispatch()
                        .scan(qr(label), Optional.of(Marketplace.VK), "b")
                        .verdict());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aPalletIsFoundByItsSscc(EngineUnderTest engine) {
        labels(engine);
        bench.config().set("gs1.company-prefix", "4607123");
        bench.logisticLabels()
                .render(new LogisticLabelService.Request("gs1-logistic-a6", Optional.empty(), LabelFormat.ZPL, 203));
        assertEquals(Verdict.OK, scan("]C100046071230000000014").verdict());
        assertEquals(Verdict.ALREADY_DISPATCHED, scan("(00)046071230000000014").verdict());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void everyScanIsLoggedWithItsVerdictTimeAndBench(EngineUnderTest engine) throws Exception {
        labels(engine);
        RenderedLabel label = print("VK-7", "RU100000007VK");
        scan(qr(label));
        scan("nonsense");
        Database db = place.open();
        int rows = db.read(c -> {
            try (ResultSet rs = c.createStatement()
                    .executeQuery(
                            "SELECT COUNT(*) FROM scan WHERE bench = 'bench-7' AND scanned_at = '2026-11-25T10:00:00Z'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertEquals(2, rows);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aQrWithARealLabelIdButAnotherParcelsFieldsIsAPayloadMismatch(EngineUnderTest engine) {
        labels(engine);
        RenderedLabel real = print("VK-8", "RU100000008VK");
        String forged = new org.packbench.marketplace.QrPayload(
                        Marketplace.VK,
                        "VK-0000",
                        "RU999999999VK",
                        "PB-7-040",
                        "DAC000000000",
                        org.packbench.marketplace.LabelValues.labelId(real.id()))
                .encode();
        DispatchResult r = scan(forged);
        assertEquals(Verdict.PAYLOAD_MISMATCH, r.verdict());
        String why = r.reason().english();
        for (String named : new String[] {
            "order is \"VK-0000\" in the QR but \"VK-8\"",
            "tracking number is \"RU999999999VK\" in the QR but \"RU100000008VK\"",
            "SKU is \"PB-7-040\" in the QR but \"PB-7-001\"",
            "DAC is \"DAC000000000\" in the QR but \"DAC7Q2M9XK4P\""
        }) {
            assertTrue(why.contains(named), why);
        }
        assertTrue(
                r.reason().in(java.util.Locale.forLanguageTag("ru")).startsWith("данные QR не совпадают с этикеткой"));
        assertEquals(Verdict.OK, scan(qr(real)).verdict(), "the forged scan did not ship the real parcel");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void oneDifferingFieldIsNamedAlone(EngineUnderTest engine) {
        labels(engine);
        RenderedLabel real = print("VK-9", "RU100000009VK");
        String otherTracking = qr(real).replace("RU100000009VK", "RU100000010VK");
        DispatchResult r = scan(otherTracking);
        assertEquals(Verdict.PAYLOAD_MISMATCH, r.verdict());
        assertEquals(
                "the QR data do not match label " + org.packbench.marketplace.LabelValues.labelId(real.id())
                        + ": tracking number is \"RU100000010VK\" in the QR but \"RU100000009VK\" on the label; set the parcel "
                        + "aside, its label is forged or belongs to another parcel",
                r.reason().english());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aLabelIdWrittenAnotherWayIsAMismatchToo(EngineUnderTest engine) {
        labels(engine);
        RenderedLabel real = print("VK-10", "RU100000011VK");
        String shortId = qr(real).replace(org.packbench.marketplace.LabelValues.labelId(real.id()), "L" + real.id());
        assertEquals(Verdict.PAYLOAD_MISMATCH, scan(shortId).verdict());
    }
}
