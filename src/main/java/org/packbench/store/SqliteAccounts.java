package org.packbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.packbench.access.Account;
import org.packbench.access.Accounts;
import org.packbench.access.Role;
import org.packbench.i18n.ProblemException;

/** Accounts in SQLite, so that failed PINs count across the GUI and every CLI run on this bench. */
public final class SqliteAccounts implements Accounts {
    private final Database db;
    private final Clock clock;

    public SqliteAccounts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Account> find(String name) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT name, role, pin_hash, failures, locked_until, seal FROM account WHERE name = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(account(rs)) : Optional.<Account>empty();
                }
            }
        });
    }

    @Override
    public List<Account> all() {
        return db.read(c -> {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                            "SELECT name, role, pin_hash, failures, locked_until, seal FROM account ORDER BY name");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(account(rs));
                }
            }
            return out;
        });
    }

    @Override
    public void add(Account a) {
        db.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM account WHERE name = ?")) {
                q.setString(1, a.name());
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        throw new ProblemException("access.exists", a.name());
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO account (name, role, pin_hash, created_at, seal) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, a.name());
                p.setString(2, a.role().code());
                p.setString(3, a.pinHash());
                p.setString(4, clock.instant().toString());
                p.setString(5, a.seal());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void restore(Account a) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO account (name, role, pin_hash, created_at, seal) "
                            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET role = excluded.role, "
                            + "pin_hash = excluded.pin_hash, seal = excluded.seal, failures = 0, locked_until = NULL")) {
                p.setString(1, a.name());
                p.setString(2, a.role().code());
                p.setString(3, a.pinHash());
                p.setString(4, clock.instant().toString());
                p.setString(5, a.seal());
                p.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Seals every account as it stands, in the caller's transaction: once, when a bench from before
     * the seal gets its key. Never again on the same bench, or rows changed in the file would be
     * sealed as they were found.
     */
    public void sealAll(UnaryOperator<Account> seal) {
        db.inTransaction(c -> {
            for (Account a : all()) {
                try (PreparedStatement p = c.prepareStatement("UPDATE account SET seal = ? WHERE name = ?")) {
                    p.setString(1, seal.apply(a).seal());
                    p.setString(2, a.name());
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public Optional<Attempt> countAttempt(String name, UnaryOperator<Account> rule) {
        // One IMMEDIATE transaction (the Database's mode): the write lock is taken at BEGIN, so
        // a second thread or process waits here until this count is committed, then reads it.
        return db.inTransaction(c -> {
            Account before;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT name, role, pin_hash, failures, locked_until, seal FROM account WHERE name = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Attempt>empty();
                    }
                    before = account(rs);
                }
            }
            Account after = rule.apply(before);
            write(c, name, after.failures(), after.lockedUntil());
            return Optional.of(new Attempt(before, after));
        });
    }

    @Override
    public void succeeded(String name) {
        db.inTransaction(c -> {
            write(c, name, 0, Optional.empty());
            return null;
        });
    }

    private static void write(java.sql.Connection c, String name, int failures, Optional<Instant> lockedUntil)
            throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("UPDATE account SET failures = ?, locked_until = ? WHERE name = ?")) {
            p.setInt(1, failures);
            p.setString(2, lockedUntil.map(Instant::toString).orElse(null));
            p.setString(3, name);
            p.executeUpdate();
        }
    }

    private static Account account(ResultSet rs) throws SQLException {
        String locked = rs.getString(5);
        return new Account(
                rs.getString(1),
                Role.of(rs.getString(2)),
                rs.getString(3),
                rs.getInt(4),
                locked == null ? Optional.empty() : Optional.of(Instant.parse(locked)),
                rs.getString(6));
    }
}
