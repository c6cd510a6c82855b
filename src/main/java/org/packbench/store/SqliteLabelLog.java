package org.packbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.packbench.journal.LabelLog;
import org.packbench.journal.LogChain;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogEvent;
import org.packbench.journal.LogFacts;

/**
 * The label log in SQLite. Entries are appended inside the transaction of the event they record
 * (the label issued, the job sent, the void, the scan), so an event is never kept without its entry
 * nor logged without having happened.
 */
public final class SqliteLabelLog implements LabelLog {
    /** Who writes the entries: this bench, and the person acting when the event happens. */
    public record Author(String bench, String user) {}

    private static final String COLUMNS = "seq, at, bench, user_name, event, label_id, printer, template, sku, "
            + "marketplace, order_no, tracking, sscc, payload_sha256, checks, readback, copies, reason, verdict, "
            + "scan_data, prev_hash, hash, template_version";

    private final Database db;
    private final Clock clock;
    private final Supplier<Author> author;
    private final LogChain chain;
    private final Consumer<LogEntry> committed;

    /**
     * @param chain     how each new entry's hash is made (keyed with the bench key)
     * @param committed told of each entry once its transaction has committed (the daily anchor)
     */
    public SqliteLabelLog(
            Database db, Clock clock, Supplier<Author> author, LogChain chain, Consumer<LogEntry> committed) {
        this.db = db;
        this.clock = clock;
        this.author = author;
        this.chain = chain;
        this.committed = committed;
    }

    /** How each entry's hash is made on this bench. */
    @Override
    public LogChain chain() {
        return chain;
    }

    /** The person acting now, as the log will name them. */
    public String currentUser() {
        return author.get().user();
    }

    /** Appends an entry in the caller's transaction, by the person acting now. */
    public LogEntry append(Connection c, LogFacts facts) throws SQLException {
        return append(c, facts, author.get().user());
    }

    /** Appends an entry in the caller's transaction, naming {@code user} (who asked for a job sent later). */
    public LogEntry append(Connection c, LogFacts facts, String user) throws SQLException {
        long seq = 0;
        String prev = LogEntry.GENESIS;
        try (PreparedStatement q = c.prepareStatement("SELECT seq, hash FROM log_entry ORDER BY seq DESC LIMIT 1");
                ResultSet rs = q.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1);
                prev = rs.getString(2);
            }
        }
        LogEntry e = chain.next(seq + 1, clock.instant(), author.get().bench(), user, facts, prev);
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO log_entry (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            LogFacts f = e.facts();
            p.setLong(1, e.seq());
            p.setString(2, e.stamp());
            p.setString(3, e.bench());
            p.setString(4, e.user());
            p.setString(5, f.event().code());
            p.setLong(6, f.labelId());
            p.setString(7, f.printer());
            p.setString(8, f.template());
            p.setString(9, f.sku());
            p.setString(10, f.marketplace());
            p.setString(11, f.order());
            p.setString(12, f.tracking());
            p.setString(13, f.sscc());
            p.setString(14, f.payloadSha256());
            p.setString(15, f.checks());
            p.setString(16, f.readback());
            p.setInt(17, f.copies());
            p.setString(18, f.reason());
            p.setString(19, f.verdict());
            p.setString(20, f.scanData());
            p.setString(21, e.prevHash());
            p.setString(22, e.hash());
            p.setInt(23, f.templateVersion());
            p.executeUpdate();
        }
        db.afterCommit(() -> committed.accept(e));
        return e;
    }

    /**
     * The facts of label {@code labelId} as its row says now, for an entry about it; empty facts
     * (but for the event) when there is no such label.
     */
    public static LogFacts labelFacts(
            Connection c,
            LogEvent event,
            long labelId,
            String printer,
            int copies,
            String reason,
            String verdict,
            String scanData)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT template, sku, marketplace, COALESCE(order_no, ''), "
                + "tracking, sscc, payload_sha256, checks, readback, template_version FROM label WHERE id = ?")) {
            q.setLong(1, labelId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return new LogFacts(
                            event, 0, printer, "", "", "", "", "", "", "", "", "", copies, reason, verdict, scanData);
                }
                return new LogFacts(
                        event,
                        labelId,
                        printer,
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        copies,
                        reason,
                        verdict,
                        scanData,
                        rs.getInt(10));
            }
        }
    }

    /** Entries from {@code from} (inclusive) to {@code to} (exclusive) that pass {@code keep}, in sequence order. */
    @Override
    public void forEach(Instant from, Instant to, Consumer<LogEntry> each) {
        db.read(c -> {
            try (PreparedStatement q =
                    c.prepareStatement("SELECT " + COLUMNS + " FROM log_entry WHERE at >= ? AND at < ? ORDER BY seq")) {
                q.setString(1, LogEntry.stamp(from));
                q.setString(2, LogEntry.stamp(to));
                q.setFetchSize(1000);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        each.accept(entry(rs));
                    }
                }
            }
            return null;
        });
    }

    /** Every entry from the first, in sequence order, until {@code more} says stop. */
    @Override
    public void walk(Predicate<LogEntry> more) {
        db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM log_entry ORDER BY seq");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next() && more.test(entry(rs))) {
                    // walking
                }
            }
            return null;
        });
    }

    /** The newest {@code limit} entries, newest first. */
    @Override
    public List<LogEntry> latest(int limit) {
        return db.read(c -> {
            List<LogEntry> out = new ArrayList<>();
            try (PreparedStatement q =
                    c.prepareStatement("SELECT " + COLUMNS + " FROM log_entry ORDER BY seq DESC LIMIT ?")) {
                q.setInt(1, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The entry just before {@code at}: where a period's part of the chain hangs. */
    @Override
    public Optional<LogEntry> lastBefore(Instant at) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM log_entry WHERE at < ? ORDER BY seq DESC LIMIT 1")) {
                q.setString(1, LogEntry.stamp(at));
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(entry(rs)) : Optional.<LogEntry>empty();
                }
            }
        });
    }

    private static LogEntry entry(ResultSet rs) throws SQLException {
        LogEvent event;
        boolean readable = true;
        try {
            event = LogEvent.of(rs.getString(5));
        } catch (IllegalArgumentException e) {
            // an event word edited into another: the entry must still be read, and fail its hash
            event = LogEvent.RENDERED;
            readable = false;
        }
        LogFacts f = new LogFacts(
                event,
                rs.getLong(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                rs.getInt(17),
                rs.getString(18),
                rs.getString(19),
                rs.getString(20),
                rs.getInt(23));
        return new LogEntry(
                rs.getLong(1),
                parseStamp(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                f,
                rs.getString(21),
                readable ? rs.getString(22) : "unreadable event " + rs.getString(5));
    }

    /** A stamp edited into something that is no time still yields an entry, whose hash then fails. */
    private static Instant parseStamp(String s) {
        try {
            return Instant.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
