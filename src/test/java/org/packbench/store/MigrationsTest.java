package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    @TempDir
    Path dir;

    @Test
    void latestIsTheNewestMigrationOfEachEngine() throws Exception {
        assertEquals(Migrations.LATEST, newest("sqlite"));
        assertEquals(Migrations.LATEST, newest("postgresql"));
    }

    @Test
    void anEmptyFileIsBroughtToTheLatestVersionWithWalAndForeignKeys() throws Exception {
        Database db = Database.open(dir.resolve("new.db"));
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            assertEquals(Migrations.LATEST, Migrations.current(c));
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("PRAGMA synchronous")) {
                rs.next();
                assertEquals(2, rs.getInt(1), "synchronous=FULL");
            }
        }
        assertFalse(Files.exists(dir.resolve("new.db.migrating")), "the lock file of the first migration is gone");
    }

    @Test
    void aDatabaseAtThePreviousVersionIsMigratedAndKeepsItsData() throws Exception {
        int latest = Migrations.LATEST;
        Path file = dir.resolve("old.db");
        Database old = Database.open(file, previousVersion());
        try (Connection c = old.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO setting (name, value) VALUES ('company.name', 'ООО Ромашка')");
            s.executeUpdate("INSERT INTO outbox (account, kind, subject, dedupe, payload, state, next_at, created_at) "
                    + "VALUES ('ozon', 'ozon_ship', '1-0001-1', 'ozon_ship:1-0001-1', '{}', 'waiting', "
                    + "'2026-11-25T10:00:00Z', '2026-11-25T10:00:00Z')");
        }
        Database now = Database.open(file);
        try (Connection c = now.connect();
                Statement s = c.createStatement()) {
            assertEquals(latest, Migrations.current(c));
            // V15 made the outbox again for its new kind: the push is still there with its id, and ids go on.
            s.executeUpdate("INSERT INTO outbox (account, kind, subject, dedupe, payload, state, next_at, created_at) "
                    + "VALUES ('ozon', 'ozon_exemplars', '2-0001-1', 'ozon_exemplars:2-0001-1', '{}', 'waiting', "
                    + "'2026-11-25T10:00:00Z', '2026-11-25T10:00:00Z')");
            try (ResultSet rs = s.executeQuery("SELECT id, kind FROM outbox ORDER BY id")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
                assertEquals("ozon_ship", rs.getString(2));
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1));
            }
        }
        assertEquals("ООО Ромашка", new SqliteSettings(now).get("company.name").orElseThrow());
    }

    /** The newest migration before {@link Migrations#LATEST} (numbers given to work in parallel may leave a gap). */
    private static int previousVersion() throws Exception {
        Path folder = Path.of(Migrations.class.getResource("migration/sqlite").toURI());
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .filter(v -> v < Migrations.LATEST)
                    .max(Integer::compare)
                    .orElseThrow();
        }
    }

    @Test
    void reopeningALatestDatabaseChangesNothing() throws Exception {
        Path file = dir.resolve("same.db");
        Database.open(file);
        long before = historyRows(file);
        Database again = Database.open(file);
        try (Connection c = again.connect()) {
            assertEquals(Migrations.LATEST, Migrations.current(c));
        }
        assertEquals(before, historyRows(file));
    }

    /**
     * A bench made before Flyway: its own runner had applied V1 to V7 and written them in
     * schema_version. Flyway takes it over at 7, applies 8 to 10 only, and the old history stays.
     */
    @Test
    void aBenchMadeBeforeFlywayIsTakenOverAtItsVersionWithItsDataAndHistory() throws Exception {
        Path file = dir.resolve("legacy.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            for (int v = 1; v <= 7; v++) {
                for (String sql : script(v).split(";\\s*\\n")) {
                    if (!sql.strip().isEmpty()
                            && !sql.strip().lines().allMatch(l -> l.strip().startsWith("--"))) {
                        s.execute(sql);
                    }
                }
            }
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)");
            for (int v = 1; v <= 7; v++) {
                s.execute("INSERT INTO schema_version VALUES (" + v + ", '2026-11-20T10:00:00Z')");
            }
            s.execute("INSERT INTO parcel VALUES ('VK-1', 'RU1', 'vk', '2026-11-20T10:00:00Z')");
            s.execute("INSERT INTO label (created_at, order_no, tracking, sku, template, format, dpi) "
                    + "VALUES ('2026-11-20T10:00:00Z', 'VK-1', 'RU1', 'PB-1', 'vk', 'zpl', 203)");
            s.execute("INSERT INTO label (created_at, order_no, tracking, sku, template, format, dpi) "
                    + "VALUES ('2026-11-20T10:01:00Z', 'VK-1', 'RU1', 'PB-1', 'vk', 'zpl', 203)");
        }
        Database db = Database.open(file);
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            assertEquals(Migrations.LATEST, Migrations.current(c));
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                rs.next();
                assertEquals(7, rs.getInt(1), "the old history is kept");
            }
            try (ResultSet rs = s.executeQuery("SELECT version, type FROM " + Migrations.HISTORY
                    + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
                List<String> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2));
                }
                List<String> expected = new java.util.ArrayList<>(List.of("7 BASELINE"));
                for (int v = 8; v <= Migrations.LATEST; v++) {
                    expected.add(v + " SQL");
                }
                assertEquals(expected, rows);
            }
            // V8's own data step ran: of the two labels for one parcel, the older one is superseded.
            try (ResultSet rs = s.executeQuery("SELECT id, superseded_by FROM label ORDER BY id")) {
                rs.next();
                assertEquals(2, rs.getInt(2));
                rs.next();
                assertEquals(0, rs.getInt(2));
                assertTrue(rs.wasNull());
            }
        }
    }

    private static long historyRows(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + Migrations.HISTORY)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String script(int version) throws IOException, URISyntaxException {
        Path folder = Path.of(Migrations.class.getResource("migration/sqlite").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith("V" + version + "__"))
                    .findFirst()
                    .orElseThrow();
            try (InputStream in = Files.newInputStream(f)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static int newest(String engine) throws Exception {
        Path folder =
                Path.of(Migrations.class.getResource("migration/" + engine).toURI());
        int newest = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher m = VERSION.matcher(f.getFileName().toString());
                assertTrue(m.matches(), "Flyway's naming, lower case: " + f.getFileName());
                newest = Math.max(newest, Integer.parseInt(m.group(1)));
            }
        }
        return newest;
    }
}
