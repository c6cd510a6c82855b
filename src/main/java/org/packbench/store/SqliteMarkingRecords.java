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

    public SqliteMarkingRecords(Database db) {
        this.db = db;
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
                return p.executeUpdate() == 1;
            }
        });
        if (!added) {
            Use used = use(code.identity()).orElseThrow();
            throw new ProblemException("marks.used", code.shown(), used.order(), used.at(), used.bench());
        }
    }
}
