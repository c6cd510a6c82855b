package org.packbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes a large label log straight into a database, as a year of a busy bench would leave it; for benchmarks. */
public final class LabelLogFiller {
    private LabelLogFiller() {}

    /** Labels 1…n, each for its own parcel O-i with tracking T000000i, on the VK 58×40 template. */
    public static void fill(Database db, int n) {
        db.inTransaction(c -> {
            insert(c, n);
            return null;
        });
        if (db.shared()) {
            // A year's log on a server has been analysed by autovacuum long since; a fresh fill has not.
            db.read(c -> {
                try (var s = c.createStatement()) {
                    s.execute("ANALYZE parcel");
                    s.execute("ANALYZE label");
                }
                return null;
            });
        }
    }

    private static void insert(Connection c, int n) throws SQLException {
        try (PreparedStatement parcel = c.prepareStatement(
                        "INSERT INTO parcel (order_no, tracking, marketplace, created_at) VALUES (?, ?, 'vk', '2026-01-01T00:00:00Z')");
                PreparedStatement label =
                        c.prepareStatement("INSERT INTO label (id, created_at, order_no, tracking, sku, "
                                + "template, dac, format, dpi, marketplace) VALUES (?, '2026-01-01T00:00:00Z', ?, ?, 'PB-7-001', "
                                + "'vk-product-58x40', '', 'zpl', 203, 'vk')")) {
            for (int i = 1; i <= n; i++) {
                parcel.setString(1, "O-" + i);
                parcel.setString(2, String.format("T%09d", i));
                parcel.addBatch();
                label.setLong(1, i);
                label.setString(2, "O-" + i);
                label.setString(3, String.format("T%09d", i));
                label.addBatch();
                if (i % 10_000 == 0) {
                    parcel.executeBatch();
                    label.executeBatch();
                }
            }
            parcel.executeBatch();
            label.executeBatch();
        }
    }
}
