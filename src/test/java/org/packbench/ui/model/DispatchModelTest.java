package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.LabelRequest;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.render.LabelFormat;
import org.packbench.verify.dispatch.Verdict;

/** Отгрузка words the dispatch check's verdict: banner, tone, sound, counts and the recent scans. */
class DispatchModelTest {
    private static final int ANY = 0;
    private static final int OZON = 2;

    @TempDir
    Path dir;

    private Workbench bench;
    private final InlineWork work = new InlineWork();
    private final List<Verdict> played = new ArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();
    private DispatchModel model;
    private String qr;

    @BeforeEach
    void aPrintedVkLabel() {
        bench = Workbench.open(
                dir.resolve("dispatch.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 11, 1));
        qr = bench.labels()
                .render(new LabelRequest(
                        "PB-7-001",
                        "vk-product-58x40",
                        "VK-9",
                        "RU900000009VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203))
                .document()
                .barcode("qr")
                .orElseThrow()
                .data();
        model = new DispatchModel(
                bench.dispatch(),
                bench.config(),
                played::add,
                "bench-1",
                new UiText(Locale.forLanguageTag("ru")),
                work);
        model.opened();
    }

    private void scan(String data, int lane) {
        model.scan(data, lane, answered::incrementAndGet);
    }

    @Test
    void beforeAnyScanTheBenchIsReady() {
        assertEquals(DispatchModel.Tone.IDLE, model.tone().get());
        assertEquals("Готово к сканированию", model.verdict().get());
        assertEquals("За смену: ОК 0, отклонено 0", model.counters().get());
        assertEquals(List.of("любой маркетплейс", "VK", "Ozon"), model.lanes());
    }

    @Test
    void aGoodScanIsOkWithItsSoundAndASecondScanOfTheSameParcelIsStopped() {
        scan(qr, ANY);
        assertEquals(DispatchModel.Tone.OK, model.tone().get());
        assertEquals("ОК", model.verdict().get());
        scan(qr, ANY);
        assertEquals(DispatchModel.Tone.BAD, model.tone().get());
        assertEquals("УЖЕ ОТГРУЖЕНО", model.verdict().get());
        assertTrue(model.reason().get().contains("VK-9"), model.reason().get());
        assertEquals(List.of(Verdict.OK, Verdict.ALREADY_DISPATCHED), played, "each verdict its own sound");
        assertEquals("За смену: ОК 1, отклонено 1", model.counters().get());
        assertEquals(2, answered.get());
        assertEquals(2, model.recent().size());
        assertTrue(
                model.recent().get(0).startsWith("УЖЕ ОТГРУЖЕНО — "),
                "newest first: " + model.recent().get(0));
    }

    @Test
    void theLaneChosenIsTheLaneChecked() {
        scan(qr, OZON);
        assertEquals(DispatchModel.Tone.BAD, model.tone().get());
        assertEquals(List.of(Verdict.WRONG_MARKETPLACE), played);
    }

    @Test
    void aTrackingNumberScannedUnderTheRussianLayoutIsReadAsTheKeysTypedIt() {
        scan("КГ900000009МЛ", ANY);
        assertEquals("ОК", model.verdict().get(), model.reason().get());
    }

    @Test
    void aBlankScanIsNoScan() {
        scan("  ", ANY);
        assertEquals(0, answered.get());
        assertTrue(played.isEmpty());
        assertEquals("Готово к сканированию", model.verdict().get());
    }

    @Test
    void aVerdictTurnedNeutralLeavesNoGreenButKeepsTheLastVerdictReadable() {
        scan(qr, ANY);
        model.toNeutral();
        assertEquals(DispatchModel.Tone.IDLE, model.tone().get());
        assertEquals("Готово к сканированию", model.verdict().get());
        assertTrue(model.reason().get().contains("ОК"), model.reason().get());
    }

    @Test
    void theRecentScansKeepTheLatestTwelve() {
        for (int i = 0; i < 15; i++) {
            scan("UNKNOWN-" + i, ANY);
        }
        assertEquals(12, model.recent().size());
        assertEquals(
                model.verdict().get() + " — " + model.reason().get(),
                model.recent().get(0),
                "the newest on top");
        assertEquals("За смену: ОК 0, отклонено 15", model.counters().get());
    }
}
