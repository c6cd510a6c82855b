package org.packbench.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.app.BenchSeal;
import org.packbench.i18n.ProblemException;
import org.packbench.store.Database;
import org.packbench.store.EngineUnderTest;
import org.packbench.store.SqliteAccounts;

/** The roles, on accounts kept in a real database: a bench's SQLite file or a warehouse's server. */
class AccessControlTest {
    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private EngineUnderTest.Place place;
    private AccessControl access;
    private SqliteAccounts accounts;

    private void open(EngineUnderTest engine) {
        place = engine.place(dir, "bench");
        Database db = place.open();
        accounts = new SqliteAccounts(db, clock);
        access = new AccessControl(
                accounts, BenchSeal.open(db, clock), clock, Duration.ofMinutes(5), Actor.unnamed("os-user"));
    }

    @AfterEach
    void close() throws Exception {
        if (place != null) {
            place.close();
        }
    }

    /** Another AccessControl on the same database, with its own connection, as another process has. */
    private AccessControl otherProcess(Clock c, Duration timeout, Actor unnamed) {
        Database db = place.open();
        return new AccessControl(new SqliteAccounts(db, c), BenchSeal.open(db, c), c, timeout, unnamed);
    }

    private static char[] pin(String s) {
        return s.toCharArray();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void untilTheFirstSupervisorExistsEverythingIsAllowed(EngineUnderTest engine) {
        open(engine);
        assertTrue(access.setupMode());
        for (Right r : Right.values()) {
            assertDoesNotThrow(() -> access.require(r));
        }
        access.addAccount("Анна", Role.PACKER, null);
        assertTrue(access.setupMode(), "a packer account does not end setup mode");
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        assertFalse(access.setupMode());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aPackerPrintsAndScansButCannotEditVoidOrExport(EngineUnderTest engine) {
        open(engine);
        access.addAccount("Анна", Role.PACKER, null);
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        access.signIn("Анна", null);
        access.require(Right.PRINT);
        access.require(Right.SCAN);
        for (Right r : new Right[] {
            Right.EDIT_CATALOG,
            Right.EDIT_DACS,
            Right.EDIT_PRINTERS,
            Right.EDIT_SETTINGS,
            Right.VOID_LABELS,
            Right.VIEW_LOG,
            Right.EXPORT_LOG,
            Right.MANAGE_USERS
        }) {
            ProblemException e = assertThrows(ProblemException.class, () -> access.require(r));
            assertEquals("access.supervisorOnly", e.problem().key());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void someoneNotSignedInIsRefusedWhatNeedsASupervisor(EngineUnderTest engine) {
        open(engine);
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        assertEquals("os-user", access.current().name());
        assertThrows(ProblemException.class, () -> access.require(Right.EXPORT_LOG));
        assertDoesNotThrow(() -> access.require(Right.PRINT));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aSupervisorSignedInOnTopOfAPackerMayEverythingUntilTheSessionTimesOut(EngineUnderTest engine) {
        open(engine);
        access.addAccount("Анна", Role.PACKER, null);
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        access.signIn("Анна", null);
        access.signIn("boss", pin("4711"));
        access.require(Right.EXPORT_LOG);
        clock.advance(Duration.ofMinutes(4));
        access.require(Right.EDIT_CATALOG);
        clock.advance(Duration.ofMinutes(4));
        access.require(Right.VOID_LABELS);
        assertEquals("boss", access.current().name(), "each supervisor action restarts the timeout");
        clock.advance(Duration.ofMinutes(5));
        ProblemException e = assertThrows(ProblemException.class, () -> access.require(Right.EXPORT_LOG));
        assertEquals("access.lapsed", e.problem().key());
        assertEquals("Анна", access.current().name(), "the bench is the packer's again");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void fiveWrongPinsLockTheAccountEvenAgainstTheRightPin(EngineUnderTest engine) {
        open(engine);
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        for (int i = 1; i < AccessControl.MAX_FAILURES; i++) {
            ProblemException e = assertThrows(ProblemException.class, () -> access.signIn("boss", pin("0000")));
            assertEquals("access.wrongPin", e.problem().key());
        }
        ProblemException last = assertThrows(ProblemException.class, () -> access.signIn("boss", pin("0000")));
        assertEquals("access.locked", last.problem().key());
        ProblemException locked = assertThrows(ProblemException.class, () -> access.signIn("boss", pin("4711")));
        assertEquals("access.locked", locked.problem().key());
        clock.advance(AccessControl.LOCKOUT);
        assertEquals("boss", access.signIn("boss", pin("4711")).name());
        assertEquals(0, accounts.find("boss").get().failures());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void failuresCountAcrossProcessesBecauseTheyAreKeptInTheDatabase(EngineUnderTest engine) {
        open(engine);
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        assertThrows(ProblemException.class, () -> access.signIn("boss", pin("1111")));
        AccessControl other = otherProcess(clock, Duration.ofMinutes(5), Actor.unnamed("x"));
        assertThrows(ProblemException.class, () -> other.signIn("boss", pin("2222")));
        assertEquals(2, accounts.find("boss").get().failures());
    }

    /** Each of {@code pins} tried at once, each on its own thread through {@code checkers}[i % n]; the keys of the outcomes. */
    private static java.util.List<String> atOnce(java.util.List<AccessControl> checkers, java.util.List<String> pins)
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(pins.size());
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < pins.size(); i++) {
                AccessControl checker = checkers.get(i % checkers.size());
                String pin = pins.get(i);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        checker.verify("boss", pin.toCharArray());
                        return "signed in";
                    } catch (ProblemException e) {
                        return e.problem().key();
                    }
                }));
            }
            start.countDown();
            java.util.List<String> keys = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> f : outcomes) {
                keys.add(f.get());
            }
            return keys;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(java.util.List<String> outcomes, String key) {
        return outcomes.stream().filter(key::equals).count();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void fifteenWrongPinsAtOnceLockTheAccountAndOnlyFiveAreRead(EngineUnderTest engine) throws Exception {
        open(engine);
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        java.util.List<String> outcomes = atOnce(java.util.List.of(access), java.util.Collections.nCopies(15, "0000"));
        assertEquals(AccessControl.MAX_FAILURES - 1, count(outcomes, "access.wrongPin"), outcomes.toString());
        assertEquals(15 - (AccessControl.MAX_FAILURES - 1), count(outcomes, "access.locked"), outcomes.toString());
        assertTrue(accounts.find("boss").get().lockedAt(clock.instant()), "the account is locked");
        ProblemException right = assertThrows(ProblemException.class, () -> access.signIn("boss", pin("4711")));
        assertEquals("access.locked", right.problem().key());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void fiftyNineWrongPinsAtOnceThenTheRightOneIsLockedOut(EngineUnderTest engine) throws Exception {
        open(engine);
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        atOnce(java.util.List.of(access), java.util.Collections.nCopies(59, "1234"));
        ProblemException right = assertThrows(ProblemException.class, () -> access.signIn("boss", pin("4711")));
        assertEquals("access.locked", right.problem().key());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theRightPinAmongFiftyNineWrongOnesGetsNoMoreGuessesThrough(EngineUnderTest engine) throws Exception {
        open(engine);
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        java.util.List<String> pins = new java.util.ArrayList<>(java.util.Collections.nCopies(59, "1234"));
        pins.add(30, "4711");
        java.util.List<String> outcomes = atOnce(java.util.List.of(access), pins);
        // The right PIN counts as one of five; if it came early, it cleared the count once, no more.
        assertTrue(count(outcomes, "access.wrongPin") <= 2 * (AccessControl.MAX_FAILURES - 1), outcomes.toString());
        assertTrue(count(outcomes, "signed in") <= 1);
        assertTrue(
                accounts.find("boss").get().lockedAt(clock.instant()), "59 wrong PINs end locked whatever the order");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void attemptsThroughTwoConnectionsToOneDatabaseShareTheCount(EngineUnderTest engine) throws Exception {
        open(engine);
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        AccessControl otherProcess = otherProcess(clock, Duration.ofMinutes(5), Actor.unnamed("cli"));
        java.util.List<String> outcomes =
                atOnce(java.util.List.of(access, otherProcess), java.util.Collections.nCopies(20, "9999"));
        assertEquals(AccessControl.MAX_FAILURES - 1, count(outcomes, "access.wrongPin"), outcomes.toString());
        assertTrue(accounts.find("boss").get().lockedAt(clock.instant()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void attemptsFromTwoProcessesOnOneDatabaseShareTheCount(EngineUnderTest engine) throws Exception {
        open(engine);
        AccessControl setup = otherProcess(Clock.systemUTC(), Duration.ofMinutes(5), Actor.unnamed("setup"));
        setup.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        Path go = dir.resolve("go");
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        java.util.List<Process> processes = new java.util.ArrayList<>();
        for (int p = 0; p < 2; p++) {
            ProcessBuilder command = new ProcessBuilder(
                            javaCommand,
                            "-cp",
                            System.getProperty("java.class.path"),
                            PinAttempts.class.getName(),
                            place.dbOption(),
                            go.toString(),
                            "8",
                            "0000")
                    // What the libraries log (the server's pool says it starts) is not an outcome.
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            command.environment().putAll(place.environment());
            processes.add(command.start());
        }
        java.util.List<java.io.BufferedReader> outputs = new java.util.ArrayList<>();
        for (Process p : processes) {
            java.io.BufferedReader out = p.inputReader();
            assertEquals("ready", out.readLine(), "the process opened the database");
            outputs.add(out);
        }
        java.nio.file.Files.createFile(go);
        java.util.List<String> outcomes = new java.util.ArrayList<>();
        for (int p = 0; p < processes.size(); p++) {
            outcomes.addAll(outputs.get(p).lines().toList());
            assertEquals(0, processes.get(p).waitFor(), outcomes.toString());
        }
        assertEquals(16, outcomes.size(), outcomes.toString());
        assertEquals(AccessControl.MAX_FAILURES - 1, count(outcomes, "access.wrongPin"), outcomes.toString());
        assertEquals(16 - (AccessControl.MAX_FAILURES - 1), count(outcomes, "access.locked"), outcomes.toString());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theRightPinClearsTheCount(EngineUnderTest engine) {
        open(engine);
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        assertThrows(ProblemException.class, () -> access.verify("boss", pin("0000")));
        assertThrows(ProblemException.class, () -> access.verify("boss", pin("0001")));
        assertEquals(2, accounts.find("boss").get().failures());
        access.verify("boss", pin("4711"));
        assertEquals(0, accounts.find("boss").get().failures());
        assertTrue(accounts.find("boss").get().lockedUntil().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aPinIsKeptSaltedAndHashedNeverAsItself(EngineUnderTest engine) {
        open(engine);
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        access.signIn("boss", pin("4711"));
        access.addAccount("chief", Role.SUPERVISOR, pin("4711"));
        String a = accounts.find("boss").get().pinHash();
        String b = accounts.find("chief").get().pinHash();
        assertTrue(a.startsWith("pbkdf2-sha256$" + PinHash.ITERATIONS + "$"), a);
        assertFalse(a.contains("4711"));
        assertNotEquals(a, b, "the same PIN hashes apart under different salts");
        assertTrue(PinHash.matches(a, pin("4711")));
        assertFalse(PinHash.matches(a, pin("4712")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aSupervisorMustHaveAPinAndNamesAreChecked(EngineUnderTest engine) {
        open(engine);
        assertEquals(
                "access.supervisorPin",
                assertThrows(ProblemException.class, () -> access.addAccount("boss", Role.SUPERVISOR, null))
                        .problem()
                        .key());
        assertEquals(
                "access.pinLength",
                assertThrows(ProblemException.class, () -> access.addAccount("boss", Role.SUPERVISOR, pin("12")))
                        .problem()
                        .key());
        assertEquals(
                "access.name",
                assertThrows(ProblemException.class, () -> access.addAccount("a b", Role.PACKER, null))
                        .problem()
                        .key());
        access.addAccount("boss", Role.SUPERVISOR, pin("4711"));
        access.signIn("boss", pin("4711"));
        assertEquals(
                "access.exists",
                assertThrows(ProblemException.class, () -> access.addAccount("boss", Role.PACKER, null))
                        .problem()
                        .key());
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
