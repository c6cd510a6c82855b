package org.packbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.packbench.journal.LogEvent;
import org.packbench.print.JobStatus;
import org.packbench.print.PrintJob;
import org.packbench.print.PrintJobs;

/** The print queue in SQLite: every change its own IMMEDIATE transaction, committed (FULL) before the caller goes on. */
public final class SqlitePrintJobs implements PrintJobs {
    private static final String COLUMNS =
            "id, created_at, printer, label_id, copies, length(bytes) AS byte_count, status, "
                    + "attempts, last_error, updated_at, reprint_of, reason, counter_before, sender";
    private static final String RETRYABLE = "('queued', 'failed', 'unknown')";

    private final Database db;
    private final Clock clock;
    private final SqliteLabelLog log;

    public SqlitePrintJobs(Database db, Clock clock, SqliteLabelLog log) {
        this.db = db;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public PrintJob add(NewJob job) {
        return addAll(List.of(job)).get(0);
    }

    @Override
    public List<PrintJob> addAll(List<NewJob> batch) {
        return db.inTransaction(c -> {
            String now = clock.instant().toString();
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO print_job (created_at, printer, label_id, copies, "
                            + "bytes, status, updated_at, reprint_of, reason, requested_by) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?) "
                            // Not getGeneratedKeys: the SQLite driver runs a second query for it.
                            + "RETURNING id")) {
                for (NewJob job : batch) {
                    s.setString(1, now);
                    s.setString(2, job.printer());
                    setLong(s, 3, job.labelId());
                    s.setInt(4, job.copies());
                    s.setBytes(5, job.bytes());
                    s.setString(6, now);
                    setLong(s, 7, job.reprintOf());
                    s.setString(8, job.reason());
                    s.setString(9, log.currentUser());
                    try (ResultSet keys = s.executeQuery()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
            }
            List<PrintJob> out = new ArrayList<>();
            for (long id : ids) {
                out.add(find(c, id).orElseThrow());
            }
            return out;
        });
    }

    @Override
    public Optional<PrintJob> find(long id) {
        return db.read(c -> find(c, id));
    }

    private static Optional<PrintJob> find(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM print_job WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public byte[] bytes(long id) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT bytes FROM print_job WHERE id = ?")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : new byte[0];
                }
            }
        });
    }

    @Override
    public List<PrintJob> list(List<JobStatus> statuses) {
        String where = statuses.isEmpty() ? "" : " WHERE status IN " + in(statuses);
        return query("SELECT " + COLUMNS + " FROM print_job" + where + " ORDER BY id");
    }

    @Override
    public Optional<PrintJob> nextQueued(String printer) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM print_job WHERE printer = ? AND status = 'queued' ORDER BY id LIMIT 1")) {
                q.setString(1, printer);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<String> printersWith(List<JobStatus> statuses) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT DISTINCT printer FROM print_job WHERE status IN "
                            + in(statuses) + " ORDER BY printer");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<byte[]> claim(long id, String sender, long counterBefore) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE print_job SET status = 'sending', sender = ?, "
                    + "counter_before = ?, attempts = attempts + 1, updated_at = ? WHERE id = ? AND status IN "
                    + RETRYABLE
                    + " AND NOT EXISTS (SELECT 1 FROM print_job o WHERE o.printer = print_job.printer "
                    + "AND o.status = 'sending')")) {
                s.setString(1, sender);
                s.setLong(2, counterBefore);
                s.setString(3, now());
                s.setLong(4, id);
                if (s.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT bytes FROM print_job WHERE id = ?")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return Optional.of(rs.getBytes(1));
                }
            }
        });
    }

    @Override
    public boolean sent(long id, String sender, String note) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE print_job SET status = 'sent', last_error = ?, "
                    + "updated_at = ? WHERE id = ? AND status = 'sending' AND sender = ?")) {
                s.setString(1, note);
                s.setString(2, now());
                s.setLong(3, id);
                s.setString(4, sender);
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
            logSent(c, id);
            return true;
        });
    }

    /** A label's job sent is the label printed (or reprinted, with the reason); a test label is no label of the log. */
    private void logSent(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT label_id, printer, copies, reprint_of, reason, requested_by FROM print_job WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    return;
                }
                boolean reprint = rs.getObject(4) != null;
                log.append(
                        c,
                        SqliteLabelLog.labelFacts(
                                c,
                                reprint ? LogEvent.REPRINTED : LogEvent.PRINTED,
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getInt(3),
                                rs.getString(5),
                                "",
                                ""),
                        rs.getString(6));
            }
        }
    }

    @Override
    public boolean release(long id, String sender, JobStatus status, String error) {
        if (!status.retryable()) {
            throw new IllegalArgumentException(
                    "a job in sending goes back to queued, failed or unknown, not " + status);
        }
        return update(
                "UPDATE print_job SET status = ?, last_error = ?, updated_at = ? "
                        + "WHERE id = ? AND status = 'sending' AND sender = ?",
                status.code(),
                error,
                now(),
                id,
                sender);
    }

    @Override
    public void note(long id, JobStatus status, String error, boolean countAttempt) {
        if (!status.retryable()) {
            throw new IllegalArgumentException("a job not sent stays queued or fails, not " + status);
        }
        update(
                "UPDATE print_job SET status = ?, last_error = ?, attempts = attempts + ?, updated_at = ? "
                        + "WHERE id = ? AND status IN " + RETRYABLE,
                status.code(),
                error,
                countAttempt ? 1 : 0,
                now(),
                id);
    }

    @Override
    public List<PrintJob> sending(String printer) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM print_job WHERE printer = ? AND status = 'sending' ORDER BY id")) {
                q.setString(1, printer);
                return rows(q);
            }
        });
    }

    @Override
    public boolean cancel(long id) {
        return update(
                "UPDATE print_job SET status = 'cancelled', updated_at = ? WHERE id = ? AND status IN " + RETRYABLE,
                now(),
                id);
    }

    private String now() {
        return clock.instant().toString();
    }

    private boolean update(String sql, Object... args) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                return s.executeUpdate() > 0;
            }
        });
    }

    private List<PrintJob> query(String sql) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                return rows(q);
            }
        });
    }

    private static List<PrintJob> rows(PreparedStatement q) throws SQLException {
        List<PrintJob> out = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    private static String in(List<JobStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.code() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    private static PrintJob row(ResultSet rs) throws SQLException {
        return new PrintJob(
                rs.getLong("id"),
                Instant.parse(rs.getString("created_at")),
                rs.getString("printer"),
                optionalLong(rs, "label_id"),
                rs.getInt("copies"),
                rs.getInt("byte_count"),
                JobStatus.parse(rs.getString("status")).orElseThrow(),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                Instant.parse(rs.getString("updated_at")),
                optionalLong(rs, "reprint_of"),
                rs.getString("reason"),
                rs.getLong("counter_before"),
                rs.getString("sender"));
    }

    private static OptionalLong optionalLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
    }

    private static void setLong(PreparedStatement s, int i, OptionalLong v) throws SQLException {
        if (v.isPresent()) {
            s.setLong(i, v.getAsLong());
        } else {
            s.setNull(i, Types.INTEGER);
        }
    }
}
