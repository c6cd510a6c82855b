package org.packbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.packbench.location.DatabaseAddress;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite file of one bench. Each operation has a connection to itself, never shared
 * between threads: WAL lets readers (the GUI's tables) go on while a writer (an import, the print
 * queue) works. The connections are kept between operations ({@link SqliteConnections}).
 */
final class SqliteEngine implements Engine {
    static final int BUSY_TIMEOUT_MS = 15_000;

    private final Path file;
    private final SQLiteConfig config;
    private final SqliteConnections connections;

    SqliteEngine(Path file, java.util.function.Consumer<SQLiteConfig> settings) {
        SqliteNativeLibrary.prepare();
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
        // That lock is the one-writer-at-a-time of Engine#beginWriting, across processes too.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // A batch is one transaction with a savepoint per label (a refused label is undone alone).
        // SQLite keeps what a savepoint would undo in a sub-journal, in memory up to 64 KiB and
        // then in a temporary file it keeps writing to: 10,000 SSCC labels made 347,589 pwrite
        // calls, 35 a label, where 8,693 did the work (docs/benchmarks.md). It is emptied at each
        // label's release, so in memory it stays a few pages; it only ever serves a rollback, so
        // a crash loses nothing the file would have kept.
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        settings.accept(config);
        this.connections = new SqliteConnections(file, () -> config.createConnection(url()));
    }

    @Override
    public DatabaseAddress address() {
        return new DatabaseAddress.SqliteFile(file);
    }

    @Override
    public DataSource dataSource() {
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url());
        return ds;
    }

    @Override
    public Connection connect() throws SQLException {
        return connections.take();
    }

    private String url() {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    @Override
    public void beginWriting(Connection c) {
        // BEGIN IMMEDIATE (the transaction mode above) has taken the file's write lock already.
    }

    @Override
    public String nextIdQuery(String table) {
        // AUTOINCREMENT's counter goes back with an undone insert, and no row is ever deleted.
        return "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table;
    }

    @Override
    public RuntimeException trouble(SQLException e) {
        return DatabaseTrouble.of(file, e, BUSY_TIMEOUT_MS / 1000);
    }

    @Override
    public Path localFile() {
        return file;
    }

    @Override
    public void close() {
        connections.close();
    }
}
