package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * A day exported at the bench goes where the end-of-day export goes when a supervisor set that
 * folder, else to PackBench/exports at home; in every format, and a cancel keeps what was written.
 * The day's records come from a bench's SQLite file or a warehouse's server alike.
 */
class DayExportTest {
    private static final LocalDate NOV_25 = LocalDate.of(2026, 11, 25);
    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    Path dir;

    private EngineUnderTest.Place place;
    private Workbench bench;

    private void aDayWithOneLabel(EngineUnderTest engine) {
        place = engine.place(dir, "day");
        bench = place.workbench(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 11, 1));
        bench.config().set("company.name", "ООО «Ромашка»");
        bench.labels()
                .render(new LabelRequest(
                        "PB-7-001",
                        "vk-product-58x40",
                        "VK-1",
                        "RU100000001VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203));
    }

    @AfterEach
    void close() throws Exception {
        place.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void withoutAnEndOfDayFolderTheDayGoesToPackBenchExportsAtHome(EngineUnderTest engine) {
        aDayWithOneLabel(engine);
        Path home = dir.resolve("home");
        assertEquals(Optional.empty(), bench.labelLog().endOfDayFolder());
        assertEquals(
                home.resolve("PackBench").resolve("exports"), LabelLogService.exportFolder(Optional.empty(), home));
        assertEquals(
                Path.of(System.getProperty("user.home"), "PackBench", "exports"),
                bench.labelLog().exportFolder());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theEndOfDayFolderIsWhereTheBenchAndTheScheduleBothWrite(EngineUnderTest engine) {
        aDayWithOneLabel(engine);
        Path folder = dir.resolve("end-of-day");
        bench.config().set(LogAutoExport.FOLDER_SETTING, folder.toString());
        assertEquals(Optional.of(folder), bench.labelLog().endOfDayFolder());
        assertEquals(folder, bench.labelLog().exportFolder());
        assertEquals(folder, LabelLogService.exportFolder(Optional.of(folder), dir.resolve("home")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theDayIsWrittenInEveryFormatAndEachFormatIsCountedOff(EngineUnderTest engine) throws Exception {
        aDayWithOneLabel(engine);
        Path folder = dir.resolve("end-of-day");
        bench.config().set(LogAutoExport.FOLDER_SETTING, folder.toString());
        List<String> progress = new ArrayList<>();
        List<Path> written =
                bench.labelLog().exportDay(NOV_25, RU, (done, of) -> progress.add(done + "/" + of), () -> false);
        assertEquals(
                List.of(
                        folder.resolve("OOO-Romashka_LabelLog_2026-11-25.csv"),
                        folder.resolve("OOO-Romashka_LabelLog_2026-11-25.xlsx"),
                        folder.resolve("OOO-Romashka_LabelLog_2026-11-25.pdf")),
                written);
        assertEquals(List.of("0/3", "1/3", "2/3", "3/3"), progress);
        for (Path p : written) {
            assertEquals(1, LogExportReader.read(p).entries(), p.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aCancelStopsBetweenFormatsAndKeepsTheFilesAlreadyWritten(EngineUnderTest engine) throws Exception {
        aDayWithOneLabel(engine);
        Path folder = dir.resolve("end-of-day");
        bench.config().set(LogAutoExport.FOLDER_SETTING, folder.toString());
        List<Integer> started = new ArrayList<>();
        List<Path> written =
                bench.labelLog().exportDay(NOV_25, RU, (done, of) -> started.add(done), () -> started.size() > 1);
        assertEquals(List.of(folder.resolve("OOO-Romashka_LabelLog_2026-11-25.csv")), written);
        assertTrue(Files.size(written.get(0)) > 0);
        assertFalse(Files.exists(folder.resolve("OOO-Romashka_LabelLog_2026-11-25.xlsx")));
        assertFalse(Files.exists(folder.resolve("OOO-Romashka_LabelLog_2026-11-25.pdf")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aFileHandedOutIsAnchoredEvenWhenALaterFormatFails(EngineUnderTest engine) throws Exception {
        aDayWithOneLabel(engine);
        Path folder = dir.resolve("end-of-day");
        bench.config().set(LogAutoExport.FOLDER_SETTING, folder.toString());
        // The XLSX cannot be written: a folder sits under its name.
        Files.createDirectories(
                folder.resolve("OOO-Romashka_LabelLog_2026-11-25.xlsx").resolve("in-the-way"));
        Path local = place.localFile();
        Path anchor = local.resolveSibling(local.getFileName() + ".anchor");
        byte[] before = Files.readAllBytes(anchor);
        org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class, () -> bench.labelLog().exportDay(NOV_25, RU, (done, of) -> {}, () -> false));
        assertTrue(Files.size(folder.resolve("OOO-Romashka_LabelLog_2026-11-25.csv")) > 0, "the CSV went out");
        assertFalse(
                java.util.Arrays.equals(before, Files.readAllBytes(anchor)),
                "the anchor outside the database moved with the CSV handed out");
    }
}
