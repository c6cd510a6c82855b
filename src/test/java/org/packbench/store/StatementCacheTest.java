package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements prepared again in one transaction are reused, yet a statement still open when the
 * same SQL is asked for again is never handed out twice, and every parameter is bound afresh.
 */
class StatementCacheTest {
    @TempDir
    Path dir;

    @Test
    void theSameSqlRunThousandsOfTimesInOneTransactionWritesEveryRowWithItsOwnValues() {
        Database db = Database.open(dir.resolve("c.db"));
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("CREATE TABLE t (n INTEGER, s TEXT)")) {
                p.execute();
            }
            for (int i = 0; i < 5_000; i++) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO t (n, s) VALUES (?, ?)")) {
                    p.setInt(1, i);
                    p.setString(2, "row " + i);
                    p.executeUpdate();
                }
            }
            return null;
        });
        long sum = db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT SUM(n), COUNT(DISTINCT s) FROM t");
                    ResultSet rs = p.executeQuery()) {
                rs.next();
                assertEquals(5_000, rs.getInt(2));
                return rs.getLong(1);
            }
        });
        assertEquals(4_999L * 5_000 / 2, sum);
    }

    @Test
    void aStatementStillOpenIsNotHandedOutAgainForTheSameSql() {
        Database db = Database.open(dir.resolve("n.db"));
        List<String> pairs = db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("CREATE TABLE t (n INTEGER)")) {
                p.execute();
            }
            for (int i = 0; i < 3; i++) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                    p.setInt(1, i);
                    p.executeUpdate();
                }
            }
            List<String> out = new ArrayList<>();
            String sql = "SELECT n FROM t WHERE n >= ? ORDER BY n";
            try (PreparedStatement outer = c.prepareStatement(sql)) {
                outer.setInt(1, 0);
                try (ResultSet a = outer.executeQuery()) {
                    while (a.next()) {
                        try (PreparedStatement inner = c.prepareStatement(sql)) {
                            assertNotSame(outer, inner);
                            inner.setInt(1, a.getInt(1));
                            try (ResultSet b = inner.executeQuery()) {
                                while (b.next()) {
                                    out.add(a.getInt(1) + "-" + b.getInt(1));
                                }
                            }
                        }
                    }
                }
            }
            return out;
        });
        assertEquals(List.of("0-0", "0-1", "0-2", "1-1", "1-2", "2-2"), pairs);
    }

    @Test
    void aFailedInnerUnitRollsBackOnlyItselfAndTheNextOneStillWrites() {
        Database db = Database.open(dir.resolve("s.db"));
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("CREATE TABLE t (n INTEGER UNIQUE)")) {
                p.execute();
            }
            return null;
        });
        db.inTransaction(c -> {
            for (int i = 0; i < 50; i++) {
                int n = i % 10;
                try {
                    db.inTransaction(inner -> {
                        try (PreparedStatement p = inner.prepareStatement("INSERT INTO t VALUES (?)")) {
                            p.setInt(1, n);
                            p.executeUpdate();
                        }
                        return null;
                    });
                } catch (StoreException expected) {
                    assertTrue(expected.getMessage().contains("UNIQUE"), expected.getMessage());
                }
            }
            return null;
        });
        assertEquals(10L, (long) db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM t");
                    ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }
}
