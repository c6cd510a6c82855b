package org.packbench.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.packbench.location.DatabaseAddress;

/**
 * A PostgreSQL database shared by the benches of a warehouse, reached through a small pool of
 * connections (HikariCP). The pool gives up on a server it cannot reach within seconds, so that
 * the bench can say so at once rather than after the driver's long default; once the server is
 * back, the next operation gets a fresh connection.
 */
final class PostgresEngine implements Engine {
    /**
     * The warehouse's writer lock: a transaction-scoped advisory lock, released by the server at
     * commit or rollback and when a bench's connection drops (a bench killed mid-write holds it for
     * no one). The pair of keys is PackBench's own: "PkBn" and 1.
     */
    private static final int LOCK_SPACE = 0x506b426e;

    private static final int WRITER_LOCK = 1;
    private static final long CONNECT_TIMEOUT_MS = 5_000;

    private final DatabaseAddress.PostgresServer server;
    private final HikariDataSource pool;
    private final Path localFile;

    PostgresEngine(DatabaseAddress.PostgresServer server, String password, Path localFile, String benchName) {
        this.server = server;
        this.localFile = localFile;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        if (password != null) {
            // Held by the pool in memory only; the driver reads ~/.pgpass itself when there is none.
            config.setPassword(password);
        }
        for (Map.Entry<String, String> p : server.parameters().entrySet()) {
            config.addDataSourceProperty(p.getKey(), p.getValue());
        }
        config.addDataSourceProperty("ApplicationName", ("PackBench " + benchName).strip());
        config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS / 1000));
        config.setPoolName("packbench");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        // Not at start: an unreachable server is reported by the first operation, in words.
        config.setInitializationFailTimeout(-1);
        this.pool = new HikariDataSource(config);
    }

    @Override
    public DatabaseAddress address() {
        return server;
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public Connection connect() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void beginWriting(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            s.setInt(1, LOCK_SPACE);
            s.setInt(2, WRITER_LOCK);
            s.execute();
        }
    }

    @Override
    public String nextIdQuery(String table) {
        // An identity's sequence is not undone with the insert that took a number from it, so an
        // undone issue leaves a gap that MAX(id) + 1 would not see. The sequence's last number is
        // read, not advanced (nextval would take it; it is null until one is taken); rows copied
        // in with their own ids are covered by MAX.
        return "SELECT GREATEST((SELECT COALESCE(MAX(id), 0) + 1 FROM " + table + "), "
                + "COALESCE((SELECT last_value + 1 FROM pg_sequences "
                + "WHERE schemaname = current_schema() AND sequencename = '" + table + "_id_seq'), 1))";
    }

    @Override
    public RuntimeException trouble(SQLException e) {
        return ServerTrouble.of(server, e);
    }

    @Override
    public Path localFile() {
        return localFile;
    }

    @Override
    public void close() {
        pool.close();
    }
}
