package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A connection handed back to the pool is as a fresh one would be, on a real SQLite file. */
class SqliteConnectionsTest {
    @TempDir
    Path dir;

    private SqliteConnections pool;
    private String url;

    @BeforeEach
    void file() throws SQLException {
        url = "jdbc:sqlite:" + dir.resolve("pool.db");
        pool = new SqliteConnections(dir.resolve("pool.db"), () -> DriverManager.getConnection(url));
        try (Connection c = pool.take();
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("CREATE TABLE parcel (tracking TEXT PRIMARY KEY)");
        }
    }

    private static long parcels(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM parcel")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Everything in the file itself, as after a quiet moment: the WAL is empty. */
    private void checkpoint() throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    @Test
    void anUncommittedTransactionIsRolledBackWhenTheConnectionIsHandedBack() throws SQLException {
        try (Connection c = pool.take();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO parcel VALUES ('RU600000001VK')");
        }
        try (Connection again = pool.take()) {
            assertTrue(again.getAutoCommit(), "auto-commit on again");
            assertEquals(0, parcels(again), "the write that was never committed is gone");
        }
    }

    @Test
    void aCommittedTransactionIsKeptAndTheWriteLockIsFreeOnceTheConnectionIsHandedBack() throws SQLException {
        try (Connection c = pool.take();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO parcel VALUES ('RU600000004VK')");
            c.commit();
            // sqlite-jdbc has begun the next transaction inside commit(); handing back ends it.
        }
        try (Connection other = DriverManager.getConnection(url + "?busy_timeout=0");
                Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("ROLLBACK");
            assertEquals(1, parcels(other), "the committed parcel stays");
        }
        assertEquals(1, pool.idleCount(), "kept for the next operation");
        try (Connection again = pool.take()) {
            assertTrue(again.getAutoCommit());
        }
    }

    @Test
    void aStatementLeftOpenIsClosedWithTheLoanSoNoSnapshotOutlivesIt() throws SQLException {
        Statement left;
        ResultSet open;
        try (Connection c = pool.take()) {
            left = c.createStatement();
            open = left.executeQuery("SELECT * FROM parcel");
        }
        assertTrue(left.isClosed());
        assertTrue(open.isClosed());
        // Another process's write is seen by the next loan of the same connection.
        try (Connection other = DriverManager.getConnection(url);
                Statement s = other.createStatement()) {
            s.executeUpdate("INSERT INTO parcel VALUES ('RU600000002VK')");
        }
        try (Connection again = pool.take()) {
            assertEquals(1, parcels(again));
        }
    }

    @Test
    void aFileWrittenOverByAnotherProgramIsReadAsItIsNowNotFromAKeptConnection() throws Exception {
        try (Connection c = pool.take()) {
            assertEquals(0, parcels(c));
        }
        checkpoint();
        java.nio.file.Files.writeString(dir.resolve("pool.db"), "this is not a database ".repeat(500));
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Connection c = pool.take()) {
                parcels(c);
            }
        });
        assertTrue(e.getMessage().contains("not a database"), e.getMessage());
    }

    @Test
    void aFileReplacedUnderTheBenchIsTheOneTheNextLoanOpens() throws Exception {
        try (Connection c = pool.take();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO parcel VALUES ('RU600000003VK')");
        }
        // A restore tool puts a copy with no parcels in its place, by rename.
        Path copy = dir.resolve("restored.db");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + copy);
                Statement s = other.createStatement()) {
            s.execute("CREATE TABLE parcel (tracking TEXT PRIMARY KEY)");
        }
        checkpoint();
        java.nio.file.Files.move(copy, dir.resolve("pool.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = pool.take()) {
            assertEquals(0, parcels(c), "the restored file, not the one it replaced");
        }
    }

    @Test
    void aLoanHandedBackCannotBeUsedAgain() throws SQLException {
        Connection c = pool.take();
        c.close();
        assertTrue(c.isClosed());
        assertThrows(SQLException.class, c::createStatement);
        c.close(); // twice is harmless, and hands nothing back twice
        assertEquals(1, pool.idleCount());
    }

    @Test
    void connectionsAreKeptUpToTheLimitAndClosedWithThePool() throws SQLException {
        List<Connection> many = new ArrayList<>();
        for (int i = 0; i < SqliteConnections.KEPT + 3; i++) {
            many.add(pool.take());
        }
        for (Connection c : many) {
            c.close();
        }
        assertEquals(SqliteConnections.KEPT, pool.idleCount());
        Connection lent = pool.take();
        pool.close();
        assertEquals(0, pool.idleCount());
        lent.close();
        assertEquals(0, pool.idleCount(), "a loan returned after the pool closed is closed, not kept");
        assertFalse(lent.equals(pool.take()), "the pool still opens connections after it closed");
    }
}
