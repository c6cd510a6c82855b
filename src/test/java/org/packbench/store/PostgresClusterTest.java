package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The private PostgreSQL server every PostgreSQL test stands on (issue 16). */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PostgresClusterTest {
    private static PostgresCluster cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void startTheCluster() {
        cluster = PostgresCluster.shared();
    }

    @Test
    void eachNewDatabaseIsEmptyAndItsOwnAndThePackbenchRoleIsNoSuperuser() throws Exception {
        String first = cluster.newDatabase();
        String second = cluster.newDatabase();
        assertNotEquals(first, second);

        try (Connection c = connect(first, cluster.password())) {
            assertTrue(text(c, "SELECT version()").startsWith("PostgreSQL "));
            assertEquals("packbench", text(c, "SELECT current_user"));
            assertEquals(
                    "no",
                    text(
                            c,
                            "SELECT CASE WHEN rolsuper THEN 'yes' ELSE 'no' END FROM pg_roles "
                                    + "WHERE rolname = current_user"));
            assertEquals(
                    PostgresCluster.ROLE,
                    text(c, "SELECT pg_get_userbyid(datdba) FROM pg_database " + "WHERE datname = current_database()"));
            assertEquals("UTF8", text(c, "SHOW server_encoding"));
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE parcel (tracking text PRIMARY KEY)");
                s.execute("INSERT INTO parcel VALUES ('VK-1')");
            }
        }
        try (Connection c = connect(second, cluster.password())) {
            assertEquals("none", text(c, "SELECT coalesce(to_regclass('parcel')::text, 'none')"));
        }
    }

    @Test
    void theServerListensOnLoopbackOnlyAndTheUrlsCarryNoPassword() throws Exception {
        String db = cluster.newDatabase();
        try (Connection c = connect(db, cluster.password())) {
            assertEquals("127.0.0.1", text(c, "SHOW listen_addresses"));
            assertEquals("127.0.0.1", text(c, "SELECT host(inet_server_addr())"));
            assertEquals(Integer.toString(cluster.port()), text(c, "SHOW port"));
            assertEquals("on", text(c, "SHOW fsync"));
            assertTrue(Integer.parseInt(text(c, "SHOW max_connections")) >= 100);
        }
        assertEquals("postgresql://127.0.0.1:" + cluster.port() + "/" + db + "?user=packbench", cluster.url(db));
        assertEquals("jdbc:postgresql://127.0.0.1:" + cluster.port() + "/" + db, cluster.jdbcUrl(db));
        assertFalse(cluster.url(db).contains(cluster.password()));
    }

    @Test
    void aWrongPasswordIsRefused() {
        String db = cluster.newDatabase();
        SQLException refused = assertThrows(SQLException.class, () -> connect(db, cluster.password() + "x"));
        assertEquals("28P01", refused.getSQLState(), refused.getMessage());
    }

    @Test
    void aChildProcessLogsInWithThePasswordFromItsEnvironment() throws Exception {
        String db = cluster.newDatabase();
        Path psql = PostgresCluster.binaries().orElseThrow().resolve("psql");
        ProcessBuilder builder = new ProcessBuilder(
                        psql.toString(),
                        "-X",
                        "-w",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        Integer.toString(cluster.port()),
                        "-U",
                        PostgresCluster.ROLE,
                        "-d",
                        db,
                        "-tAc",
                        "SELECT current_user")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("psql.out").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("PG"));
        builder.environment().putAll(cluster.environment());
        Process p = builder.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "psql did not finish");
        String out = Files.readString(dir.resolve("psql.out")).strip();
        assertEquals(0, p.exitValue(), out);
        assertEquals("packbench", out);
    }

    @Test
    void restartKeepsTheDataAndThePort() throws Exception {
        String db = cluster.newDatabase();
        int port = cluster.port();
        createParcel(db, "VK-7");

        cluster.restart();

        assertEquals(port, cluster.port());
        assertEquals("VK-7", parcel(db));
    }

    @Test
    void aStoppedServerRefusesConnectionsUntilItIsStartedAgain() throws Exception {
        String db = cluster.newDatabase();
        createParcel(db, "VK-8");

        cluster.stop();
        try {
            SQLException refused = assertThrows(SQLException.class, () -> connect(db, cluster.password()));
            assertEquals("08001", refused.getSQLState(), refused.getMessage());
        } finally {
            cluster.start();
        }
        assertEquals("VK-8", parcel(db));

        cluster.stopFor(Duration.ofMillis(500)).get(2, TimeUnit.MINUTES);
        assertEquals("VK-8", parcel(db));
    }

    @Test
    void thePasswordsAreInNoFileTheClusterWrites() throws Exception {
        // Written with the server's own data: a database made, a row written, the WAL flushed.
        String db = cluster.newDatabase();
        createParcel(db, "VK-9");
        List<String> leaks = new ArrayList<>();
        List<String> passwordFiles = new ArrayList<>();
        // Walked while the server runs: a file it replaces meanwhile (pg_internal.init, a
        // temporary file) may be gone by the time the walk looks at it, and is passed over, as
        // Files.walk would not (it failed this test once on a correct build).
        Files.walkFileTree(cluster.directory(), new java.nio.file.SimpleFileVisitor<Path>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a)
                    throws IOException {
                if (file.getFileName().toString().equals(PostgresCluster.PASSWORD_FILE)) {
                    passwordFiles.add(file.toString());
                }
                byte[] bytes = read(file);
                if (contains(bytes, cluster.password()) || contains(bytes, cluster.superuserPassword())) {
                    leaks.add(file.toString());
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        assertEquals(List.of(), leaks, "files holding a password");
        assertEquals(List.of(), passwordFiles, "initdb's password file is deleted once the cluster is made");
        assertTrue(Files.exists(cluster.directory().resolve("data").resolve("PG_VERSION")), "the walk saw the data");
    }

    @Test
    void thePasswordFileForInitdbIsReadableByItsOwnerOnly() throws Exception {
        Path file = PostgresCluster.writePasswordFile(dir, "secret");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("secret\n", Files.readString(file));
    }

    private static Connection connect(String db, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", PostgresCluster.ROLE);
        login.setProperty("password", password);
        login.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(cluster.jdbcUrl(db), login);
    }

    private static void createParcel(String db, String tracking) throws SQLException {
        try (Connection c = connect(db, cluster.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE parcel (tracking text PRIMARY KEY)");
            s.execute("INSERT INTO parcel VALUES ('" + tracking + "')");
        }
    }

    private static String parcel(String db) throws SQLException {
        try (Connection c = connect(db, cluster.password())) {
            return text(c, "SELECT tracking FROM parcel");
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql + " returned no row");
            return rs.getString(1);
        }
    }

    /** A regular file's bytes; nothing for sockets, folders and files the server removed meanwhile. */
    private static byte[] read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
