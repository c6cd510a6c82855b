package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.packbench.TestFiles;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogEvent;
import org.packbench.journal.LogFacts;
import org.packbench.print.TestPrinter;
import org.packbench.report.ExportedLog;
import org.packbench.report.LogExportReader;

/**
 * The supervisor's commands as a script runs them: a day's log in three formats, a chain that shows
 * any edit made straight in the SQLite file, and roles that keep a packer from exporting or editing.
 */
class SupervisorCliTest {
    private static final Map<String, String> BOSS_PIN = Map.of("PACKBENCH_PIN", "4711");

    @TempDir
    Path dir;

    private String db;
    private TestPrinter printer;

    @BeforeEach
    void aDayOfWork() throws Exception {
        db = dir.resolve("bench.db").toString();
        printer = TestPrinter.zpl();
        ok(run("config", "set", "company.name", "ООО «Ромашка»"));
        ok(run("catalog", "import", TestFiles.sampleFile(dir, "catalog.csv").toString()));
        ok(run("dac", "add", "DAC7Q2M9XK4P", "--issued", "2026-10-01"));
        ok(run("printer", "add", "zebra", "--language", "zpl", "--dpi", "203", "--transport", printer.uri()));
        for (int i = 1; i <= 3; i++) {
            // PB-7-001, -003, -005: VK products, on the VK template (an Ozon product gets no VK label).
            ok(run(
                    "print",
                    "--printer",
                    "zebra",
                    "--sku",
                    "PB-7-00" + (2 * i - 1),
                    "--template",
                    "vk-product-58x40",
                    "--order",
                    "VK-" + i,
                    "--tracking",
                    "RU10000000" + i + "VK",
                    "--wait"));
        }
        ok(run("queue", "reprint", "1", "--reason", "этикетка смялась", "--wait"));
        ok(run("label", "void", "L00000002", "--reason", "заказ отменён"));
        run("verify", "scan", "RU100000001VK", "--lane", "vk");
    }

    @AfterEach
    void stop() throws Exception {
        printer.close();
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

    private List<String> events() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = sqlite();
                ResultSet rs = c.createStatement().executeQuery("SELECT event FROM log_entry ORDER BY seq")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private Connection sqlite() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    @Test
    void everyRenderPrintReprintVoidAndScanIsLoggedWithWhoWhereAndWhat() throws Exception {
        assertEquals(
                List.of(
                        "rendered",
                        "printed",
                        "rendered",
                        "printed",
                        "rendered",
                        "printed",
                        "reprinted",
                        "voided",
                        "scanned"),
                events());
        try (Connection c = sqlite();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT user_name, bench, printer, template, sku, order_no, tracking, reason, copies, payload_sha256, checks "
                                        + "FROM log_entry WHERE event = 'reprinted'")) {
            assertTrue(rs.next());
            assertEquals(System.getProperty("user.name"), rs.getString(1));
            assertFalse(rs.getString(2).isBlank());
            assertEquals("zebra", rs.getString(3));
            assertEquals("vk-product-58x40", rs.getString(4));
            assertEquals("PB-7-001", rs.getString(5));
            assertEquals("VK-1", rs.getString(6));
            assertEquals("RU100000001VK", rs.getString(7));
            assertEquals("этикетка смялась", rs.getString(8));
            assertEquals(1, rs.getInt(9));
            assertEquals(64, rs.getString(10).length());
            assertFalse(rs.getString(11).isBlank());
        }
        try (Connection c = sqlite();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT verdict, scan_data, sku FROM log_entry WHERE event = 'scanned'")) {
            assertTrue(rs.next());
            assertEquals("ok", rs.getString(1));
            assertEquals("RU100000001VK", rs.getString(2));
            assertEquals("PB-7-001", rs.getString(3));
        }
    }

    @Test
    void aDaysLogExportsToAllThreeFormatsNamedCompanyDocTypeDateAndReadsBackTheSame() throws Exception {
        Path out = dir.resolve("exports");
        CliRun r = ok(run("log", "export", "--date", "2026-11-25", "--format", "csv", "--out", out.toString()));
        ok(run("log", "export", "--date", "2026-11-25", "--format", "xlsx", "--out", out.toString()));
        ok(run("log", "export", "--date", "2026-11-25", "--format", "pdf", "--out", out.toString()));
        assertEquals(
                out.resolve("OOO-Romashka_LabelLog_2026-11-25.csv").toString(),
                r.out().strip());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(
                    List.of(
                            "OOO-Romashka_LabelLog_2026-11-25.csv",
                            "OOO-Romashka_LabelLog_2026-11-25.pdf",
                            "OOO-Romashka_LabelLog_2026-11-25.xlsx"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String head = ok(run("log", "verify", "--json"))
                .out()
                .replaceAll("(?s).*\"head_sha256\" : \"([0-9a-f]{64})\".*", "$1");
        for (String ext : List.of("csv", "xlsx", "pdf")) {
            ExportedLog x = LogExportReader.read(out.resolve("OOO-Romashka_LabelLog_2026-11-25." + ext));
            assertEquals(9, x.entries(), ext);
            assertEquals(head, x.headHash(), ext);
            assertEquals(LogEntry.GENESIS, x.startHash(), ext);
            ok(run(
                    "log",
                    "verify",
                    "--against",
                    out.resolve("OOO-Romashka_LabelLog_2026-11-25." + ext).toString()));
        }
        ExportedLog csv = LogExportReader.read(out.resolve("OOO-Romashka_LabelLog_2026-11-25.csv"));
        assertEquals(
                List.of(
                        "rendered",
                        "printed",
                        "rendered",
                        "printed",
                        "rendered",
                        "printed",
                        "reprinted",
                        "voided",
                        "scanned"),
                csv.rows().stream().map(row -> row.cells().get("event")).toList());
        assertEquals("заказ отменён", csv.rows().get(7).cells().get("reason"));

        CliRun range = ok(run(
                "log",
                "export",
                "--date",
                "2026-11-24",
                "--to",
                "2026-11-25",
                "--format",
                "csv,pdf",
                "--separator",
                ";",
                "--out",
                out.toString()));
        assertTrue(range.out().contains("OOO-Romashka_LabelLog_2026-11-24_2026-11-25.csv"), range.out());
        assertTrue(range.out().contains("OOO-Romashka_LabelLog_2026-11-24_2026-11-25.pdf"), range.out());
    }

    static Stream<String[]> everyColumnAndAnEdit() {
        return Stream.of(
                new String[] {"at", "'2026-11-25T10:00:01.000Z'"},
                new String[] {"bench", "'другой'"},
                new String[] {"user_name", "'boss'"},
                new String[] {"event", "'voided'"},
                new String[] {"event", "'нечто'"},
                new String[] {"label_id", "99"},
                new String[] {"printer", "'tsc'"},
                new String[] {"template", "'x'"},
                new String[] {"sku", "'PB-7-009'"},
                new String[] {"marketplace", "'ozon'"},
                new String[] {"order_no", "'VK-9'"},
                new String[] {"tracking", "'RU999VK'"},
                new String[] {"sscc", "'1'"},
                new String[] {"payload_sha256", "'" + "0".repeat(64) + "'"},
                new String[] {"checks", "''"},
                new String[] {"readback", "'ok'"},
                new String[] {"copies", "5"},
                new String[] {"reason", "'иначе'"},
                new String[] {"verdict", "'ok'"},
                new String[] {"scan_data", "'X'"},
                new String[] {"prev_hash", "'" + "1".repeat(64) + "'"},
                new String[] {"hash", "'" + "2".repeat(64) + "'"});
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("everyColumnAndAnEdit")
    void editingAnyValueOfAnEntryInTheSqliteFileMakesLogVerifyFailAtThatEntry(String column, String value)
            throws Exception {
        ok(run("log", "verify"));
        try (Connection c = sqlite();
                Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE log_entry SET " + column + " = " + value + " WHERE seq = 4"));
        }
        CliRun r = run("log", "verify");
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("broken at entry 4"), r.err());
    }

    @Test
    void aDeletedEntryIsCaughtAtItsNumber() throws Exception {
        try (Connection c = sqlite();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM log_entry WHERE seq = 5");
        }
        CliRun r = run("log", "verify");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("broken at entry 5: that entry is missing"), r.err());
    }

    @Test
    void aChainRebuiltAfterAnEditWithoutTheKeyFailsOnItsOwnAndAgainstTheExportHandedOut() throws Exception {
        Path out = dir.resolve("handed-out");
        ok(run("log", "export", "--date", "2026-11-25", "--format", "csv,xlsx,pdf", "--out", out.toString()));
        rebuildFrom(3, "PB-7-009");
        CliRun alone = run("log", "verify");
        assertEquals(1, alone.exit(), alone.out());
        assertTrue(alone.err().contains("broken at entry 3"), alone.err());
        assertTrue(alone.err().contains("entry 9 no longer has the hash anchored on 2026-11-25"), alone.err());
        for (String ext : List.of("csv", "xlsx")) {
            CliRun r = run(
                    "log",
                    "verify",
                    "--against",
                    out.resolve("OOO-Romashka_LabelLog_2026-11-25." + ext).toString());
            assertEquals(1, r.exit(), ext);
            assertTrue(r.err().contains("entry 3 differs from the export"), r.err());
        }
        CliRun pdf = run(
                "log",
                "verify",
                "--against",
                out.resolve("OOO-Romashka_LabelLog_2026-11-25.pdf").toString());
        assertEquals(1, pdf.exit());
        assertTrue(pdf.err().contains("the chain was rebuilt"), pdf.err());
    }

    /**
     * What someone with write access to the file could do before the bench key: change entry
     * {@code seq} and rehash everything after it, as the old unkeyed chain was made.
     */
    private void rebuildFrom(long seq, String sku) throws Exception {
        try (Connection c = sqlite()) {
            c.setAutoCommit(false);
            String prev;
            try (PreparedStatement q = c.prepareStatement("SELECT hash FROM log_entry WHERE seq = ?")) {
                q.setLong(1, seq - 1);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    prev = rs.getString(1);
                }
            }
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT seq, at, bench, user_name, event, label_id, printer, "
                    + "template, sku, marketplace, order_no, tracking, sscc, payload_sha256, checks, readback, copies, "
                    + "reason, verdict, scan_data FROM log_entry WHERE seq >= ? ORDER BY seq")) {
                q.setLong(1, seq);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        LogFacts f = new LogFacts(
                                LogEvent.of(rs.getString(5)),
                                rs.getLong(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getLong(1) == seq ? sku : rs.getString(9),
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
                                rs.getLong(1),
                                Instant.parse(rs.getString(2)),
                                rs.getString(3),
                                rs.getString(4),
                                f,
                                prev);
                        rows.add(new Object[] {e.facts().sku(), e.prevHash(), e.hash(), e.seq()});
                        prev = e.hash();
                    }
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

    @Test
    void onceASupervisorExistsAPackerCannotExportOrEditFromTheCommandLine() throws Exception {
        ok(runWith(BOSS_PIN, "user", "add", "boss", "--role", "supervisor"));
        ok(runWith(BOSS_PIN, "user", "add", "anna", "--role", "packer", "--user", "boss"));
        String out = dir.resolve("x").toString();
        List<String[]> supervisorOnly = List.of(
                new String[] {"log", "export", "--date", "2026-11-25", "--format", "csv", "--out", out},
                new String[] {"log", "show", "--date", "2026-11-25"},
                new String[] {"config", "set", "company.name", "ООО Другое"},
                new String[] {
                    "catalog",
                    "import",
                    TestFiles.sampleFile(dir, "catalog.csv").toString(),
                    "--update"
                },
                new String[] {"dac", "add", "DAC2222222222", "--issued", "2026-11-01"},
                new String[] {
                    "printer", "add", "tsc", "--language", "tspl", "--dpi", "203", "--transport", printer.uri()
                },
                new String[] {"printer", "remove", "zebra"},
                new String[] {"label", "void", "L00000001", "--reason", "x"},
                new String[] {"user", "add", "eve", "--role", "supervisor"});
        for (String[] command : supervisorOnly) {
            for (String[] as : List.of(new String[0], new String[] {"--user", "anna"})) {
                String[] args =
                        Stream.concat(Arrays.stream(command), Arrays.stream(as)).toArray(String[]::new);
                CliRun r = runWith(Map.of("PACKBENCH_NEW_PIN", "9999"), args);
                assertEquals(1, r.exit(), String.join(" ", args) + "\n" + r.out());
                assertTrue(r.err().contains("only a supervisor may"), String.join(" ", args) + ": " + r.err());
            }
        }
        assertFalse(Files.exists(Path.of(out)), "nothing was exported");
        ok(run(
                "print",
                "--printer",
                "zebra",
                "--sku",
                "PB-7-001",
                "--template",
                "vk-product-58x40",
                "--order",
                "VK-7",
                "--tracking",
                "RU100000007VK",
                "--user",
                "anna",
                "--wait"));
        ok(runWith(
                BOSS_PIN, "log", "export", "--date", "2026-11-25", "--format", "csv", "--out", out, "--user", "boss"));
        try (Connection c = sqlite();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT user_name FROM log_entry WHERE order_no = 'VK-7' AND event = 'printed'")) {
            assertTrue(rs.next());
            assertEquals("anna", rs.getString(1));
        }
    }

    @Test
    void theSupervisorsPinComesFromTheEnvironmentAndAWrongOneIsRefused() {
        ok(runWith(BOSS_PIN, "user", "add", "boss", "--role", "supervisor"));
        CliRun wrong = runWith(Map.of("PACKBENCH_PIN", "0000"), "config", "set", "company.name", "X", "--user", "boss");
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().contains("wrong PIN for boss; 4 more attempt(s)"), wrong.err());
        CliRun none = run("config", "set", "company.name", "X", "--user", "boss");
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("PACKBENCH_PIN"), none.err());
        ok(runWith(BOSS_PIN, "config", "set", "company.name", "X", "--user", "boss"));
        CliRun list = ok(run("user", "list", "--json"));
        assertTrue(list.out().contains("\"role\" : \"supervisor\""), list.out());
        assertFalse(list.out().contains("pbkdf2"), "the hash is not shown");
    }
}
