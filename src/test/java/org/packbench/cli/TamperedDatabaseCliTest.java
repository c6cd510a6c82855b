package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.access.PinHash;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogEvent;
import org.packbench.journal.LogFacts;

/**
 * Someone who holds the database file edits it with plain SQLite, as they would without PackBench:
 * cuts the log short, deletes all of it, rebuilds the chain with the hash the log used before the
 * bench key, makes a packer a supervisor, deletes every account. Each of these once passed
 * {@code log verify} or gave them a supervisor; each is now reported or refused.
 */
class TamperedDatabaseCliTest {
    private static final Map<String, String> BOSS_PIN = Map.of("PACKBENCH_PIN", "4711");
    private static final Clock NEXT_DAY = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private String db;
    private int labels;

    @BeforeEach
    void aBenchWithASupervisorAPackerAndFiveLabels() {
        db = dir.resolve("bench.db").toString();
        ok(run("catalog", "import", TestFiles.sampleFile(dir, "catalog.csv").toString()));
        ok(run("dac", "add", "DAC7Q2M9XK4P", "--issued", "2026-10-01"));
        ok(runWith(BOSS_PIN, "user", "add", "boss", "--role", "supervisor"));
        ok(runWith(Map.of("PACKBENCH_PIN", "4711"), "user", "add", "anna", "--role", "packer", "--user", "boss"));
        for (int i = 0; i < 5; i++) {
            ok(render(CliRun.CLOCK));
        }
        ok(run("log", "verify"));
    }

    private CliRun render(Clock clock) {
        labels++;
        return CliRun.with(
                clock,
                Map.of(),
                "label",
                "render",
                "--sku",
                "PB-7-001",
                "--template",
                "vk-product-58x40",
                "--order",
                "VK-" + labels,
                "--tracking",
                String.format("RU1%08dVK", labels),
                "--format",
                "zpl",
                "--out",
                dir.resolve("label-" + labels + ".zpl").toString(),
                "--db",
                db);
    }

    private CliRun run(String... args) {
        return runWith(Map.of(), args);
    }

    private CliRun runWith(Map<String, String> env, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        return CliRun.withEnv(env, all);
    }

    private static CliRun ok(CliRun r) {
        assertEquals(0, r.exit(), r.err() + r.out());
        return r;
    }

    private static CliRun refused(CliRun r, String says) {
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains(says), r.err());
        return r;
    }

    private void exportTheDay() {
        ok(runWith(
                BOSS_PIN,
                "log",
                "export",
                "--date",
                "2026-11-25",
                "--format",
                "csv",
                "--out",
                dir.resolve("handed-out").toString(),
                "--user",
                "boss"));
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    private Path keyFile() {
        return Path.of(db + ".key");
    }

    private Path anchorFile() {
        return Path.of(db + ".anchor");
    }

    // The label log

    @Test
    void deletingTheLastEntriesAfterAnExportIsReportedWithHowFarTheLogHadCome() throws Exception {
        exportTheDay();
        sql("DELETE FROM log_entry WHERE seq > 3");
        CliRun r = refused(
                run("log", "verify"), "the label log ends at entry 3, but on 2026-11-25 it had reached entry 5");
        assertFalse(r.err().contains("broken at"), "what is left is a sound chain; only the anchor shows the cut");
    }

    @Test
    void deletingEveryEntryIsReportedAsSuch() throws Exception {
        exportTheDay();
        sql("DELETE FROM log_entry");
        refused(run("log", "verify"), "every entry of the label log was deleted: on 2026-11-25 it had reached entry 5");
    }

    @Test
    void theFirstEntryOfADayAnchorsTheLogWithoutAnExport() throws Exception {
        ok(render(NEXT_DAY));
        ok(render(NEXT_DAY));
        sql("DELETE FROM log_entry WHERE seq > 5");
        refused(
                CliRun.with(NEXT_DAY, "log", "verify", "--db", db),
                "the label log ends at entry 5, but on 2026-11-26 it had reached entry 6");
    }

    @Test
    void aChainRebuiltWithTheOldUnkeyedHashNoLongerVerifies() throws Exception {
        exportTheDay();
        rebuildUnkeyed("PB-7-009");
        CliRun r = refused(run("log", "verify"), "the label log is broken at entry 1");
        assertTrue(r.err().contains("the hash was not made with this bench's key"), r.err());
        assertTrue(r.err().contains("entry 5 no longer has the hash anchored on 2026-11-25"), r.err());
        CliRun json = run("log", "verify", "--json");
        assertEquals(1, json.exit());
        assertTrue(json.out().contains("\"intact\" : false"), json.out());
        assertTrue(json.out().contains("\"finding\" : \"seal.log.head\""), json.out());
    }

    @Test
    void anEditedKeyedEntryIsNamedWithoutShowingTheSealItShouldCarry() throws Exception {
        sql("UPDATE log_entry SET sku = 'PB-7-009' WHERE seq = 2");
        CliRun r = refused(run("log", "verify"), "the label log is broken at entry 2");
        assertFalse(r.err().contains("expected"), "the right seal would let the editor write it in: " + r.err());
    }

    /** Every entry rehashed from the first, entry 2 given another SKU, as the log's chain was made before the key. */
    private void rebuildUnkeyed(String sku) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            String prev = LogEntry.GENESIS;
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = c.createStatement()
                    .executeQuery("SELECT seq, at, bench, user_name, event, label_id, "
                            + "printer, template, sku, marketplace, order_no, tracking, sscc, payload_sha256, checks, readback, "
                            + "copies, reason, verdict, scan_data FROM log_entry ORDER BY seq")) {
                while (rs.next()) {
                    LogFacts f = new LogFacts(
                            LogEvent.of(rs.getString(5)),
                            rs.getLong(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getLong(1) == 2 ? sku : rs.getString(9),
                            rs.getString(10),
                            rs.getString(11),
                            rs.getString(12),
                            rs.getString(13),
                            rs.getString(14),
                            rs.getString(15),
                            rs.getString(16),
                            rs.getInt(17),
                            rs.getString(18),
                            rs.getString(19),
                            rs.getString(20));
                    LogEntry e = LogEntry.next(
                            rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4), f, prev);
                    rows.add(new Object[] {e.facts().sku(), e.prevHash(), e.hash(), e.seq()});
                    prev = e.hash();
                }
            }
            try (PreparedStatement u =
                    c.prepareStatement("UPDATE log_entry SET sku = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        u.setObject(i + 1, row[i]);
                    }
                    u.executeUpdate();
                }
            }
            c.commit();
        }
    }

    // Accounts and roles

    @Test
    void aPackerMadeSupervisorInTheFileCannotSignInAtAll() throws Exception {
        sql("UPDATE account SET role = 'supervisor' WHERE name = 'anna'");
        refused(
                run("config", "set", "company.name", "ООО Другое", "--user", "anna"),
                "the account anna was changed outside PackBench");
        refused(run("log", "verify"), "the account anna was changed in the database file");
        CliRun list = ok(run("user", "list", "--json"));
        assertTrue(
                list.out()
                        .replaceAll("\\s", "")
                        .contains("\"name\":\"anna\",\"role\":\"supervisor\",\"pin\":false,"
                                + "\"locked_until\":null,\"sealed\":false"),
                list.out());
    }

    @Test
    void aPinHashSwappedForOneWhosePinIsKnownIsRefused() throws Exception {
        sql("UPDATE account SET pin_hash = '" + PinHash.of("0000".toCharArray()) + "' WHERE name = 'boss'");
        refused(
                runWith(Map.of("PACKBENCH_PIN", "0000"), "config", "set", "company.name", "X", "--user", "boss"),
                "the account boss was changed outside PackBench");
        refused(
                runWith(BOSS_PIN, "config", "set", "company.name", "X", "--user", "boss"),
                "the account boss was changed outside PackBench");
    }

    @Test
    void aSupervisorInsertedInTheFileWithAnotherRowsSealCannotSignIn() throws Exception {
        sql("INSERT INTO account (name, role, pin_hash, created_at, seal) SELECT 'eve', 'supervisor', '"
                + PinHash.of("1234".toCharArray()) + "', created_at, seal FROM account WHERE name = 'boss'");
        refused(
                runWith(Map.of("PACKBENCH_PIN", "1234"), "log", "show", "--date", "2026-11-25", "--user", "eve"),
                "the account eve was changed outside PackBench");
        refused(run("log", "verify"), "the account eve was changed in the database file");
    }

    // Setup mode

    @Test
    void deletingEveryAccountDoesNotBringBackSetupMode() throws Exception {
        sql("DELETE FROM account");
        refused(runWith(BOSS_PIN, "user", "add", "eve", "--role", "supervisor"), "no supervisor account is left");
        refused(run("config", "set", "company.name", "ООО Другое"), "no supervisor account is left");
        CliRun list = ok(run("user", "list"));
        assertFalse(list.err().contains("setup mode"), list.err());
        refused(run("log", "verify"), "no supervisor account is left, though this bench has had one");
        ok(render(CliRun.CLOCK));
    }

    @Test
    void theBenchsOwnUserRecoversASupervisorWhenNoneIsLeftButNotWhileOneIs() throws Exception {
        refused(runWith(Map.of("PACKBENCH_NEW_PIN", "2468"), "user", "recover", "eve"), "boss can still sign in");
        sql("DELETE FROM account");
        CliRun recovered = ok(runWith(Map.of("PACKBENCH_NEW_PIN", "2468"), "user", "recover", "boss"));
        assertTrue(recovered.out().contains("user boss is a supervisor again"), recovered.out());
        ok(runWith(Map.of("PACKBENCH_PIN", "2468"), "config", "set", "company.name", "ООО Ромашка", "--user", "boss"));
        ok(run("log", "verify"));
    }

    @Test
    void recoveringReplacesASupervisorRowChangedInTheFile() throws Exception {
        sql("UPDATE account SET pin_hash = '' WHERE name = 'boss'");
        ok(runWith(Map.of("PACKBENCH_NEW_PIN", "2468"), "user", "recover", "boss"));
        ok(runWith(Map.of("PACKBENCH_PIN", "2468"), "config", "set", "company.name", "X", "--user", "boss"));
    }

    @Test
    void deletingTheLogTheAccountsAndTheSealTogetherIsStillReportedFromTheAnchor() throws Exception {
        exportTheDay();
        sql("DELETE FROM log_entry", "DELETE FROM account", "DELETE FROM bench_seal");
        CliRun r = refused(run("log", "verify"), "every entry of the label log was deleted");
        assertTrue(r.err().contains("no supervisor account is left"), r.err());
        refused(runWith(BOSS_PIN, "user", "add", "eve", "--role", "supervisor"), "no supervisor account is left");
    }

    @Test
    void anOlderCopyOfTheSealPutBackWithTheAccountsDeletedIsOutvotedByTheAnchor() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        ok(CliRun.of(
                "catalog", "import", TestFiles.sampleFile(dir, "catalog.csv").toString(), "--db", fresh.toString()));
        Map<String, Object> before = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fresh);
                ResultSet rs = c.createStatement().executeQuery("SELECT * FROM bench_seal")) {
            rs.next();
            for (String column : List.of("legacy_seq", "legacy_hash", "supervisor_seen", "sealed_at", "seal")) {
                before.put(column, rs.getObject(column));
            }
        }
        ok(CliRun.withEnv(BOSS_PIN, "user", "add", "boss", "--role", "supervisor", "--db", fresh.toString()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fresh);
                PreparedStatement p = c.prepareStatement(
                        "UPDATE bench_seal SET legacy_seq = ?, legacy_hash = ?, supervisor_seen = ?, sealed_at = ?, seal = ?")) {
            c.createStatement().executeUpdate("DELETE FROM account");
            int i = 1;
            for (String column : List.of("legacy_seq", "legacy_hash", "supervisor_seen", "sealed_at", "seal")) {
                p.setObject(i++, before.get(column));
            }
            assertEquals(1, p.executeUpdate());
        }
        CliRun r = CliRun.withEnv(
                Map.of("PACKBENCH_PIN", "1234"),
                "user",
                "add",
                "eve",
                "--role",
                "supervisor",
                "--db",
                fresh.toString());
        refused(r, "no supervisor account is left");
    }

    // The seal itself

    @Test
    void aSealRowEditedInTheFileStopsTheBench() throws Exception {
        sql("UPDATE bench_seal SET supervisor_seen = 0");
        refused(run("log", "verify"), "does not hold under the bench key");
        refused(run("catalog", "list"), "does not hold under the bench key");
    }

    @Test
    void aSealRowDeletedFromADatabaseThatHasEntriesStopsTheBench() throws Exception {
        sql("DELETE FROM bench_seal");
        refused(run("log", "verify"), "has lost its seal");
        assertTrue(Files.exists(keyFile()));
    }

    @Test
    void aMissingKeyIsSaidAndNoNewOneIsMadeToVouchForTheFile() throws Exception {
        Files.delete(keyFile());
        refused(run("log", "verify"), "the bench key " + keyFile() + " is missing");
        refused(render(CliRun.CLOCK), "is missing");
        assertFalse(Files.exists(keyFile()), "no new key was made");
    }

    @Test
    void anAnchorEditedByHandIsReported() throws Exception {
        exportTheDay();
        String text = Files.readString(anchorFile());
        assertTrue(text.contains("\nseq=5\n"), text);
        Files.writeString(anchorFile(), text.replace("\nseq=5\n", "\nseq=2\n"));
        refused(run("log", "verify"), "the anchor bench.db.anchor is not one this bench sealed");
    }

    @Test
    void aMissingAnchorIsReportedUntilTheNextExportOrEntryWritesItAgain() throws Exception {
        Files.delete(anchorFile());
        refused(run("log", "verify"), "the anchor bench.db.anchor is missing");
        exportTheDay();
        ok(run("log", "verify"));
    }

    @Test
    void theKeyAndTheAnchorAreTheOwnersOnlyAndTheKeyIsNeverShown() throws Exception {
        exportTheDay();
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(anchorFile())));
        String key = Files.readString(keyFile()).strip();
        String shown = ok(run("log", "verify", "--json")).out()
                + ok(run("user", "list", "--json")).out()
                + Files.readString(anchorFile());
        try (Stream<Path> exported = Files.list(dir.resolve("handed-out"))) {
            for (Path p : exported.toList()) {
                shown += new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            }
        }
        assertFalse(shown.contains(key), "the key is in no output, export or anchor");
    }

    @Test
    void aKeyOthersCanReadIsRefusedRatherThanUsed() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        Files.setPosixFilePermissions(keyFile(), PosixFilePermissions.fromString("rw-r--r--"));
        refused(run("log", "verify"), "can be read by other users (rw-r--r--)");
    }

    @Test
    void noOutputIsWrittenOverTheKeyOrTheAnchor() {
        for (Path p : List.of(keyFile(), anchorFile())) {
            CliRun r = CliRun.of(
                    "label",
                    "render",
                    "--sku",
                    "PB-7-001",
                    "--template",
                    "vk-product-58x40",
                    "--order",
                    "VK-99",
                    "--tracking",
                    "RU199999999VK",
                    "--format",
                    "zpl",
                    "--out",
                    p.toString(),
                    "--db",
                    db);
            refused(r, "will not write " + p);
        }
        ok(run("log", "verify"));
    }
}
