package org.packbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.packbench.seal.DatabaseSeal;

/** The database's seal row ({@code bench_seal}), read as it is found: whether it holds is for the caller to ask. */
public final class SqliteSeal {
    /** How many entries the log holds and the number of the last, as found. */
    public record Extent(long entries, long lastSeq) {}

    /** The row and the seal written in it. */
    public record Stored(DatabaseSeal seal, String mac) {}

    private final Database db;

    public SqliteSeal(Database db) {
        this.db = db;
    }

    public Optional<Stored> read() {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                            "SELECT legacy_seq, legacy_hash, supervisor_seen, sealed_at, seal FROM bench_seal WHERE id = 1");
                    ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Stored>empty();
                }
                Instant at;
                try {
                    at = Instant.parse(rs.getString(4));
                } catch (java.time.format.DateTimeParseException e) {
                    // a time edited into something else: still a row, whose seal then fails
                    at = Instant.EPOCH;
                }
                return Optional.of(new Stored(
                        new DatabaseSeal(rs.getLong(1), rs.getString(2), rs.getInt(3) != 0, at), rs.getString(5)));
            }
        });
    }

    public void write(DatabaseSeal seal, String mac) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO bench_seal (id, legacy_seq, legacy_hash, "
                            + "supervisor_seen, sealed_at, seal) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                            + "legacy_seq = excluded.legacy_seq, legacy_hash = excluded.legacy_hash, "
                            + "supervisor_seen = excluded.supervisor_seen, sealed_at = excluded.sealed_at, seal = excluded.seal")) {
                p.setLong(1, seal.legacySeq());
                p.setString(2, seal.legacyHash());
                p.setInt(3, seal.supervisorSeen() ? 1 : 0);
                p.setString(4, seal.sealedAt().toString());
                p.setString(5, mac);
                p.executeUpdate();
            }
            return null;
        });
    }

    public Extent extent() {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM log_entry");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Extent(rs.getLong(1), rs.getLong(2));
            }
        });
    }

    /** The hash entry {@code seq} carries, if there is such an entry. */
    public Optional<String> hashAt(long seq) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT hash FROM log_entry WHERE seq = ?")) {
                q.setLong(1, seq);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Nothing a seal could vouch for yet: no log entry and no account. */
    public boolean nothingToSeal() {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                            "SELECT (SELECT COUNT(*) FROM log_entry) + (SELECT COUNT(*) FROM account)");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
    }
}
