package org.packbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * The embedded SQLite database of one bench. Each operation takes its own connection: WAL lets
 * readers (the GUI's tables) go on while a writer (an import, the print queue) works, and
 * connections are cheap enough that none is shared between threads.
 */
public final class Database {
    private static final int BUSY_TIMEOUT_MS = 15_000;

    private final Path file;
    private final SQLiteConfig config;
    @SuppressWarnings("unused")
    private Connection idle;

    private Database(Path file) {
        this.file = file;
        this.config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        // Labels, SSCCs and the print queue are records: a commit must survive a power cut.
        // SQLite sets durability per connection, not per table, so every connection is FULL.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        // Writers take the lock when they begin, not when they first write, so two writers
        // never deadlock upgrading a read lock; the busy timeout makes the second one wait.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    }

    /** Opens (creating if needed) the database at {@code file} and brings its schema up to date. */
    public static Database open(Path file) {
        return open(file, Migrations.latest());
    }

    /** Opens the database migrated to {@code version}; for tests of the migrations themselves. */
    static Database open(Path file, int version) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder for the database " + file, e);
        }
        Database db = new Database(file);
        try (Connection c = db.connect()) {
            Migrations.migrate(c, version);
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
        db.holdOpen();
        return db;
    }

    /**
     * Keeps one idle connection for the life of the process. When the last connection to a WAL
     * database closes, SQLite checkpoints and deletes the WAL: with one connection per operation
     * that happened after every commit, and cost more than the commit itself.
     */
    private void holdOpen() {
        try {
            idle = connect();
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public Connection connect() throws SQLException {
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Runs {@code work} in one transaction, committed only if it returns normally. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** Runs a read, or a single statement, outside an explicit transaction. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
