package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.TestFiles;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.render.LabelFormat;
import org.packbench.report.LogExportReader;
import org.packbench.store.EngineUnderTest;

/**
 * The end-of-day export writes each finished day once, in the bench's calendar, and never today;
 * on a bench's SQLite file and on a warehouse's server alike.
 */
class LogAutoExportTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @TempDir
    Path dir;

    private EngineUnderTest.Place place;

    @AfterEach
    void close() {
        place.close();
    }

    /** The bench on the same database, opened again on another day. */
    private Workbench benchAt(String instant) {
        return place.workbench(Clock.fixed(Instant.parse(instant), MOSCOW));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void eachFinishedDayIsWrittenOnceAndTodayWaits(EngineUnderTest engine) throws Exception {
        place = engine.place(dir, "auto");
        Workbench monday = benchAt("2026-11-23T20:59:00Z"); // 23:59 in Moscow
        monday.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        monday.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        monday.config().set("company.name", "ООО «Ромашка»");
        Path folder = dir.resolve("exports");
        monday.config().set(LogAutoExport.FOLDER_SETTING, folder.toString());
        monday.config().set(LogAutoExport.FORMATS_SETTING, "csv,pdf");
        monday.labels()
                .render(new LabelRequest(
                        "PB-7-001",
                        "vk-product-58x40",
                        "VK-1",
                        "RU100000001VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203));
        assertEquals(
                List.of(), monday.autoExport().runDue(), "Monday is not over yet, and the week before had no labels");

        Workbench tuesday = benchAt("2026-11-24T06:00:00Z");
        tuesday.labels()
                .render(new LabelRequest(
                        "PB-7-003",
                        "vk-product-58x40",
                        "VK-2",
                        "RU100000002VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203));
        List<Path> written = tuesday.autoExport().runDue();
        assertTrue(written.contains(folder.resolve("OOO-Romashka_LabelLog_2026-11-23.csv")), written.toString());
        assertTrue(written.contains(folder.resolve("OOO-Romashka_LabelLog_2026-11-23.pdf")), written.toString());
        assertEquals(
                1,
                LogExportReader.read(folder.resolve("OOO-Romashka_LabelLog_2026-11-23.csv"))
                        .entries(),
                "Monday's label only, not Tuesday's");
        assertEquals(List.of(), tuesday.autoExport().runDue(), "a day is written once");

        Workbench wednesday = benchAt("2026-11-25T06:00:00Z");
        List<Path> next = wednesday.autoExport().runDue();
        assertEquals(
                List.of(
                        folder.resolve("OOO-Romashka_LabelLog_2026-11-24.csv"),
                        folder.resolve("OOO-Romashka_LabelLog_2026-11-24.pdf")),
                next);
        assertTrue(Files.size(next.get(1)) > 0);
    }
}
