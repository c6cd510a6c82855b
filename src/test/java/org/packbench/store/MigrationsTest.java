package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsBroughtToTheLatestVersionWithWalAndForeignKeys() throws Exception {
        Database db = Database.open(dir.resolve("new.db"));
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            assertEquals(Migrations.latest(), Migrations.current(c));
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
    }

    @Test
    void aDatabaseAtThePreviousVersionIsMigratedAndKeepsItsData() throws Exception {
        int latest = Migrations.latest();
        Path file = dir.resolve("old.db");
        Database old = Database.open(file, latest - 1);
        if (latest - 1 >= 1) {
            try (Connection c = old.connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO setting (name, value) VALUES ('company.name', 'ООО Ромашка')");
            }
        }
        Database now = Database.open(file);
        try (Connection c = now.connect()) {
            assertEquals(latest, Migrations.current(c));
        }
        if (latest - 1 >= 1) {
            assertEquals(
                    "ООО Ромашка", new SqliteSettings(now).get("company.name").orElseThrow());
        }
    }

    @Test
    void reopeningALatestDatabaseChangesNothing() throws Exception {
        Path file = dir.resolve("same.db");
        Database.open(file);
        Database again = Database.open(file);
        try (Connection c = again.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            rs.next();
            assertEquals(Migrations.latest(), rs.getInt(1));
        }
    }

    @Test
    void triggerBodiesStayOneStatement() {
        List<String> parts = Migrations.statements("CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                + "  UPDATE a SET x = 1;\n  UPDATE a SET x = 2;\nEND;\n-- note\nCREATE INDEX i ON a (x);\n");
        assertEquals(3, parts.size());
        assertTrue(parts.get(1).startsWith("CREATE TRIGGER") && parts.get(1).endsWith("END;"));
    }
}
