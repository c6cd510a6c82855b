package org.packbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.packbench.journal.LogEntry;
import org.packbench.journal.ShiftRecords;

/** The shift strip's questions, answered from the label log through its (bench, event, at) index. */
public final class SqliteShiftRecords implements ShiftRecords {
    private static final String LATEST_JOB =
            "(SELECT %s FROM print_job j WHERE j.label_id = e.label_id " + "ORDER BY j.id DESC LIMIT 1)";

    private final Database db;

    public SqliteShiftRecords(Database db) {
        this.db = db;
    }

    @Override
    public int printedSince(String bench, Instant from) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COUNT(*) FROM log_entry WHERE bench = ? AND event = 'printed' AND at >= ?")) {
                p.setString(1, bench);
                p.setString(2, LogEntry.stamp(from));
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public List<ShiftLabel> latest(String bench, int limit) {
        return db.read(c -> {
            List<ShiftLabel> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT e.label_id, e.at, e.sku, e.order_no, e.tracking, "
                            + "COALESCE(" + LATEST_JOB.formatted("j.id") + ", 0), "
                            + "COALESCE(" + LATEST_JOB.formatted("j.printer") + ", ''), "
                            + "COALESCE(" + LATEST_JOB.formatted("j.status") + ", '') "
                            + "FROM log_entry e WHERE e.bench = ? AND e.event = 'rendered' ORDER BY e.at DESC, e.seq DESC LIMIT ?")) {
                p.setString(1, bench);
                p.setInt(2, limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ShiftLabel(
                                rs.getLong(1),
                                Instant.parse(rs.getString(2)),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getLong(6),
                                rs.getString(7),
                                rs.getString(8)));
                    }
                }
            }
            return out;
        });
    }
}
