package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.gs1.CheckDigit;
import org.packbench.gs1.Sscc;
import org.packbench.i18n.ProblemException;

/**
 * An SSCC is never given twice and never skipped: across threads, connections, processes and
 * restarts, on a bench's SQLite file and on a warehouse's server.
 */
class SsccAllocationTest {
    @TempDir
    Path dir;

    private EngineUnderTest.Place place;

    @AfterEach
    void close() throws Exception {
        place.close();
    }

    private SqliteSsccAllocator allocator(EngineUnderTest.Place place) {
        Database db = place.open();
        new SqliteSettings(db).set(SqliteSsccAllocator.PREFIX_SETTING, "4607123");
        return new SqliteSsccAllocator(db, Clock.systemUTC());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void twoThreadsOnTwoConnectionsNeverShareANumberAndLeaveNoGap(EngineUnderTest engine) throws Exception {
        place = engine.place(dir, "threads");
        allocator(place);
        SqliteSsccAllocator a = new SqliteSsccAllocator(place.open(), Clock.systemUTC());
        SqliteSsccAllocator b = new SqliteSsccAllocator(place.open(), Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<List<Sscc>>> work = new ArrayList<>();
        for (SqliteSsccAllocator each : List.of(a, b)) {
            work.add(() -> {
                List<Sscc> got = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    got.addAll(each.allocate(1, "test"));
                }
                return got;
            });
        }
        List<Sscc> all = new ArrayList<>();
        for (Future<List<Sscc>> f : pool.invokeAll(work)) {
            all.addAll(f.get());
        }
        pool.shutdown();
        assertSerialsAreOneToN(all, 200);
    }

    /** The serial of an SSCC with extension digit 0 under {@code prefix}: the digits before its check digit. */
    private static long serialOf(Sscc sscc, String prefix) {
        return Long.parseLong(sscc.digits().substring(1 + prefix.length(), 17));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theLastSerialOfAPrefixIsGivenOnceAndThenEveryRequestIsRefusedWithoutUsingANumber(EngineUnderTest engine)
            throws Exception {
        place = engine.place(dir, "exhausted");
        Database db = place.open();
        // A twelve-digit company prefix leaves four digits of serial: 1 to 9999.
        String prefix = "460712300001";
        new SqliteSettings(db).set(SqliteSsccAllocator.PREFIX_SETTING, prefix);
        SqliteSsccAllocator allocator = new SqliteSsccAllocator(db, Clock.systemUTC());
        assertEquals(9999, Sscc.maxSerial(prefix));
        try (var c = place.connect();
                var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO sscc_counter (company_prefix, extension, next_serial) VALUES ('" + prefix
                    + "', 0, 9998)");
        }
        assertEquals(
                List.of(9998L, 9999L),
                allocator.allocate(2, "test").stream()
                        .map(n -> serialOf(n, prefix))
                        .toList());
        for (int attempt = 0; attempt < 2; attempt++) {
            ProblemException refused = assertThrows(ProblemException.class, () -> allocator.allocate(1, "test"));
            assertEquals("sscc.exhausted", refused.problem().key());
        }
        // Three at once when one is left: none of them, not the one that was left either.
        try (var c = place.connect();
                var s = c.createStatement()) {
            s.executeUpdate("UPDATE sscc_counter SET next_serial = 9999 WHERE company_prefix = '" + prefix + "'");
            s.executeUpdate("DELETE FROM sscc WHERE sscc LIKE '0" + prefix + "9999%'");
        }
        assertThrows(ProblemException.class, () -> allocator.allocate(3, "test"));
        try (var c = place.connect();
                var s = c.createStatement();
                var rs = s.executeQuery(
                        "SELECT next_serial FROM sscc_counter WHERE company_prefix = '" + prefix + "'")) {
            rs.next();
            assertEquals(9999, rs.getLong(1), "a refused allocation moves the counter nowhere");
        }
        assertEquals(
                List.of(9999L),
                allocator.allocate(1, "test").stream()
                        .map(n -> serialOf(n, prefix))
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aRestartContinuesWhereTheLastRunStopped(EngineUnderTest engine) {
        place = engine.place(dir, "restart");
        List<Sscc> first = allocator(place).allocate(3, "test");
        List<Sscc> after = new SqliteSsccAllocator(place.open(), Clock.systemUTC()).allocate(2, "test");
        List<Sscc> all = new ArrayList<>(first);
        all.addAll(after);
        assertSerialsAreOneToN(all, 5);
        assertEquals("046071230000000014", first.get(0).digits());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aRolledBackAllocationGivesItsNumberToTheNextOne(EngineUnderTest engine) {
        place = engine.place(dir, "rollback");
        SqliteSsccAllocator allocator = allocator(place);
        Database db = place.open();
        assertThrows(
                IllegalStateException.class,
                () -> db.inTransaction(c -> {
                    allocator.next(c, "label", null);
                    throw new IllegalStateException("the label failed to render");
                }));
        assertEquals(1L, serial(allocator.allocate(1, "test").get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void withoutACompanyPrefixAllocationIsRefusedWithTheCommandToRun(EngineUnderTest engine) {
        place = engine.place(dir, "none");
        SqliteSsccAllocator none = new SqliteSsccAllocator(place.open(), Clock.systemUTC());
        ProblemException e = assertThrows(ProblemException.class, () -> none.allocate(1, "test"));
        assertTrue(e.getMessage().contains("config set gs1.company-prefix"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void twoProcessesAllocatingAThousandGetAThousandDistinctValidNumbers(EngineUnderTest engine) throws Exception {
        place = engine.place(dir, "processes");
        allocator(place);
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        Path cliOut = dir.resolve("cli.txt");
        Path workerOut = dir.resolve("worker.txt");
        // One process is the real CLI taking 500 in one transaction; the other takes 500 one
        // transaction at a time, so the two interleave on the database lock.
        ProcessBuilder cliCommand = new ProcessBuilder(
                        javaBin,
                        "-cp",
                        classPath,
                        "org.packbench.Main",
                        "sscc",
                        "next",
                        "--count",
                        "500",
                        "--db",
                        place.dbOption())
                .redirectOutput(cliOut.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        cliCommand.environment().putAll(place.environment());
        ProcessBuilder workerCommand = new ProcessBuilder(
                        javaBin, "-cp", classPath, Worker.class.getName(), place.dbOption(), "500")
                .redirectOutput(workerOut.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        workerCommand.environment().putAll(place.environment());
        Process cli = cliCommand.start();
        Process worker = workerCommand.start();
        assertEquals(0, cli.waitFor());
        assertEquals(0, worker.waitFor());
        List<Sscc> all = new ArrayList<>();
        for (Path out : List.of(cliOut, workerOut)) {
            for (String line : java.nio.file.Files.readAllLines(out)) {
                all.add(Sscc.parse(line.strip()));
            }
        }
        assertSerialsAreOneToN(all, 1000);
    }

    /** Run in a separate JVM: allocates N numbers one transaction at a time and prints them; {@code DB N}. */
    public static final class Worker {
        public static void main(String[] args) {
            SqliteSsccAllocator a =
                    new SqliteSsccAllocator(EngineUnderTest.openAsCommandLine(args[0]), Clock.systemUTC());
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                System.out.println(a.allocate(1, "worker").get(0).digits());
            }
        }
    }

    private static long serial(Sscc s) {
        return Long.parseLong(s.digits().substring(8, 17));
    }

    private static void assertSerialsAreOneToN(List<Sscc> all, int n) {
        Set<String> distinct = new HashSet<>();
        List<Long> serials = new ArrayList<>();
        for (Sscc s : all) {
            assertTrue(distinct.add(s.digits()), "given twice: " + s);
            assertTrue(CheckDigit.isValid(s.digits()), "check digit of " + s);
            serials.add(serial(s));
        }
        Collections.sort(serials);
        assertEquals(n, serials.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i + 1, serials.get(i), "no serial skipped");
        }
    }
}
