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

    /**
     * Writers of one process queue on a lock that hands over the moment the holder commits.
     * SQLite's own busy handler, left for writers in other processes, sleeps 1, 2, 5, 10… ms
     * between tries: a scan arriving while the print worker recorded the last label as sent
     * waited up to 25 ms for a lock freed after 3.
     */
    private static final java.util.concurrent.ConcurrentHashMap<Path, java.util.concurrent.locks.ReentrantLock>
            WRITERS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path file;
    private final SQLiteConfig config;
    private final java.util.concurrent.locks.ReentrantLock writer;

    @SuppressWarnings("unused")
    private Connection idle;

    private Database(Path file) {
        SqliteNativeLibrary.prepare();
        this.file = file;
        this.writer = WRITERS.computeIfAbsent(
                file.toAbsolutePath().normalize(), f -> new java.util.concurrent.locks.ReentrantLock(true));
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
        return open(file, version, settings -> {});
    }

    /** Opens the database with {@code settings} on top of the bench's own; for tests that need a small disk, say. */
    static Database open(Path file, java.util.function.Consumer<SQLiteConfig> settings) {
        return open(file, Migrations.latest(), settings);
    }

    private static Database open(Path file, int version, java.util.function.Consumer<SQLiteConfig> settings) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder for the database " + file, e);
        }
        Database db = new Database(file);
        settings.accept(db.config);
        try (Connection c = db.connect()) {
            Migrations.migrate(c, version);
        } catch (SQLException e) {
            throw db.failure(e);
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
            throw failure(e);
        }
    }

    public Path file() {
        return file;
    }

    public Connection connect() throws SQLException {
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** The transaction this thread is in, if any: work inside it joins it rather than opening another. */
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    private static final class Transaction {
        final Connection connection;
        final java.util.List<Runnable> afterCommit = new java.util.ArrayList<>();
        int depth;

        Transaction(Connection connection) {
            this.connection = connection;
        }
    }

    /**
     * Runs {@code work} in one transaction, committed only if it returns normally. Called inside
     * another transaction on the same thread, it joins it under a savepoint: its own failure undoes
     * only its own writes, and nothing is durable until the outermost one commits. That is how a
     * label and its print job are written together, and how a batch commits many labels at once.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        return inTransaction(work, result -> true);
    }

    /**
     * As {@link #inTransaction(SqlWork)}, but kept only when {@code keep} says so of the result:
     * otherwise rolled back, and the result returned all the same (an import that found errors
     * reports them and leaves the catalog as it was).
     */
    public <T> T inTransaction(SqlWork<T> work, java.util.function.Predicate<T> keep) {
        Transaction outer = current.get();
        if (outer != null) {
            return inSavepoint(outer, work, keep);
        }
        Transaction tx;
        T result;
        boolean kept;
        writer.lock();
        try {
            try {
                tx = new Transaction(StatementCache.over(connect()));
            } catch (SQLException e) {
                throw failure(e);
            }
            current.set(tx);
            try (Connection c = tx.connection) {
                c.setAutoCommit(false);
                try {
                    result = work.run(c);
                    kept = keep.test(result);
                    if (kept) {
                        c.commit();
                    } else {
                        c.rollback();
                    }
                } catch (SQLException | RuntimeException e) {
                    undo(c, e);
                    throw e;
                }
            } catch (SQLException e) {
                throw failure(e);
            } catch (StoreException e) {
                throw failure(e);
            } finally {
                current.remove();
            }
        } finally {
            writer.unlock();
        }
        if (kept) {
            tx.afterCommit.forEach(Runnable::run);
        }
        return result;
    }

    /**
     * Rolls back after {@code failure}. SQLite has often rolled back by itself already (a full disk,
     * an I/O error), and then says "cannot rollback - no transaction is active": that is no news, and
     * must not take the place of the failure that matters.
     */
    private static void undo(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** A failure of SQLite in the words of {@link DatabaseTrouble}; anything else as it was. */
    private RuntimeException failure(Exception e) {
        if (e instanceof SQLException sql) {
            return DatabaseTrouble.of(file, sql, BUSY_TIMEOUT_MS / 1000);
        }
        if (e.getCause() instanceof SQLException sql) {
            return DatabaseTrouble.of(file, sql, BUSY_TIMEOUT_MS / 1000);
        }
        return (RuntimeException) e;
    }

    private <T> T inSavepoint(Transaction tx, SqlWork<T> work, java.util.function.Predicate<T> keep) {
        // Named by depth, so the same few statements repeat and the statement cache keeps them.
        String name = "sp" + (++tx.depth);
        try {
            try {
                execute(tx.connection, "SAVEPOINT " + name);
            } catch (SQLException e) {
                throw failure(e);
            }
            try {
                T result = work.run(tx.connection);
                if (!keep.test(result)) {
                    execute(tx.connection, "ROLLBACK TO " + name);
                }
                execute(tx.connection, "RELEASE " + name);
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    execute(tx.connection, "ROLLBACK TO " + name);
                    execute(tx.connection, "RELEASE " + name);
                } catch (SQLException undo) {
                    e.addSuppressed(undo);
                }
                if (e instanceof RuntimeException r) {
                    throw r;
                }
                throw failure(e);
            }
        } finally {
            tx.depth--;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (java.sql.PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }

    /**
     * Runs {@code action} once the transaction this thread is in has committed (at once outside
     * one): a worker woken before the commit would look for a job it cannot see yet.
     */
    public void afterCommit(Runnable action) {
        Transaction tx = current.get();
        if (tx == null) {
            action.run();
        } else {
            tx.afterCommit.add(action);
        }
    }

    /** Runs a read, or a single statement, outside an explicit transaction (inside the thread's own, if any). */
    public <T> T read(SqlWork<T> work) {
        Transaction tx = current.get();
        if (tx != null) {
            try {
                return work.run(tx.connection);
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        try (Connection c = connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(e);
        } catch (StoreException e) {
            throw failure(e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
