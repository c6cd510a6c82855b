package org.packbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.packbench.gs1.Sscc;
import org.packbench.i18n.ProblemException;
import org.packbench.journal.LogEvent;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.Parcel;

/** Labels and parcels in SQLite: the tracking number is UNIQUE, so a reuse is refused even between processes. */
public final class SqliteLabelRecords implements LabelRecords {
    private final Database db;
    private final Clock clock;
    private final SqliteSsccAllocator sscc;
    private final SqliteLabelLog log;

    public SqliteLabelRecords(Database db, Clock clock, SqliteSsccAllocator sscc, SqliteLabelLog log) {
        this.db = db;
        this.clock = clock;
        this.sscc = sscc;
        this.log = log;
    }

    @Override
    public <T extends Made> T issue(Draft draft, Function<Issue, T> make) {
        return db.inTransaction(c -> {
            Reservation reservation = reserve(c, draft);
            return complete(c, reservation, make.apply(reservation.issue()));
        });
    }

    @Override
    public Reservation reserve(Draft draft) {
        return db.inTransaction(c -> reserve(c, draft));
    }

    @Override
    public <T extends Made> T complete(Reservation reservation, T made) {
        return db.inTransaction(c -> complete(c, reservation, made));
    }

    private Reservation reserve(Connection c, Draft draft) throws SQLException {
        Optional<LiveLabel> replaced = Optional.empty();
        if (draft.parcel().isPresent()) {
            Parcel parcel = draft.parcel().get();
            registerParcel(c, parcel, clock.instant().toString());
            replaced = liveLabel(c, parcel.order());
            if (replaced.isPresent() && draft.reprintReason().isEmpty()) {
                LiveLabel live = replaced.get();
                throw new ProblemException(
                        "label.alreadyIssued", LabelValues.labelId(live.id()), live.order(), live.tracking());
            }
        }
        long id;
        // Inserted as refused until the checks pass: the parcel's live label stays the only
        // live one until the new label has earned its place (see label_one_live_per_parcel).
        try (PreparedStatement p = c.prepareStatement("INSERT INTO label (created_at, order_no, tracking, sku, "
                + "template, template_version, dac, format, dpi, marketplace, status) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,'refused') "
                // Not getGeneratedKeys: the SQLite driver runs a second query for it.
                + "RETURNING id")) {
            p.setString(1, clock.instant().toString());
            p.setString(2, draft.parcel().map(Parcel::order).orElse(null));
            p.setString(3, draft.parcel().map(Parcel::tracking).orElse(""));
            p.setString(4, draft.sku());
            p.setString(5, draft.templateId());
            p.setInt(6, draft.templateVersion());
            p.setString(7, draft.dac());
            p.setString(8, draft.format());
            p.setInt(9, draft.dpi());
            p.setString(10, draft.marketplace());
            try (ResultSet keys = p.executeQuery()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        Optional<Sscc> number = draft.needsSscc() ? Optional.of(sscc.next(c, "label", id)) : Optional.empty();
        return new Reservation(draft, new Issue(id, number), replaced);
    }

    private <T extends Made> T complete(Connection c, Reservation reservation, T made) throws SQLException {
        Draft draft = reservation.draft();
        long id = reservation.issue().id();
        Optional<LiveLabel> replaced = reservation.replaced();
        if (made.printable() && replaced.isPresent()) {
            try (PreparedStatement p = c.prepareStatement("UPDATE label SET superseded_by = ? WHERE id = ?")) {
                p.setLong(1, id);
                p.setLong(2, replaced.get().id());
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE label SET payload_sha256 = ?, sscc = ?, status = ?, "
                + "checks = ?, readback = ? WHERE id = ?")) {
            p.setString(1, made.payloadSha256());
            p.setString(2, reservation.issue().sscc().map(Sscc::digits).orElse(""));
            p.setString(3, made.printable() ? "issued" : "refused");
            p.setString(4, made.checksSummary());
            p.setString(5, made.readbackSummary());
            p.setLong(6, id);
            p.executeUpdate();
        } catch (SQLException e) {
            if (made.printable()
                    && draft.parcel().isPresent()
                    && e.getMessage() != null
                    && e.getMessage().contains("UNIQUE")) {
                // Another process issued this parcel's label between our check and now.
                Parcel parcel = draft.parcel().get();
                throw new ProblemException("label.alreadyIssued", "?", parcel.order(), parcel.tracking());
            }
            throw e;
        }
        log.append(
                c,
                SqliteLabelLog.labelFacts(
                        c,
                        made.printable() ? LogEvent.RENDERED : LogEvent.REFUSED,
                        id,
                        "",
                        0,
                        replaced.isPresent() && made.printable()
                                ? "reprint of "
                                        + LabelValues.labelId(replaced.get().id()) + ": "
                                        + draft.reprintReason().get()
                                : "",
                        "",
                        ""));
        return made;
    }

    @Override
    public Optional<LiveLabel> liveLabel(String order) {
        return db.read(c -> liveLabel(c, order));
    }

    private static Optional<LiveLabel> liveLabel(Connection c, String order) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, order_no, tracking, sku, template, created_at FROM label "
                        + "WHERE order_no = ? AND status = 'issued' AND superseded_by IS NULL ORDER BY id DESC LIMIT 1")) {
            p.setString(1, order);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next()
                        ? Optional.of(new LiveLabel(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                java.time.Instant.parse(rs.getString(6))))
                        : Optional.empty();
            }
        }
    }

    @Override
    public Optional<TemplateUse> templateUsed(long labelId) {
        return db.read(c -> {
            try (PreparedStatement p =
                    c.prepareStatement("SELECT template, template_version FROM label WHERE id = ?")) {
                p.setLong(1, labelId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new TemplateUse(rs.getString(1), rs.getInt(2)))
                            : Optional.<TemplateUse>empty();
                }
            }
        });
    }

    @Override
    public Optional<Long> batchLabel(String fileSha256, int line) {
        return db.read(c -> {
            try (PreparedStatement p =
                    c.prepareStatement("SELECT label_id FROM batch_row WHERE file_sha256 = ? AND line = ?")) {
                p.setString(1, fileSha256);
                p.setInt(2, line);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void rememberBatchLabel(String fileSha256, int line, long labelId) {
        // One statement, in the issuing transaction: a savepoint around it would only add two
        // more, and a failure here fails the whole run anyway.
        db.read(c -> {
            try (PreparedStatement p =
                    c.prepareStatement("INSERT INTO batch_row (file_sha256, line, label_id) VALUES (?,?,?)")) {
                p.setString(1, fileSha256);
                p.setInt(2, line);
                p.setLong(3, labelId);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<String> trackingOf(String order) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT tracking FROM parcel WHERE order_no = ?")) {
                p.setString(1, order);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public long nextId() {
        return db.nextId("label");
    }

    /** Labels made from {@code from} (inclusive) to {@code to} (exclusive), newest first. */
    @Override
    public java.util.List<org.packbench.marketplace.LabelLogEntry> between(
            java.time.Instant from, java.time.Instant to) {
        return db.read(c -> {
            java.util.List<org.packbench.marketplace.LabelLogEntry> out = new java.util.ArrayList<>();
            try (PreparedStatement p =
                    c.prepareStatement("SELECT id, created_at, template, sku, COALESCE(order_no, ''), "
                            + "tracking, sscc, status, checks, readback, void_reason, template_version FROM label "
                            + "WHERE created_at >= ? AND created_at < ? ORDER BY id DESC")) {
                p.setString(1, from.toString());
                p.setString(2, to.toString());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new org.packbench.marketplace.LabelLogEntry(
                                rs.getLong(1),
                                java.time.Instant.parse(rs.getString(2)),
                                rs.getString(3),
                                rs.getInt(12),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10),
                                rs.getString(11)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<String> trackingOwner(String tracking, String order) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT order_no FROM parcel WHERE tracking = ?")) {
                p.setString(1, tracking);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() && !rs.getString(1).equals(order)
                            ? Optional.of(rs.getString(1))
                            : Optional.empty();
                }
            }
        });
    }

    private static void registerParcel(Connection c, Parcel parcel, String now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT order_no FROM parcel WHERE tracking = ?")) {
            p.setString(1, parcel.tracking());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next() && !rs.getString(1).equals(parcel.order())) {
                    throw new ProblemException("tracking.reused", parcel.tracking(), rs.getString(1));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT tracking FROM parcel WHERE order_no = ?")) {
            p.setString(1, parcel.order());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    if (!rs.getString(1).equals(parcel.tracking())) {
                        throw new ProblemException("order.otherTracking", parcel.order(), rs.getString(1));
                    }
                    return;
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO parcel (order_no, tracking, marketplace, created_at) VALUES (?,?,?,?)")) {
            p.setString(1, parcel.order());
            p.setString(2, parcel.tracking());
            p.setString(3, parcel.marketplace().code());
            p.setString(4, now);
            p.executeUpdate();
        }
    }
}
