package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.print.TestPrinter;

/** A job printed from the command line never waits in a queue that nobody delivers. */
class PrintDeliveryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private String db;

    private Workbench bench() {
        db = dir.resolve("d.db").toString();
        Workbench bench = Workbench.open(Path.of(db), CLOCK);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        return bench;
    }

    private CliRun print(String order, String tracking) {
        return CliRun.with(
                CLOCK,
                "print",
                "--printer",
                "zebra",
                "--sku",
                "PB-7-001",
                "--template",
                "vk-product-58x40",
                "--order",
                order,
                "--tracking",
                tracking,
                "--db",
                db);
    }

    @Test
    void withNoWindowOrServiceRunningPrintDeliversTheJobItself() throws Exception {
        bench();
        try (TestPrinter printer = TestPrinter.zpl()) {
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
                                    db)
                            .exit());
            CliRun run = print("VK-1", "RU100000001VK");
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.err().contains("sending job 1 now"), run.err());
            assertEquals(1, printer.labels().size(), "printed, not left queued");
        }
    }

    @Test
    void withAWorkerRunningPrintQueuesAndSaysWhoDelivers() throws Exception {
        Workbench bench = bench();
        try (TestPrinter printer = TestPrinter.zpl()) {
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
                                    db)
                            .exit());
            bench.deliveredBy("packbench serve");
            bench.queueWorker();
            try {
                CliRun run = print("VK-2", "RU100000002VK");
                assertEquals(0, run.exit(), run.err());
                assertTrue(
                        run.err()
                                .contains("packbench serve, pid "
                                        + ProcessHandle.current().pid()),
                        run.err());
                org.testfx.util.WaitForAsyncUtils.waitFor(
                        20, TimeUnit.SECONDS, () -> printer.labels().size() == 1);
            } finally {
                bench.queueWorker().close();
            }
        }
    }
}
