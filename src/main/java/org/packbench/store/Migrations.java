package org.packbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.packbench.location.DatabaseAddress;

/**
 * Versioned schema migrations by Flyway: {@code migration/sqlite/V<n>__<what>.sql} and
 * {@code migration/postgresql/V<n>__<what>.sql} on the class path. A migration is never edited once
 * released; a change is a new file, of the same number in both folders. PostgreSQL starts at
 * version 10, the whole schema of SQLite's first ten in one file.
 *
 * <p>A bench made before Flyway kept its versions in {@code schema_version}; Flyway takes such a
 * file over at the version it had reached (a baseline) and applies only what is newer, so its
 * history stays as it was. A database already at {@link #LATEST} is not handed to Flyway at all:
 * every command opens the database, and reading one number is cheaper than Flyway's start.
 */
public final class Migrations {
    /** The schema version this build brings a database to; {@code MigrationsTest} holds it to the newest file. */
    public static final int LATEST = 16;

    static final String HISTORY = "flyway_schema_history";
    private static final String LEGACY = "schema_version";

    private Migrations() {}

    /** The version the database is at; 0 for a new one. */
    public static int current(Connection c) throws SQLException {
        if (hasTable(c, HISTORY)) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT version FROM " + HISTORY + " WHERE success = "
                            + (isPostgres(c) ? "true" : "1") + " AND version IS NOT NULL")) {
                int v = 0;
                while (rs.next()) {
                    v = Math.max(v, Integer.parseInt(rs.getString(1)));
                }
                return v;
            }
        }
        return legacyVersion(c);
    }

    static void migrate(Engine engine, int target) throws SQLException {
        int at;
        try (Connection c = engine.connect()) {
            at = current(c);
        }
        if (at > LATEST) {
            throw new SQLException("the database is at schema version " + at + ", newer than this PackBench (" + LATEST
                    + "); install the newer PackBench");
        }
        if (at >= target) {
            return;
        }
        if (engine.address() instanceof DatabaseAddress.SqliteFile f) {
            // Flyway takes no lock on an SQLite file: two processes opening a new file at once take
            // turns here, and the second finds the first one's work done.
            try (FileChannel ch =
                    FileChannel.open(lockFile(f.path()), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = ch.lock();
                try {
                    run(engine, target, "sqlite");
                } finally {
                    lock.release();
                }
            } catch (IOException e) {
                throw new SQLException(
                        "cannot lock " + lockFile(f.path()) + " to bring the database's schema up to date: "
                                + e.getMessage(),
                        e);
            } finally {
                try {
                    Files.deleteIfExists(lockFile(f.path()));
                } catch (IOException e) {
                    // Left behind it does no harm: the next migration locks it again.
                }
            }
        } else {
            // On PostgreSQL Flyway serialises concurrent migrations itself, with an advisory lock.
            run(engine, target, "postgresql");
        }
    }

    private static Path lockFile(Path db) {
        return db.toAbsolutePath().resolveSibling(db.getFileName() + ".migrating");
    }

    private static void run(Engine engine, int target, String folder) throws SQLException {
        int legacy;
        try (Connection c = engine.connect()) {
            if (current(c) >= target) {
                return;
            }
            legacy = hasTable(c, HISTORY) ? 0 : legacyVersion(c);
        }
        var config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(engine.dataSource())
                .locations("classpath:org/packbench/store/migration/" + folder)
                .table(HISTORY)
                .target(String.valueOf(target))
                .cleanDisabled(true)
                .validateMigrationNaming(true);
        if (legacy > 0) {
            config = config.baselineOnMigrate(true)
                    .baselineVersion(String.valueOf(legacy))
                    // Flyway writes the description into its SQL as it is: no apostrophes.
                    .baselineDescription("schema_version up to V" + legacy);
        }
        try {
            config.load().migrate();
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            throw sql != null ? sql : new SQLException("schema migration failed: " + e.getMessage(), e);
        }
    }

    private static int legacyVersion(Connection c) throws SQLException {
        if (!hasTable(c, LEGACY)) {
            return 0;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + LEGACY)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
