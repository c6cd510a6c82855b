package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bench from before the one-live-label rule may hold several issued labels for one order (the
 * double-issue defect). The upgrade keeps every one of them, makes the newest the live label and
 * the older ones superseded by it, and from then on the database itself refuses a second live one.
 */
class OneLiveLabelMigrationTest {
    @TempDir
    Path dir;

    @Test
    void doubleIssuedLabelsFromBeforeTheRuleAreKeptAndTheNewestIsLive() throws Exception {
        Path file = dir.resolve("v7.db");
        Database old = Database.open(file, 7);
        try (Connection c = old.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO parcel VALUES ('VK-1', 'RU1VK', 'vk', '2026-11-20T10:00:00Z')");
            for (int i = 0; i < 3; i++) {
                s.executeUpdate(
                        "INSERT INTO label (created_at, order_no, tracking, sku, template, format, dpi, status) "
                                + "VALUES ('2026-11-20T10:00:0" + i
                                + "Z', 'VK-1', 'RU1VK', 'PB-7-001', 'vk-product-58x40', "
                                + "'zpl', 203, 'issued')");
            }
        }
        Database now = Database.open(file);
        try (Connection c = now.connect();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, superseded_by FROM label ORDER BY id")) {
                rs.next();
                assertEquals(3, rs.getLong(2), "L1 superseded by the newest");
                rs.next();
                assertEquals(3, rs.getLong(2), "L2 superseded by the newest");
                rs.next();
                assertEquals(0, rs.getLong(2), "L3 is the live label");
                assertEquals(true, rs.wasNull());
            }
            SQLException second = assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate(
                            "INSERT INTO label (created_at, order_no, tracking, sku, template, format, dpi, status) "
                                    + "VALUES ('2026-11-21T10:00:00Z', 'VK-1', 'RU1VK', 'PB-7-001', 'vk-product-58x40', 'zpl', 203, "
                                    + "'issued')"));
            assertEquals(true, second.getMessage().contains("UNIQUE"), second.getMessage());
        }
    }
}
