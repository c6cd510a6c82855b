package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.cli.CliRun;
import org.packbench.print.TestPrinter;

/** A batch from Упаковка issues each parcel once, names refused rows by line, and a cancel keeps what was done. */
class BatchPrintModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private TestPrinter printer;
    private Workbench bench;
    private final InlineWork work = new InlineWork();
    private final AtomicInteger ended = new AtomicInteger();
    private Path csv;

    @BeforeEach
    void open() throws Exception {
        printer = TestPrinter.zpl();
        Path db = dir.resolve("batch.db");
        assertEquals(
                0,
                CliRun.with(
                                CLOCK,
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
                                db.toString())
                        .exit());
        bench = Workbench.open(db, CLOCK);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        StringBuilder rows = new StringBuilder("sku;order;tracking\n");
        for (int i = 1; i <= 12; i++) {
            rows.append(String.format("PB-7-%03d;G-%d;RU%dVK%n", i, i, 800000000 + i));
        }
        csv = Files.writeString(dir.resolve("parcels.csv"), rows.toString());
    }

    @AfterEach
    void close() throws Exception {
        printer.close();
    }

    private BatchPrintModel model() {
        return new BatchPrintModel(bench::batch, new UiText(Locale.forLanguageTag("ru")), work);
    }

    @Test
    void codesPrintedBeforeAreOfferedAgainAndPrintWithTheReasonGiven() throws Exception {
        String gs = "\u001D";
        String first = "010460731098027321Qx7mP2vLc9Tz4" + gs + "91EE07" + gs + "92"
                + "MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ";
        String second = "010460731098027321h93<k!" + gs + "93dGVz";
        Path earlier = Files.writeString(dir.resolve("earlier.txt"), first + "\n");
        Path list = Files.writeString(dir.resolve("codes.txt"), "КМ\n" + first + "\n" + second + "\n");
        model().run(earlier, "zebra", ended::incrementAndGet);

        BatchPrintModel model = model();
        model.run(list, "zebra", ended::incrementAndGet);

        assertEquals(StatusLine.Tone.ERROR, model.line().tone());
        assertTrue(
                model.resultProperty().get().contains("уже напечатан"),
                model.resultProperty().get());
        assertTrue(model.reprintableProperty().get(), "the printed-before code may be printed again");

        model.reprint("  ", ended::incrementAndGet);
        assertEquals(2, ended.get(), "a blank reason prints nothing");

        model.reprint("наклейка порвана", ended::incrementAndGet);

        assertEquals(3, ended.get());
        assertEquals(StatusLine.Tone.OK, model.line().tone(), model.line().text());
        assertFalse(model.reprintableProperty().get());
        var prints = bench.markingLabels()
                .prints(org.packbench.marking.MarkingCodeReader.read(first, java.util.Optional.empty()));
        assertEquals(2, prints.size(), "the first print and its reprint");
        assertEquals(java.util.Optional.of("наклейка порвана"), prints.get(1).reprintReason());
        assertEquals(3, bench.printQueue().list(true).size(), "the earlier print, the second code, the reprint");
    }

    @Test
    void aWholeFileIsIssuedAndSaidDoneAndTheButtonThenCloses() {
        BatchPrintModel model = model();
        model.run(csv, "zebra", ended::incrementAndGet);
        assertEquals(1, ended.get());
        assertEquals(StatusLine.Tone.OK, model.line().tone());
        assertTrue(
                model.line().text().startsWith("Готово: строк 12, напечатано этикеток 12"),
                model.line().text());
        assertEquals(1.0, model.progressProperty().get());
        assertEquals("", model.resultProperty().get(), "nothing to list");
        assertEquals("Закрыть", model.buttonProperty().get());
        assertFalse(model.stop(), "after the run the button closes");
        assertEquals(12, bench.printQueue().list(true).size());

        BatchPrintModel again = model();
        again.run(csv, "zebra", ended::incrementAndGet);
        assertTrue(
                again.line().text().contains("напечатаны раньше 12"),
                again.line().text());
        assertEquals(12, bench.printQueue().list(true).size(), "a second run issues nothing again");
    }

    @Test
    void aFaultyFileIsRefusedWholeWithTheLineNamed() throws Exception {
        Files.writeString(csv, "PB-7-001;G-1;RU899999999VK\n", java.nio.file.StandardOpenOption.APPEND);
        BatchPrintModel model = model();
        model.run(csv, "zebra", ended::incrementAndGet);
        assertEquals(StatusLine.Tone.ERROR, model.line().tone());
        assertTrue(
                model.resultProperty().get().contains("строка 14"),
                model.resultProperty().get());
        assertEquals(0, bench.printQueue().list(true).size(), "nothing issued from a faulty file");
        assertEquals(1, ended.get());
    }

    @Test
    void aCancelWhileRunningStopsAfterTheRowsUnderWayAndSaysSo() throws Exception {
        // More rows than one commit takes, so there is a next chunk for the cancel to stop.
        StringBuilder rows = new StringBuilder("sku;order;tracking\n");
        for (int i = 1; i <= 60; i++) {
            rows.append(String.format("PB-7-%03d;C-%d;RU%dVK%n", i % 12 + 1, i, 810000000 + i));
        }
        Files.writeString(csv, rows.toString());
        BatchPrintModel model = model();
        assertEquals("Отменить (Esc)", model.buttonProperty().get());
        // The packer presses the button as soon as the first row is done.
        model.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0 && model.runningProperty().get()) {
                assertTrue(model.stop(), "while running the button cancels");
            }
        });
        model.run(csv, "zebra", ended::incrementAndGet);
        assertTrue(
                model.resultProperty().get().contains("Отменено"),
                model.resultProperty().get());
        int issued = bench.printQueue().list(true).size();
        assertTrue(issued > 0 && issued < 60, "the rows done stay, the rest are not issued: " + issued);
        assertEquals(StatusLine.Tone.ERROR, model.line().tone(), "a cancelled run is not complete");
        assertEquals(1, ended.get());
    }

    @Test
    void aFileThatCannotBeReadIsSaidAndTheRunEnds() {
        BatchPrintModel model = model();
        model.run(dir.resolve("missing.csv"), "zebra", ended::incrementAndGet);
        assertEquals(StatusLine.Tone.ERROR, model.line().tone());
        assertTrue(model.line().text().contains("missing.csv"), model.line().text());
        assertFalse(model.runningProperty().get());
        assertEquals("Закрыть", model.buttonProperty().get());
        assertEquals(1, ended.get());
    }
}
