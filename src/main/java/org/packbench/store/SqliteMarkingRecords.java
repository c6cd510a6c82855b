package org.packbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.packbench.i18n.ProblemException;
import org.packbench.marking.MarkingCode;
import org.packbench.marking.MarkingRecords;

/** Used marking codes on either engine; the primary key on the code's identity is the rule across benches. */
public final class SqliteMarkingRecords implements MarkingRecords {
    private final Database db;
    private final SqliteLabelLog log;

    public SqliteMarkingRecords(Database db) {
        this(db, null);
    }

    /**
     * @param log where each code that goes out is written as a {@code marked} entry, in the
     *     commit that records it; null for a reader that never records
     */
    public SqliteMarkingRecords(Database db, SqliteLabelLog log) {
        this.db = db;
        this.log = log;
    }

    @Override
    public Optional<Use> use(String identity) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT identity, order_no, used_at, bench, line_no FROM marking_code WHERE identity = ?")) {
                p.setString(1, identity);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(use(rs)) : Optional.<Use>empty();
                }
            }
        });
    }

    @Override
    public java.util.List<Use> between(Instant from, Instant to) {
        return db.read(c -> {
            java.util.List<Use> out = new java.util.ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT identity, order_no, used_at, bench, line_no FROM "
                    + "marking_code WHERE used_at >= ? AND used_at < ? ORDER BY used_at, identity")) {
                p.setString(1, UtcMillis.of(from));
                p.setString(2, UtcMillis.of(to));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(use(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public java.util.List<Use> ofOrder(String order) {
        return db.read(c -> {
            java.util.List<Use> out = new java.util.ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT identity, order_no, used_at, bench, line_no FROM "
                    + "marking_code WHERE order_no = ? ORDER BY used_at, line_no, identity")) {
                p.setString(1, order);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(use(rs));
                    }
                }
            }
            return out;
        });
    }

    private static Use use(ResultSet rs) throws java.sql.SQLException {
        return new Use(
                rs.getString(1), rs.getString(2), UtcMillis.parse(rs.getString(3)), rs.getString(4), rs.getInt(5));
    }

    @Override
    public void record(MarkingCode code, String order, int line, Instant at, String bench) {
        boolean added = db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO marking_code (identity, code, gtin, order_no, "
                    + "used_at, bench, line_no) VALUES (?,?,?,?,?,?,?) ON CONFLICT (identity) DO NOTHING")) {
                p.setString(1, code.identity());
                p.setString(2, code.elementString());
                p.setString(3, code.gtin());
                p.setString(4, order);
                p.setString(5, UtcMillis.of(at));
                p.setString(6, bench);
                p.setInt(7, line);
                if (p.executeUpdate() != 1) {
                    return false;
                }
            }
            if (log != null) {
                log.append(c, marked(c, code, order, line));
            }
            return true;
        });
        if (!added) {
            Use used = use(code.identity()).orElseThrow();
            throw new ProblemException("marks.used", code.shown(), used.order(), used.at(), used.bench());
        }
    }

    /** The label log's entry for a code that went out: the order, the line's SKU, the code's identity. */
    private static org.packbench.journal.LogFacts marked(
            java.sql.Connection c, MarkingCode code, String order, int line) throws java.sql.SQLException {
        String sku = "";
        String marketplace = "";
        try (PreparedStatement q = c.prepareStatement("SELECT l.offer_id, o.marketplace FROM order_line l "
                + "JOIN customer_order o ON o.order_no = l.order_no WHERE l.order_no = ? AND l.line_no = ?")) {
            q.setString(1, order);
            q.setInt(2, line);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    sku = rs.getString(1);
                    marketplace = rs.getString(2);
                }
            }
        }
        return new org.packbench.journal.LogFacts(
                org.packbench.journal.LogEvent.MARKED,
                0,
                "",
                "",
                sku,
                marketplace,
                order,
                "",
                "",
                "",
                "",
                "",
                0,
                "",
                "",
                "(01)" + code.gtin() + "(21)" + code.serial());
    }
}
