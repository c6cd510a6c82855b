package org.packbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.packbench.i18n.ProblemException;
import org.packbench.journal.LogEvent;
import org.packbench.verify.dispatch.DispatchLabel;
import org.packbench.verify.dispatch.DispatchLedger;
import org.packbench.verify.dispatch.Verdict;

/** Dispatch look-ups on the label log: each is one indexed query, whatever the size of the log. */
public final class SqliteDispatchRecords implements DispatchLedger {
    private static final String SELECT =
            "SELECT l.id, l.marketplace, l.status, COALESCE(l.order_no, ''), l.tracking, l.sku, l.dac, "
                    + "l.superseded_by IS NOT NULL, "
                    + "EXISTS (SELECT 1 FROM scan s WHERE s.label_id = l.id AND s.verdict = 'ok') FROM label l ";

    private final Database db;
    private final Clock clock;
    private final SqliteLabelLog log;

    public SqliteDispatchRecords(Database db, Clock clock, SqliteLabelLog log) {
        this.db = db;
        this.clock = clock;
        this.log = log;
    }

    /** The printed labels made from {@code from} (inclusive) to {@code to} (exclusive), in one query, for the Журнал. */
    @Override
    public java.util.List<DispatchLabel> between(java.time.Instant from, java.time.Instant to) {
        return db.read(c -> {
            java.util.List<DispatchLabel> out = new java.util.ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    SELECT + "WHERE l.created_at >= ? AND l.created_at < ? AND l.status != 'refused'")) {
                p.setString(1, from.toString());
                p.setString(2, to.toString());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(label(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<DispatchLabel> byLabelId(long id) {
        return one(SELECT + "WHERE l.id = ? AND l.status != 'refused'", id);
    }

    @Override
    public Optional<DispatchLabel> byTracking(String tracking) {
        return one(SELECT + "WHERE l.tracking = ? AND l.status != 'refused' ORDER BY l.id DESC LIMIT 1", tracking);
    }

    @Override
    public Optional<DispatchLabel> bySscc(String sscc) {
        return one(SELECT + "WHERE l.sscc = ? AND l.status != 'refused' ORDER BY l.id DESC LIMIT 1", sscc);
    }

    @Override
    public void recordScan(String bench, String lane, String data, Verdict verdict, Optional<Long> labelId) {
        String kept = recordable(data);
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO scan (scanned_at, bench, lane, data, verdict, label_id) VALUES (?,?,?,?,?,?)")) {
                p.setString(1, clock.instant().toString());
                p.setString(2, bench);
                p.setString(3, lane);
                p.setString(4, kept);
                p.setString(5, verdict.code());
                if (labelId.isPresent()) {
                    p.setLong(6, labelId.get());
                } else {
                    p.setNull(6, java.sql.Types.INTEGER);
                }
                p.executeUpdate();
            }
            log.append(
                    c,
                    SqliteLabelLog.labelFacts(
                            c, LogEvent.SCANNED, labelId.orElse(0L), "", 0, "", verdict.code(), kept));
            return null;
        });
    }

    /**
     * A scan as it can be recorded on either engine: a NUL, which a faulty scanner or a mistyped
     * scan may send, becomes U+FFFD. PostgreSQL's text cannot hold NUL at all (the warehouse's
     * server refused the whole scan, verdict and log entry with it), and a bench's file must copy
     * onto that server as it is. A NUL is nothing dispatch could look up; the verdict is made on
     * the data as scanned, before this.
     */
    private static String recordable(String data) {
        return data.replace('\u0000', '\uFFFD');
    }

    /** Voids a printed label: its copies are refused at dispatch from now on. */
    @Override
    public void voidLabel(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ProblemException("label.voidReason");
        }
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE label SET status = 'voided', void_reason = ? WHERE id = ? AND status = 'issued'")) {
                p.setString(1, reason.strip());
                p.setLong(2, id);
                if (p.executeUpdate() == 0) {
                    throw new ProblemException("label.notFound", org.packbench.marketplace.LabelValues.labelId(id));
                }
            }
            log.append(c, SqliteLabelLog.labelFacts(c, LogEvent.VOIDED, id, "", 0, reason.strip(), "", ""));
            return null;
        });
    }

    private Optional<DispatchLabel> one(String sql, Object key) {
        return db.read(c -> query(c, sql, key));
    }

    private static Optional<DispatchLabel> query(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, key);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(label(rs));
            }
        }
    }

    private static DispatchLabel label(ResultSet rs) throws SQLException {
        return new DispatchLabel(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getBoolean(8),
                rs.getBoolean(9));
    }
}
