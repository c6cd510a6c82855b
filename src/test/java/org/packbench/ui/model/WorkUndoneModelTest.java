package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;
import org.packbench.cli.CliRun;
import org.packbench.print.JobStatus;
import org.packbench.print.PrintJob;
import org.packbench.print.TestPrinter;

/** Work left undone is asked about, never dropped: before closing, and at start for labels left from before. */
class WorkUndoneModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private TestPrinter printer;
    private Path db;
    private Workbench bench;
    private final InlineWork work = new InlineWork();
    private final UiText text = new UiText(Locale.forLanguageTag("ru"));

    @BeforeEach
    void open() throws Exception {
        printer = TestPrinter.zpl();
        db = dir.resolve("undone.db");
        for (String name : List.of("zebra", "tsc")) {
            assertEquals(
                    0,
                    CliRun.with(
                                    CLOCK,
                                    "printer",
                                    "add",
                                    name,
                                    "--language",
                                    "zpl",
                                    "--dpi",
                                    "203",
                                    "--transport",
                                    printer.uri(),
                                    "--db",
                                    db.toString())
                            .exit());
        }
        bench = Workbench.open(db, CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        printer.close();
    }

    private static byte[] label(String what) {
        return ("^XA^FO20,20^A0N,30,30^FD" + what + "^FS^XZ\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void closingWithNothingUndoneAsksNothing() {
        assertTrue(new WorkUndoneModel(bench, text).closeQuestion().isEmpty());
    }

    @Test
    void closingWithLabelsQueuedSaysHowManyAndOnWhichPrinters() {
        bench.printQueue().enqueue("zebra", OptionalLong.empty(), 1, label("A"));
        bench.printQueue().enqueue("zebra", OptionalLong.empty(), 1, label("B"));
        bench.printQueue().enqueue("tsc", OptionalLong.empty(), 1, label("C"));
        String asked = new WorkUndoneModel(bench, text).closeQuestion().orElseThrow();
        assertTrue(asked.contains("в очереди 3, отправляется 0, неизвестно 0"), asked);
        assertTrue(asked.contains("(принтеры: tsc (1), zebra (2))"), asked);
    }

    @Test
    void labelsLeftFromBeforeWaitUntilThePackerSaysYes() throws Exception {
        PrintJob left = bench.printQueue().enqueue("zebra", OptionalLong.empty(), 1, label("LEFT"));
        Workbench restarted = Workbench.open(db, CLOCK);
        restarted.queueWorker(true);
        try {
            List<String> asked = new ArrayList<>();
            new WorkUndoneModel(restarted, text).askAboutLeftovers(work, q -> {
                asked.add(q);
                return false;
            });
            assertEquals(1, asked.size());
            assertTrue(asked.get(0).contains("остались этикетки: 1 (принтеры: zebra (1))"), asked.get(0));
            assertEquals(
                    List.of(left.id()),
                    restarted.leftovers().waiting().stream().map(PrintJob::id).toList(),
                    "No keeps it held");
            assertEquals(JobStatus.QUEUED, restarted.printQueue().get(left.id()).status());

            new WorkUndoneModel(restarted, text).askAboutLeftovers(work, q -> true);
            assertTrue(restarted.leftovers().waiting().isEmpty(), "yes lets the worker print it");
            assertNull(work.unexpected());
        } finally {
            restarted.queueWorker().close();
        }
    }

    @Test
    void aBenchWithNothingLeftAsksNothingAtStart() throws Exception {
        bench.queueWorker(true);
        try {
            List<String> asked = new ArrayList<>();
            new WorkUndoneModel(bench, text).askAboutLeftovers(work, asked::add);
            assertEquals(List.of(), asked);
        } finally {
            bench.queueWorker().close();
        }
    }
}
