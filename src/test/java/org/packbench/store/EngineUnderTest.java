package org.packbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Properties;
import org.packbench.app.DataLocation;
import org.packbench.app.Workbench;
import org.packbench.location.DatabaseAddress;

/**
 * The two engines a bench's records may live on, for tests that must hold on both: a bench's own
 * SQLite file and a warehouse's PostgreSQL server (issue 16: every repository test runs against
 * both). A test takes the engine as its parameter ({@code @ParameterizedTest} with {@code
 * @EnumSource(EngineUnderTest.class)}) and asks it for a {@link Place}: one fresh empty database, which
 * it opens as often as it needs, as several processes of a bench would.
 *
 * <p>The PostgreSQL side is the tests' own server ({@link PostgresCluster#shared()}): without its
 * binaries those runs are skipped, under PACKBENCH_REQUIRE_ALL=1 they fail.
 */
public enum EngineUnderTest {
    SQLITE,
    POSTGRESQL;

    /** The name the benches of a place go by (PACKBENCH_BENCH), so that what one adds, the others own. */
    public static final String BENCH = "test-bench";

    /**
     * One fresh empty database of this engine. {@code name} tells places of one test apart: on
     * SQLite it is the file {@code tempDir/NAME.db}, on PostgreSQL the folder of the bench's local
     * file (its key, anchor and log) under {@code tempDir/NAME}.
     */
    public Place place(Path tempDir, String name) {
        if (this == SQLITE) {
            Path file = tempDir.resolve(name + ".db");
            return new Place(this, new DatabaseAddress.SqliteFile(file), file, null, Map.of(), new ArrayDeque<>());
        }
        PostgresCluster cluster = PostgresCluster.shared();
        DatabaseAddress.PostgresServer server =
                (DatabaseAddress.PostgresServer) DatabaseAddress.parse(cluster.url(cluster.newDatabase()));
        Map<String, String> env = Map.of(
                "PGPASSWORD",
                cluster.password(),
                "XDG_DATA_HOME",
                tempDir.resolve(name).toAbsolutePath().toString(),
                "PACKBENCH_BENCH",
                BENCH);
        // Where the command line, run with the same environment, keeps its local file: the CLI and
        // the test's own benches then share one key, as the processes of one computer do.
        Path localFile =
                DataLocation.localFile(server, env, System.getProperty("os.name"), System.getProperty("user.home"));
        return new Place(this, server, localFile, cluster.password(), env, new ArrayDeque<>());
    }

    /**
     * Opens the database {@code dbOption} names (a {@code --db} value), as the command line would:
     * for another process started with a place's {@link Place#environment()}, which finds the same
     * database, the same local file and the password there.
     */
    public static Database openAsCommandLine(String dbOption) {
        DatabaseAddress address = DatabaseAddress.parse(dbOption);
        if (address instanceof DatabaseAddress.PostgresServer server) {
            return Database.open(
                    server,
                    System.getenv("PGPASSWORD"),
                    DataLocation.localFile(server),
                    System.getenv().getOrDefault("PACKBENCH_BENCH", BENCH));
        }
        return Database.open(((DatabaseAddress.SqliteFile) address).path());
    }

    /**
     * One database of a test, and everything the test opened on it. Closing it lets go of the
     * server's connections (the test server takes 120 at most); on SQLite there is nothing to let go.
     *
     * @param localFile the SQLite file, or the bench's file standing for the server
     * @param password the server's password; null for SQLite
     * @param environment what a command-line run or a child process needs to reach this database
     * @param toClose what the test opened here, let go of last first
     */
    public record Place(
            EngineUnderTest engine,
            DatabaseAddress address,
            Path localFile,
            String password,
            Map<String, String> environment,
            Deque<Runnable> toClose)
            implements AutoCloseable {

        /** Another connection to the database, as another part of the bench or another process has. */
        public Database open() {
            Database db = address instanceof DatabaseAddress.PostgresServer server
                    ? Database.open(server, password, localFile, BENCH)
                    : Database.open(localFile);
            toClose.push(db::close);
            return db;
        }

        /** A bench on this database, named {@link #BENCH}. */
        public Workbench workbench(Clock clock) {
            Workbench bench = address instanceof DatabaseAddress.PostgresServer server
                    ? Workbench.open(server, password.toCharArray(), localFile, clock, BENCH)
                    : Workbench.open(localFile, clock);
            toClose.push(bench::closeDatabase);
            return bench;
        }

        /** Plain JDBC to the database, for looking at the rows themselves; the caller closes it. */
        public Connection connect() throws SQLException {
            if (address instanceof DatabaseAddress.PostgresServer server) {
                Properties login = new Properties();
                login.setProperty("user", server.user());
                login.setProperty("password", password);
                return DriverManager.getConnection(server.jdbcUrl(), login);
            }
            return DriverManager.getConnection("jdbc:sqlite:" + localFile);
        }

        /** The value of {@code --db} that names this database. */
        public String dbOption() {
            return address instanceof DatabaseAddress.PostgresServer server
                    ? "postgresql://" + server.host() + ":" + server.port() + "/" + server.database() + "?user="
                            + server.user()
                    : localFile.toString();
        }

        @Override
        public void close() {
            RuntimeException first = null;
            while (!toClose.isEmpty()) {
                try {
                    toClose.pop().run();
                } catch (RuntimeException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }

        @Override
        public String toString() {
            return engine + " " + address.display();
        }
    }
}
