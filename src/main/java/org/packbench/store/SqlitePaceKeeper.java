package org.packbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.packbench.marketplace.outbox.PaceKeeper;

/**
 * The pace of each account in one row that every bench moves forward under the database's write
 * lock (SQLite's file lock, PostgreSQL's row lock), so benches sharing a database share the limit.
 */
public final class SqlitePaceKeeper implements PaceKeeper {
    private final Database db;

    public SqlitePaceKeeper(Database db) {
        this.db = db;
    }

    @Override
    public Instant reserve(String account, Instant now, Duration spacing) {
        long at = now.toEpochMilli();
        long step = spacing.toMillis();
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO marketplace_pace (account, next_slot_ms) "
                    + "VALUES (?, ?) ON CONFLICT (account) DO NOTHING")) {
                p.setString(1, account);
                p.setLong(2, at);
                p.executeUpdate();
            }
            // The UPDATE takes the row's lock before the read, so two benches never get one slot.
            try (PreparedStatement p = c.prepareStatement("UPDATE marketplace_pace SET next_slot_ms = "
                    + "CASE WHEN next_slot_ms > ? THEN next_slot_ms ELSE ? END + ? WHERE account = ?")) {
                p.setLong(1, at);
                p.setLong(2, at);
                p.setLong(3, step);
                p.setString(4, account);
                p.executeUpdate();
            }
            try (PreparedStatement p =
                    c.prepareStatement("SELECT next_slot_ms FROM marketplace_pace WHERE account = ?")) {
                p.setString(1, account);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return Instant.ofEpochMilli(rs.getLong(1) - step);
                }
            }
        });
    }
}
