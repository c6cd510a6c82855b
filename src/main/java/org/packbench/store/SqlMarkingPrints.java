package org.packbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.i18n.ProblemException;
import org.packbench.marking.MarkingCode;
import org.packbench.marking.MarkingPrints;

/**
 * Printed marking codes on either engine. The partial unique index on a first print is the rule
 * across benches: two benches printing one code at once keep one first print, and the other is
 * told where the code went.
 */
public final class SqlMarkingPrints implements MarkingPrints {
    private static final String COLUMNS =
            "SELECT identity, label_id, printed_at, bench, reprint_reason FROM marking_print ";
    private final Database db;

    public SqlMarkingPrints(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Printed> first(String identity) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(COLUMNS + "WHERE identity = ? AND reprint_reason IS NULL")) {
                p.setString(1, identity);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(printed(rs)) : Optional.<Printed>empty();
                }
            }
        });
    }

    @Override
    public List<Printed> all(String identity) {
        return db.read(c -> {
            List<Printed> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(COLUMNS + "WHERE identity = ? ORDER BY label_id")) {
                p.setString(1, identity);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(printed(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void record(MarkingCode code, long labelId, Optional<String> reprintReason, Instant at, String bench) {
        Optional<String> reason = reprintReason.map(String::strip).filter(r -> !r.isEmpty());
        boolean added = db.inTransaction(c -> {
            // ON CONFLICT with no target: the partial unique index is the one that can conflict,
            // and naming it would need its WHERE clause repeated on both engines.
            try (PreparedStatement p = c.prepareStatement("INSERT INTO marking_print (label_id, identity, code, gtin, "
                    + "reprint_reason, printed_at, bench) VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
                p.setLong(1, labelId);
                p.setString(2, code.identity());
                p.setString(3, code.elementString());
                p.setString(4, code.gtin());
                p.setString(5, reason.orElse(null));
                p.setString(6, UtcMillis.of(at));
                p.setString(7, bench);
                return p.executeUpdate() == 1;
            }
        });
        if (!added) {
            Printed before = first(code.identity()).orElseThrow();
            throw new ProblemException(
                    "marks.printedBefore",
                    code.shown(),
                    org.packbench.marketplace.LabelValues.labelId(before.labelId()),
                    before.at(),
                    before.bench());
        }
    }

    @Override
    public void forget(long labelId) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM marking_print WHERE label_id = ?")) {
                p.setLong(1, labelId);
                return p.executeUpdate();
            }
        });
    }

    private static Printed printed(ResultSet rs) throws SQLException {
        return new Printed(
                rs.getString(1),
                rs.getLong(2),
                UtcMillis.parse(rs.getString(3)),
                rs.getString(4),
                Optional.ofNullable(rs.getString(5)));
    }
}
