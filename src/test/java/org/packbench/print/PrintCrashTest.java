package org.packbench.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;

/**
 * A batch of 1,000 labels delivered by a separate PackBench process ({@code queue retry --all})
 * that is killed with SIGKILL at random points five times and started again each time. At the
 * end the printer must have printed every label exactly once: none lost with the process, none
 * printed twice by the next one.
 */
class PrintCrashTest {
    private static final int LABELS = 1000;
    private static final int KILLS = 5;
    private static final long COUNTER_START = 50_000;
    private static final Pattern NUMBER = Pattern.compile("\\^FDJOB (\\d{4})\\^FS");

    @TempDir
    Path tmp;

    @Test
    void killedWhileSendingNoLabelIsLostAndNoneIsPrintedTwice() throws Exception {
        // A SIGKILL loses no page cache, so fsync speed is not what this tests: tmpfs keeps it fast.
        Path dir = Files.isDirectory(Path.of("/dev/shm"))
                ? Files.createTempDirectory(Path.of("/dev/shm"), "pb-crash")
                : tmp;
        Path db = dir.resolve("crash.db");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Process> started = new ArrayList<>();
        try (TestPrinter printer = new TestPrinter(TestPrinter.Language.ZPL, COUNTER_START)) {
            Workbench bench = Workbench.open(db, Clock.systemUTC());
            bench.printers()
                    .add(new PrinterProfile(
                            "crash",
                            PrinterLanguage.ZPL,
                            203,
                            Optional.empty(),
                            BigDecimal.ZERO,
                            BigDecimal.ZERO,
                            OptionalInt.empty(),
                            OptionalInt.empty(),
                            TransportUri.parse(printer.uri())));
            List<PrintQueue.Item> batch = new ArrayList<>();
            for (int n = 1; n <= LABELS; n++) {
                batch.add(new PrintQueue.Item(
                        OptionalLong.empty(),
                        1,
                        String.format("^XA^FO20,20^A0N,30,30^FDJOB %04d^FS^XZ\n", n)
                                .getBytes(StandardCharsets.US_ASCII)));
            }
            Map<Long, Integer> numberOf = new HashMap<>();
            List<PrintJob> queued = bench.printQueue().enqueueAll("crash", batch);
            for (int i = 0; i < queued.size(); i++) {
                numberOf.put(queued.get(i).id(), i + 1);
            }

            int killedMidJob = 0;
            for (int kill = 0; kill < KILLS; kill++) {
                Process p = deliverer(db, dir, kill, started);
                int target = printer.labels().size() + 20 + random.nextInt(150);
                QueueBench.await("printing under way", () -> printer.labels().size() >= target || !p.isAlive());
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
                if (!bench.printQueue().list(false).stream()
                        .filter(j -> j.status() == JobStatus.SENDING)
                        .toList()
                        .isEmpty()) {
                    killedMidJob++;
                }
            }
            Process last = deliverer(db, dir, KILLS, started);
            assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the last run finishes");

            // Anything left in doubt is settled as the packer would: look at what the printer printed.
            for (PrintJob j : bench.printQueue().list(false)) {
                assertTrue(j.status() == JobStatus.UNKNOWN || j.status() == JobStatus.QUEUED, j.toString());
                if (!printed(printer).containsKey(numberOf.get(j.id()))) {
                    assertEquals(
                            JobStatus.SENT,
                            bench.deliverNow().jobs(List.of(j.id())).get(0).status());
                }
            }

            Map<Integer, Integer> times = printed(printer);
            List<Integer> doubled = times.entrySet().stream()
                    .filter(e -> e.getValue() > 1)
                    .map(Map.Entry::getKey)
                    .toList();
            List<Integer> lost = new ArrayList<>();
            for (int n = 1; n <= LABELS; n++) {
                if (!times.containsKey(n)) {
                    lost.add(n);
                }
            }
            List<PrintJob> all = bench.printQueue().list(true);
            long printedBeforeKill = all.stream()
                    .filter(j -> j.lastError().contains("but it printed"))
                    .count();
            long sentAgain = all.stream().filter(j -> j.attempts() > 1).count();
            String story = "seed " + seed + "; kills that left a job in sending: " + killedMidJob
                    + "; settled by the counter as printed: " + printedBeforeKill + ", as not printed and sent again: "
                    + sentAgain;
            System.out.println("PrintCrashTest: " + story);
            assertEquals(List.of(), doubled, "printed twice; " + story);
            assertEquals(List.of(), lost, "never printed; " + story);
            assertEquals(COUNTER_START + LABELS, printer.counter());
            assertTrue(bench.printQueue().list(true).stream().allMatch(j -> j.status() == JobStatus.SENT));
        } finally {
            started.forEach(Process::destroyForcibly);
            for (Process p : started) {
                p.waitFor(30, TimeUnit.SECONDS);
            }
            if (!dir.equals(tmp)) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    /** {@code packbench queue retry --all} in its own JVM, as a packer or a script would run it. */
    private static Process deliverer(Path db, Path dir, int run, List<Process> started) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                "org.packbench.Main",
                "queue",
                "retry",
                "--all",
                "--db",
                db.toString(),
                "--lang",
                "en");
        pb.redirectOutput(dir.resolve("run-" + run + ".out").toFile());
        pb.redirectError(dir.resolve("run-" + run + ".err").toFile());
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static Map<Integer, Integer> printed(TestPrinter printer) {
        Map<Integer, Integer> times = new HashMap<>();
        for (String label : printer.labels()) {
            Matcher m = NUMBER.matcher(label);
            assertTrue(m.find(), label);
            times.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        return times;
    }
}
