package org.packbench.print;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.packbench.TestFiles;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.store.Database;
import org.packbench.store.EngineUnderTest;
import org.packbench.store.SqlitePrintJobs;

/** A bench for queue tests: the sample catalog, a DAC, and the queue's own parts to drive directly. */
final class QueueBench {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    final Workbench bench;
    final PrintJobs jobs;

    QueueBench(Path dir) {
        this(EngineUnderTest.SQLITE.place(dir, "queue"));
    }

    /** A bench on {@code place}, which the caller closes. */
    QueueBench(EngineUnderTest.Place place) {
        bench = place.workbench(CLOCK);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        Database db = place.open();
        org.packbench.app.BenchSeal seal = org.packbench.app.BenchSeal.open(db, CLOCK);
        jobs = new SqlitePrintJobs(
                db,
                CLOCK,
                new org.packbench.store.SqliteLabelLog(
                        db,
                        CLOCK,
                        () -> new org.packbench.store.SqliteLabelLog.Author("bench-1", "test"),
                        seal.chain(),
                        seal::written));
    }

    PrinterProfile addPrinter(String name, PrinterLanguage language, String uri) {
        PrinterProfile p = new PrinterProfile(
                name,
                language,
                203,
                Optional.empty(),
                java.math.BigDecimal.ZERO,
                java.math.BigDecimal.ZERO,
                OptionalInt.empty(),
                OptionalInt.empty(),
                TransportUri.parse(uri));
        bench.printers().add(p);
        return p;
    }

    /** A worker that retries within milliseconds, so the tests wait for events, not for the clock. */
    QueueWorker fastWorker() {
        return new QueueWorker(
                        jobs,
                        bench.printers(),
                        new Transports(),
                        new Backoff(Duration.ofMillis(10), Duration.ofMillis(100)),
                        Duration.ofMillis(50))
                .start();
    }

    DeliverNow deliverNow() {
        return new DeliverNow(jobs, bench.printers(), new Transports(), Duration.ofSeconds(20));
    }

    PrintJob job(long id) {
        return jobs.find(id).orElseThrow();
    }

    /** The sender token of another process that is running (this JVM's parent): "another PackBench". */
    static String anotherLiveSender() {
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        return new SenderId(
                        parent.pid(),
                        parent.info().startInstant().map(Instant::toEpochMilli).orElse(0L))
                .token();
    }

    /** Waits until {@code condition} holds; a generous limit only stops a broken test from hanging. */
    static void await(String what, BooleanSupplier condition) {
        long limit = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > limit) {
                throw new AssertionError("never happened: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
