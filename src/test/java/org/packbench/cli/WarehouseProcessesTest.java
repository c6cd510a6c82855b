package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.DataLocation;
import org.packbench.app.Workbench;
import org.packbench.location.DatabaseAddress;
import org.packbench.print.TestPrinter;
import org.packbench.store.PostgresCluster;
import org.packbench.verify.dispatch.Verdict;

/**
 * Four bench processes on one PostgreSQL database, each issuing a batch to its own 127.0.0.1
 * printer, while a fifth bench scans what they print at dispatch: no SSCC, order or tracking number
 * twice, each label at its printer once, one chain that verifies. Then again with one bench killed
 * (-9) and the server restarted mid-run, each batch run again until it ends: nothing lost, nothing
 * doubled. {@code PACKBENCH_WAREHOUSE_ROWS} sets the rows per bench (the 2,500 in the
 * benchmark run; fewer by default, to keep the test run inside its budget on two cores).
 */
class WarehouseProcessesTest {
    private static final int BENCHES = 4;
    private static final int ROWS = Integer.parseInt(
            Optional.ofNullable(System.getenv("PACKBENCH_WAREHOUSE_ROWS")).orElse("120"));

    @TempDir
    Path dir;

    private PostgresCluster cluster;
    private String database;
    private String url;

    @BeforeEach
    void warehouse() {
        cluster = PostgresCluster.shared();
        database = cluster.newDatabase();
        url = cluster.url(database);
    }

    @Test
    void fourBenchesAtOnceAndADispatchBench() throws Exception {
        run(false);
    }

    @Test
    void aBenchKilledAndTheServerRestartedMidRunLoseAndDoubleNothing() throws Exception {
        run(true);
    }

    private void run(boolean trouble) throws Exception {
        List<TestPrinter> printers = new ArrayList<>();
        try {
            for (int b = 1; b <= BENCHES; b++) {
                printers.add(TestPrinter.zpl());
            }
            Map<String, String> first = env(1);
            ok(CliRun.withEnv(
                    first,
                    "catalog",
                    "import",
                    TestFiles.sampleFile(dir, "catalog.csv").toString(),
                    "--db",
                    url));
            CliRun.addDacsForBothClocks(first, url);
            ok(CliRun.withEnv(first, "config", "set", "gs1.company-prefix", "4607123", "--db", url));
            // The warehouse's key, given to every other bench as the deployment page says.
            Path key = keyOf(1);
            for (int b = 2; b <= BENCHES + 1; b++) {
                Files.createDirectories(keyOf(b).getParent());
                Files.copy(key, keyOf(b), StandardCopyOption.REPLACE_EXISTING);
            }
            // Each bench adds its own printer: the one its queue delivers to.
            for (int b = 1; b <= BENCHES; b++) {
                ok(CliRun.withEnv(
                        env(b),
                        "printer",
                        "add",
                        "zebra-" + b,
                        "--language",
                        "zpl",
                        "--dpi",
                        "203",
                        "--transport",
                        printers.get(b - 1).uri(),
                        "--db",
                        url));
            }
            List<Path> files = new ArrayList<>();
            for (int b = 1; b <= BENCHES; b++) {
                files.add(b % 2 == 1 ? parcels(b) : pallets(b));
            }

            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger dispatched = new AtomicInteger();
            List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread dispatch = new Thread(() -> dispatchBench(done, dispatched, wrong), "dispatch bench");
            dispatch.start();

            Process[] running = new Process[BENCHES];
            for (int b = 1; b <= BENCHES; b++) {
                running[b - 1] = batch(b, files.get(b - 1));
            }
            if (trouble) {
                Thread.sleep(4000);
                running[1].destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                cluster.restart();
            }
            for (int b = 1; b <= BENCHES; b++) {
                Process p = running[b - 1];
                for (int attempt = 0; ; attempt++) {
                    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "bench " + b + " ends");
                    if (p.exitValue() == 0) {
                        break;
                    }
                    String said = output(p);
                    assertTrue(trouble && attempt < 3, "bench " + b + " exit " + p.exitValue() + ": " + said);
                    p = batch(b, files.get(b - 1));
                }
            }
            done.set(true);
            dispatch.join(120_000);
            assertEquals(
                    List.of(),
                    wrong.subList(0, Math.min(5, wrong.size())),
                    wrong.size() + " dispatch verdicts other than OK");

            int total = BENCHES * ROWS;
            assertEquals(total, count("SELECT COUNT(*) FROM label WHERE status = 'issued'"));
            assertEquals(
                    BENCHES / 2 * ROWS, count("SELECT COUNT(DISTINCT order_no) FROM label WHERE order_no IS NOT NULL"));
            assertEquals(BENCHES / 2 * ROWS, count("SELECT COUNT(DISTINCT sscc) FROM label WHERE sscc <> ''"));
            assertEquals(BENCHES / 2 * ROWS, count("SELECT COUNT(*) FROM sscc"));
            assertEquals(
                    BENCHES / 2 * ROWS, count("SELECT MAX(next_serial) - 1 FROM sscc_counter"), "no serial skipped");
            for (int b = 1; b <= BENCHES; b++) {
                List<String> got = printers.get(b - 1).labels();
                assertEquals(ROWS, got.size(), "labels at zebra-" + b);
                assertEquals(ROWS, new HashSet<>(got).size(), "no label twice at zebra-" + b);
            }
            assertEquals(total, dispatched.get(), "every label dispatched at the fifth bench");
            ok(CliRun.withEnv(first, "log", "verify", "--db", url));
        } finally {
            for (TestPrinter p : printers) {
                p.close();
            }
        }
    }

    /**
     * The fifth bench: scans each parcel's tracking number and each pallet's SSCC once it is issued.
     * While the server is away it waits, and carries on where it was when the server is back.
     */
    private void dispatchBench(AtomicBoolean done, AtomicInteger dispatched, List<String> wrong) {
        DatabaseAddress.PostgresServer server = (DatabaseAddress.PostgresServer) DatabaseAddress.parse(url);
        Workbench bench = Workbench.open(
                server,
                cluster.password().toCharArray(),
                localFile(BENCHES + 1),
                Clock.systemUTC(),
                "bench-" + (BENCHES + 1));
        try {
            long seen = 0;
            int away = 0;
            List<String[]> fresh = new ArrayList<>();
            while (true) {
                boolean last = done.get();
                try {
                    if (fresh.isEmpty()) {
                        seen = issuedSince(seen, fresh);
                    }
                    while (!fresh.isEmpty()) {
                        String[] l = fresh.get(0);
                        // A scanner reads a pallet label's SSCC symbol as its element string, (00) and the 18 digits.
                        String data = l[0].isEmpty() ? "00" + l[1] : l[0];
                        Verdict v = bench.dispatch()
                                .scan(data, Optional.empty(), "dispatch")
                                .verdict();
                        if (v == Verdict.OK) {
                            dispatched.incrementAndGet();
                        } else {
                            wrong.add(data + " " + v);
                        }
                        fresh.remove(0);
                    }
                    away = 0;
                } catch (RuntimeException | java.sql.SQLException e) {
                    if (++away > 120) {
                        wrong.add("the dispatch bench gave up: " + e);
                        return;
                    }
                    Thread.sleep(500);
                    continue;
                }
                if (last) {
                    return;
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            bench.closeDatabase();
        }
    }

    private long issuedSince(long seen, List<String[]> into) throws java.sql.SQLException {
        long last = seen;
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, tracking, sscc FROM label WHERE status = 'issued' AND id > "
                        + seen + " ORDER BY id")) {
            while (rs.next()) {
                last = rs.getLong(1);
                into.add(new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        return last;
    }

    private Process batch(int bench, Path file) throws Exception {
        return PackbenchProcess.start(env(bench), "batch", file.toString(), "--printer", "zebra-" + bench, "--db", url);
    }

    /** What a batch said; nothing of one killed, whose output went with it. */
    private static String output(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes());
        } catch (java.io.IOException e) {
            return "(killed)";
        }
    }

    private Map<String, String> env(int bench) {
        Map<String, String> env = new HashMap<>(cluster.environment());
        env.put("XDG_DATA_HOME", dir.resolve("bench-" + bench).toString());
        env.put("PACKBENCH_BENCH", "bench-" + bench);
        return env;
    }

    private Path localFile(int bench) {
        return DataLocation.localFile(
                (DatabaseAddress.PostgresServer) DatabaseAddress.parse(url), env(bench), "Linux", "/nonexistent");
    }

    private Path keyOf(int bench) {
        Path local = localFile(bench);
        return local.resolveSibling(local.getFileName() + ".key");
    }

    private Path parcels(int bench) throws Exception {
        StringBuilder csv = new StringBuilder("sku,order,tracking\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(String.format("PB-7-%03d,W%d-%d,RU%d%08dVK%n", 1 + 2 * ((i - 1) % 20), bench, i, bench, i));
        }
        Path f = dir.resolve("bench-" + bench + ".csv");
        Files.writeString(f, csv.toString());
        return f;
    }

    private Path pallets(int bench) throws Exception {
        StringBuilder csv = new StringBuilder("content\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("(02)04607123000014(37)")
                    .append(i)
                    .append("(10)B")
                    .append(bench)
                    .append('\n');
        }
        Path f = dir.resolve("bench-" + bench + ".csv");
        Files.writeString(f, csv.toString());
        return f;
    }

    private Connection connect() throws java.sql.SQLException {
        Properties p = new Properties();
        p.setProperty("user", PostgresCluster.ROLE);
        p.setProperty("password", cluster.password());
        return DriverManager.getConnection(cluster.jdbcUrl(database), p);
    }

    private long count(String sql) throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void ok(CliRun run) {
        assertEquals(0, run.exit(), run.err() + run.out());
    }

    static Set<String> none() {
        return Set.of();
    }
}
