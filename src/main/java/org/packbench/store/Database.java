package org.packbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.packbench.location.DatabaseAddress;
import org.sqlite.SQLiteConfig;

/**
 * The records of a bench: its own SQLite file, or a PostgreSQL server shared by a warehouse's
 * benches (the {@link Engine}). Transactions, savepoints and work after commit are the same on
 * both; so is the rule that writers go one at a time.
 */
public final class Database implements AutoCloseable {
    /**
     * Writers of one process queue on a lock that hands over the moment the holder commits.
     * SQLite's own busy handler, left for writers in other processes, sleeps 1, 2, 5, 10… ms
     * between tries: a scan arriving while the print worker recorded the last label as sent
     * waited up to 25 ms for a lock freed after 3. On a server the same lock spares the pool's
     * connections from waiting on the warehouse's writer lock one behind the other.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.locks.ReentrantLock>
            WRITERS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Engine engine;
    private final java.util.concurrent.locks.ReentrantLock writer;

    private Connection idle;

    private Database(Engine engine) {
        this.engine = engine;
        // A server's benches are told apart by their local files: two benches in one test JVM then
        // meet only at the server's lock, as two computers do.
        String key = engine.address() instanceof DatabaseAddress.SqliteFile f
                ? f.path().toAbsolutePath().normalize().toString()
                : engine.address().display() + " "
                        + engine.localFile().toAbsolutePath().normalize();
        this.writer = WRITERS.computeIfAbsent(key, k -> new java.util.concurrent.locks.ReentrantLock(true));
    }

    /** Opens (creating if needed) the database at {@code file} and brings its schema up to date. */
    public static Database open(Path file) {
        return open(file, Migrations.LATEST);
    }

    /** Opens the database migrated to {@code version}; for tests of the migrations themselves. */
    static Database open(Path file, int version) {
        return open(file, version, settings -> {});
    }

    /** Opens the database with {@code settings} on top of the bench's own; for tests that need a small disk, say. */
    static Database open(Path file, java.util.function.Consumer<SQLiteConfig> settings) {
        return open(file, Migrations.LATEST, settings);
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
        Database db = new Database(new SqliteEngine(file, settings));
        db.migrate(version);
        db.holdOpen();
        return db;
    }

    /**
     * Opens the warehouse database on {@code server} and brings its schema up to date.
     *
     * @param password the login's password, or null to let the driver read ~/.pgpass
     * @param localFile where this computer keeps what belongs to it for this database (see {@link #file()})
     * @param bench this bench's name, shown to the server's administrator in pg_stat_activity
     */
    public static Database open(DatabaseAddress.PostgresServer server, String password, Path localFile, String bench) {
        return open(server, password, localFile, bench, Migrations.LATEST);
    }

    static Database open(
            DatabaseAddress.PostgresServer server, String password, Path localFile, String bench, int version) {
        Database db = new Database(new PostgresEngine(server, password, localFile, bench));
        try {
            db.migrate(version);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * Whether {@code server} answers {@code user}'s login with this password, without touching its
     * schema: one connection, {@code SELECT 1}, closed. Throws the refusal in words.
     */
    public static void probe(DatabaseAddress.PostgresServer server, String password) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", server.user());
        if (password != null) {
            p.setProperty("password", password);
        }
        server.parameters().forEach(p::setProperty);
        p.setProperty("connectTimeout", "5");
        p.setProperty("ApplicationName", "PackBench (checking the address)");
        try (Connection c = new org.postgresql.Driver().connect(server.jdbcUrl(), p);
                java.sql.Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException e) {
            throw ServerTrouble.of(server, e);
        }
    }

    private void migrate(int version) {
        writer.lock();
        try {
            Migrations.migrate(engine, version);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            writer.unlock();
        }
    }

    /**
     * Keeps one idle connection to an SQLite file for the life of the process. When the last
     * connection to a WAL database closes, SQLite checkpoints and deletes the WAL: with one
     * connection per operation that happened after every commit, and cost more than the commit itself.
     */
    private void holdOpen() {
        try {
            idle = connect();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * The local file of this database: the SQLite file, or for a server the file in this computer's
     * data folder that stands for it. The bench's key, anchor, delivery lock and log live beside it.
     */
    public Path file() {
        return engine.localFile();
    }

    public DatabaseAddress address() {
        return engine.address();
    }

    /** The id the next row of {@code table} will be given, without taking it. */
    public long nextId(String table) {
        return read(c -> {
            try (java.sql.PreparedStatement p = c.prepareStatement(engine.nextIdQuery(table));
                    java.sql.ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Whether the records are on a server that other benches share. */
    public boolean shared() {
        return engine instanceof PostgresEngine;
    }

    public Connection connect() throws SQLException {
        return engine.connect();
    }

    /** Lets go of the connections kept open: the server's pool, or the file's idle connections. */
    @Override
    public void close() {
        engine.close();
        if (idle != null) {
            try {
                idle.close();
            } catch (SQLException ignored) {
                // Closing was all that was left to do with it.
            }
        }
    }

    /** The transaction this thread is in, if any: work inside it joins it rather than opening another. */
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    private static final class Transaction {
        final Connection connection;
        final java.util.List<Runnable> afterCommit = new java.util.ArrayList<>();
        /** What {@link #readOnce} read in this transaction; emptied whenever a savepoint is undone. */
        final java.util.Map<String, Object> readOnce = new java.util.HashMap<>();

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
                    engine.beginWriting(c);
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

    /** A failure of the database in the engine's words ({@link DatabaseTrouble}, {@link ServerTrouble}); anything else as it was. */
    private RuntimeException failure(Exception e) {
        if (e instanceof SQLException sql) {
            return engine.trouble(sql);
        }
        if (e.getCause() instanceof SQLException sql) {
            return engine.trouble(sql);
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
                    tx.readOnce.clear();
                }
                execute(tx.connection, "RELEASE " + name);
                return result;
            } catch (SQLException | RuntimeException e) {
                tx.readOnce.clear();
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

    /**
     * As {@link #read}, but inside a transaction {@code work} runs once for {@code key}, and its
     * result stands until the transaction ends: a batch read the same five settings for every one
     * of its labels, each a statement. Nobody else can change the value meanwhile (a writing
     * transaction holds the engine's writer lock, in SQLite and in PostgreSQL alike); this
     * transaction's own writer of the value calls {@link #forget}, and an undone savepoint forgets
     * everything read since the transaction began. Outside a transaction, it reads every time.
     */
    public <T> T readOnce(String key, SqlWork<T> work) {
        Transaction tx = current.get();
        if (tx == null) {
            return read(work);
        }
        if (tx.readOnce.containsKey(key)) {
            @SuppressWarnings("unchecked") // put below, under the same key, by the same call site's work
            T kept = (T) tx.readOnce.get(key);
            return kept;
        }
        T value = read(work);
        tx.readOnce.put(key, value);
        return value;
    }

    /** Forgets what {@link #readOnce} kept for {@code key} in this thread's transaction, after writing it. */
    public void forget(String key) {
        Transaction tx = current.get();
        if (tx != null) {
            tx.readOnce.remove(key);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
