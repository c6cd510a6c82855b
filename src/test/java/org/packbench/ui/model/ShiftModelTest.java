package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.PackingSession;
import org.packbench.app.PackingState;
import org.packbench.app.PackingState.Field;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.cli.CliRun;
import org.packbench.print.TestPrinter;

/** The shift strip counts what reached the printer today and lists the bench's labels on its own clock. */
class ShiftModelTest {
    // 10:00 UTC is 13:00 at a bench in Moscow.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Europe/Moscow"));

    @TempDir
    Path dir;

    private TestPrinter printer;
    private Workbench bench;
    private final InlineWork work = new InlineWork();
    private ShiftModel model;

    @BeforeEach
    void open() throws Exception {
        printer = TestPrinter.zpl();
        Path db = dir.resolve("shift.db");
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
        model = new ShiftModel(bench.shift(), CLOCK.getZone(), new UiText(Locale.forLanguageTag("ru")), work);
    }

    @AfterEach
    void close() throws Exception {
        printer.close();
    }

    private long issue(String sku, String order, String tracking) {
        PackingSession session = bench.packingSession();
        session.choosePrinter("zebra");
        for (var scan : List.of(
                new String[] {"FIRST", sku}, new String[] {"ORDER", order}, new String[] {"TRACKING", tracking})) {
            session.enter(Field.valueOf(scan[0]), scan[1], 1, session.state().generation());
        }
        PackingState printed = session.print(1, session.state().generation());
        return printed.last().orElseThrow().labelId();
    }

    @Test
    void aLabelCountsOnceThePrinterTookIt() {
        long id = issue("PB-7-001", "VK-5001", "RU500100100VK");
        model.refresh();
        assertEquals("Сегодня напечатано: 0", model.todayProperty().get(), "queued is not printed yet");
        assertEquals(List.of("13:00  L" + String.format("%08d", id) + "  VK-5001  PB-7-001 · ждёт"), model.latest());

        bench.deliverNow().all();
        model.refresh();
        assertEquals("Сегодня напечатано: 1", model.todayProperty().get());
        assertEquals(
                List.of("13:00  L" + String.format("%08d", id) + "  VK-5001  PB-7-001 · напечатана"), model.latest());
        assertNull(work.unexpected());
    }

    @Test
    void theNewestLabelComesFirst() {
        issue("PB-7-001", "VK-5001", "RU500100100VK");
        issue("PB-7-003", "VK-5002", "RU500200200VK");
        model.refresh();
        assertEquals(2, model.latest().size());
        assertEquals(true, model.latest().get(0).contains("VK-5002"), model.latest()::toString);
    }
}
