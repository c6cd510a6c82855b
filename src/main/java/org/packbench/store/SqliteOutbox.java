package org.packbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.packbench.i18n.Message;
import org.packbench.marketplace.outbox.NewPush;
import org.packbench.marketplace.outbox.Outbox;
import org.packbench.marketplace.outbox.Push;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.outbox.PushState;

/** The outbox on either engine: portable SQL, every change one conditional UPDATE so two benches cannot both take a push. */
public final class SqliteOutbox implements Outbox {
    private static final String COLUMNS = "id, account, kind, subject, label_id, payload, state, attempts, next_at, "
            + "problem, created_at, delivered_at, ack";
    /** Due: waiting and its time come, or sending with its lease run out. */
    private static final String DUE =
            "((state = 'waiting' AND next_at <= ?) OR (state = 'sending' AND lease_until <= ?))";
    /** A push that waits for its label holds back until the label's print job is sent (or cancelled). */
    private static final String LABEL_PRINTED = "(label_id IS NULL OR NOT EXISTS (SELECT 1 FROM print_job j "
            + "WHERE j.label_id = outbox.label_id AND j.status IN ('queued', 'sending', 'failed', 'unknown')))";

    private final Database db;
    private final java.time.Clock clock;

    public SqliteOutbox(Database db, java.time.Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean add(NewPush push) {
        return db.inTransaction(c -> {
            String now = UtcMillis.of(clock.instant());
            // The unique dedupe decides, not a look before: two benches writing the same push at
            // once must end with one row, not with one of them failing.
            try (PreparedStatement p = c.prepareStatement("INSERT INTO outbox (account, kind, subject, dedupe, "
                    + "label_id, payload, state, attempts, next_at, created_at) VALUES (?,?,?,?,?,?,'waiting',0,?,?) "
                    + "ON CONFLICT (dedupe) DO NOTHING")) {
                p.setString(1, push.account());
                p.setString(2, push.kind().code());
                p.setString(3, push.subject());
                p.setString(4, push.dedupe());
                if (push.labelId().isPresent()) {
                    p.setLong(5, push.labelId().getAsLong());
                } else {
                    p.setNull(5, Types.BIGINT);
                }
                p.setString(6, push.payload());
                p.setString(7, now);
                p.setString(8, now);
                if (p.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement older = c.prepareStatement(
                    "UPDATE outbox SET state = 'cancelled' "
                            + "WHERE kind = ? AND subject = ? AND account = ? AND dedupe <> ? AND state IN ('waiting', 'failed')")) {
                older.setString(1, push.kind().code());
                older.setString(2, push.subject());
                older.setString(3, push.account());
                older.setString(4, push.dedupe());
                older.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public List<Push> claim(Instant now, Duration lease, int limit) {
        String at = UtcMillis.of(now);
        return db.inTransaction(c -> {
            cancelVoided(c);
            List<Long> due = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id FROM outbox WHERE " + DUE + " AND " + LABEL_PRINTED + " ORDER BY next_at, id LIMIT ?")) {
                p.setString(1, at);
                p.setString(2, at);
                p.setInt(3, limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        due.add(rs.getLong(1));
                    }
                }
            }
            List<Push> taken = new ArrayList<>();
            try (PreparedStatement take = c.prepareStatement("UPDATE outbox SET state = 'sending', lease_until = ?, "
                    + "attempts = attempts + 1 WHERE id = ? AND " + DUE)) {
                for (long id : due) {
                    take.setString(1, UtcMillis.of(now.plus(lease)));
                    take.setLong(2, id);
                    take.setString(3, at);
                    take.setString(4, at);
                    if (take.executeUpdate() == 1) {
                        get(c, id).ifPresent(taken::add);
                    }
                }
            }
            return taken;
        });
    }

    /** A push waiting for a label that was voided will never be true: it is cancelled. */
    private static void cancelVoided(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE outbox SET state = 'cancelled' WHERE state IN "
                + "('waiting', 'failed') AND label_id IN (SELECT id FROM label WHERE status = 'voided')")) {
            p.executeUpdate();
        }
    }

    @Override
    public void delivered(long id, String ack, Instant at, List<NewPush> next) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox SET state = 'delivered', delivered_at = ?, "
                    + "ack = ?, problem = '', lease_until = '' WHERE id = ?")) {
                p.setString(1, UtcMillis.of(at));
                p.setString(2, ack);
                p.setLong(3, id);
                p.executeUpdate();
            }
            for (NewPush n : next) {
                add(n);
            }
            return null;
        });
    }

    @Override
    public void later(long id, Instant nextAt, Message why) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox SET state = 'waiting', next_at = ?, "
                    + "problem = ?, lease_until = '' WHERE id = ? AND state = 'sending'")) {
                p.setString(1, UtcMillis.of(nextAt));
                p.setString(2, MessageJson.write(why));
                p.setLong(3, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void failed(long id, Message why) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox SET state = 'failed', problem = ?, "
                    + "lease_until = '' WHERE id = ? AND state IN ('sending', 'waiting')")) {
                p.setString(1, MessageJson.write(why));
                p.setLong(2, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Push> list(boolean everything) {
        return db.read(c -> {
            List<Push> out = new ArrayList<>();
            String where = everything ? "" : " WHERE state IN ('waiting', 'sending', 'failed')";
            try (PreparedStatement p =
                            c.prepareStatement("SELECT " + COLUMNS + " FROM outbox" + where + " ORDER BY id");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(push(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Push> get(long id) {
        return db.read(c -> get(c, id));
    }

    private static Optional<Push> get(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(push(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public boolean retry(long id, Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE outbox SET state = 'waiting', next_at = ? WHERE id = ? AND state IN ('failed', 'waiting')")) {
                p.setString(1, UtcMillis.of(now));
                p.setLong(2, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    @Override
    public int retryFailed(Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement p =
                    c.prepareStatement("UPDATE outbox SET state = 'waiting', next_at = ? WHERE state = 'failed'")) {
                p.setString(1, UtcMillis.of(now));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Push> latest(PushKind kind, String subject) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + COLUMNS
                            + " FROM outbox WHERE kind = ? AND subject = ? AND state <> 'cancelled' ORDER BY id DESC LIMIT 1")) {
                p.setString(1, kind.code());
                p.setString(2, subject);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(push(rs)) : Optional.<Push>empty();
                }
            }
        });
    }

    private static Push push(ResultSet rs) throws SQLException {
        long label = rs.getLong(5);
        OptionalLong labelId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(label);
        String delivered = rs.getString(12);
        return new Push(
                rs.getLong(1),
                rs.getString(2),
                PushKind.parse(rs.getString(3)).orElseThrow(),
                rs.getString(4),
                labelId,
                rs.getString(6),
                PushState.parse(rs.getString(7)).orElseThrow(),
                rs.getInt(8),
                UtcMillis.parse(rs.getString(9)),
                MessageJson.read(rs.getString(10)),
                UtcMillis.parse(rs.getString(11)),
                delivered.isEmpty() ? Optional.empty() : Optional.of(UtcMillis.parse(delivered)),
                rs.getString(13));
    }
}
