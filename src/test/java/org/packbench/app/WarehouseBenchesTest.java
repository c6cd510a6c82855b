package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.i18n.ProblemException;
import org.packbench.location.DatabaseAddress;
import org.packbench.render.LabelFormat;
import org.packbench.store.PostgresCluster;
import org.packbench.verify.dispatch.Verdict;

/**
 * Two benches of one warehouse on one PostgreSQL database: what one bench records, the other sees
 * and is held to. Each bench is its own Workbench with its own local folder, as on two computers;
 * the second bench has been given the warehouse's key, as the deployment page asks.
 */
class WarehouseBenchesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workbench first;
    private Workbench second;

    @BeforeEach
    void open() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        DatabaseAddress.PostgresServer server =
                (DatabaseAddress.PostgresServer) DatabaseAddress.parse(cluster.url(cluster.newDatabase()));
        char[] password = cluster.password().toCharArray();
        Path firstLocal = dir.resolve("first/warehouse.db");
        Path secondLocal = dir.resolve("second/warehouse.db");
        first = Workbench.open(server, password, firstLocal, CLOCK, "bench-1");
        Files.createDirectories(secondLocal.getParent());
        Path key = KeyFile.of(secondLocal);
        Files.copy(KeyFile.of(firstLocal), key);
        second = Workbench.open(server, password, secondLocal, CLOCK, "bench-2");
        first.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        first.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        first.config().set("gs1.company-prefix", "4607123");
        first.config().set("company.name", "ООО «Ромашка»");
    }

    @AfterEach
    void close() {
        first.closeDatabase();
        second.closeDatabase();
    }

    private static LabelRequest request(String order, String tracking) {
        return new LabelRequest(
                "PB-7-001", "vk-product-58x40", order, tracking, Optional.empty(), LabelFormat.ZPL, 203);
    }

    @Test
    void aLabelPrintedAtOneBenchIsDispatchedAtTheOther() {
        RenderedLabel label = second.labels().render(request("VK-1", "RU100000001VK"));
        String qr = label.document().barcode("qr").orElseThrow().data();
        assertEquals(
                Verdict.OK,
                first.dispatch().scan(qr, Optional.empty(), "dispatch").verdict());
        assertTrue(first.labelLog().verify().intact());
    }

    @Test
    void aParcelHasOneLiveLabelWhicheverBenchAsks() {
        second.labels().render(request("VK-1", "RU100000001VK"));
        ProblemException twice = org.junit.jupiter.api.Assertions.assertThrows(
                ProblemException.class, () -> first.labels().render(request("VK-1", "RU100000001VK")));
        assertEquals("label.alreadyIssued", twice.problem().key());
    }

    @Test
    void aTrackingNumberBelongsToOneOrderAcrossBenches() {
        first.labels().render(request("VK-1", "RU100000001VK"));
        ProblemException reused = org.junit.jupiter.api.Assertions.assertThrows(
                ProblemException.class, () -> second.labels().render(request("VK-2", "RU100000001VK")));
        assertTrue(
                reused.problem().english().contains("RU100000001VK"),
                reused.problem().english());
    }

    /**
     * Wrong PINs typed at two benches at once each take one of the five tries: the fifth locks the
     * account for both, and no try is counted twice or lost (a read-then-write per try, one writer at
     * a time on the server).
     */
    @Test
    void wrongPinsAtTwoBenchesEachCountOnce() throws Exception {
        first.access().addAccount("boss", org.packbench.access.Role.SUPERVISOR, "4711".toCharArray());
        List<String> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> tries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                for (Workbench bench : List.of(first, second)) {
                    tries.add(pool.submit(() -> {
                        try {
                            bench.access().verify("boss", "0000".toCharArray());
                            outcomes.add("signed in");
                        } catch (ProblemException e) {
                            outcomes.add(e.problem().key());
                        }
                    }));
                }
            }
            for (Future<?> f : tries) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8, outcomes.size());
        assertEquals(4, outcomes.stream().filter("access.wrongPin"::equals).count(), outcomes.toString());
        assertEquals(4, outcomes.stream().filter("access.locked"::equals).count(), outcomes.toString());
        ProblemException locked = org.junit.jupiter.api.Assertions.assertThrows(
                ProblemException.class, () -> second.access().verify("boss", "4711".toCharArray()));
        assertEquals("access.locked", locked.problem().key(), "the right PIN too, once locked");
    }

    /**
     * A job for a printer of the other bench waits for that bench: this bench's worker never
     * delivers it (on two computers it could not reach that printer), the other one's does.
     */
    @Test
    void eachBenchDeliversToItsOwnPrintersOnly() throws Exception {
        try (org.packbench.print.TestPrinter atFirst = org.packbench.print.TestPrinter.zpl();
                org.packbench.print.TestPrinter atSecond = org.packbench.print.TestPrinter.zpl()) {
            first.printers().add(atFirst.profile("zebra-1"));
            second.printers().add(atSecond.profile("zebra-2"));
            org.packbench.print.QueueWorker firstWorker = first.queueWorker();
            try {
                first.printing()
                        .print(new LabelPrinting.Request(
                                "zebra-2",
                                "PB-7-001",
                                "vk-product-58x40",
                                "VK-7",
                                "RU100000007VK",
                                Optional.empty(),
                                1));
                first.printing()
                        .print(new LabelPrinting.Request(
                                "zebra-1",
                                "PB-7-003",
                                "vk-product-58x40",
                                "VK-8",
                                "RU100000008VK",
                                Optional.empty(),
                                1));
                waitFor(() -> atFirst.labels().size() == 1);
                Thread.sleep(1500);
                assertEquals(0, atSecond.labels().size(), "the first bench left the second bench's job alone");
                org.packbench.print.QueueWorker secondWorker = second.queueWorker();
                try {
                    waitFor(() -> atSecond.labels().size() == 1);
                } finally {
                    secondWorker.close();
                }
            } finally {
                firstWorker.close();
            }
            assertEquals(1, atFirst.labels().size());
            assertTrue(
                    atSecond.labels().get(0).contains("VK-7"), atSecond.labels().get(0));
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 300 && !done.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(done.getAsBoolean(), "in time");
    }

    /** Both benches at once: every SSCC once, none skipped, and one unbroken hash chain for the warehouse. */
    @Test
    void benchesIssuingAtOnceShareOneSsccSequenceAndOneChain() throws Exception {
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> made = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                for (Workbench bench : List.of(first, second, first, second)) {
                    Callable<String> issue = () -> bench.logisticLabels()
                            .render(new LogisticLabelService.Request(
                                    "gs1-logistic-a6", Optional.of("(02)04607123000014(37)12"), LabelFormat.ZPL, 203))
                            .document()
                            .barcode("sscc-barcode")
                            .orElseThrow()
                            .data();
                    made.add(pool.submit(issue));
                }
            }
            Set<String> ssccs = new HashSet<>();
            for (Future<String> f : made) {
                assertTrue(ssccs.add(f.get()), "an SSCC given twice");
            }
            assertEquals(4 * each, ssccs.size());
            Set<Long> serials = new HashSet<>();
            for (String s : ssccs) {
                String digits = s.replaceAll("\\D", "");
                serials.add(Long.parseLong(digits.substring(digits.length() - 10, digits.length() - 1)));
            }
            for (long n = 1; n <= 4 * each; n++) {
                assertTrue(serials.contains(n), "serial " + n + " skipped");
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(first.labelLog().verify().intact());
        assertTrue(second.labelLog().verify().intact());
    }
}
