package org.packbench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.PGConnection;

/**
 * A PostgreSQL server of the tests' own: a cluster made by initdb in a temporary folder, listening
 * on a free port of 127.0.0.1 only, stopped and deleted when the test JVM ends. One per JVM
 * ({@link #shared()}); each test takes a fresh database of it ({@link #newDatabase()}).
 *
 * <p>To run the PostgreSQL tests locally, install the server's binaries; no service needs to run
 * and nothing is configured: {@code sudo apt-get install postgresql} (Debian, Ubuntu). They are
 * found on PATH, through {@code pg_config --bindir}, or in the newest {@code
 * /usr/lib/postgresql/VERSION/bin}. Without them the PostgreSQL tests are skipped; under {@code
 * PACKBENCH_REQUIRE_ALL=1} (as {@code .ci/run} sets) they fail instead. Run as root, the server runs
 * as the user {@code postgres} (or {@code nobody}), since initdb and postgres refuse root.
 *
 * <p>Passwords are made at random per run and are never printed: the superuser's reaches initdb
 * through a file of mode 0600 deleted right after, the {@code packbench} role's is sent to the
 * server as a SCRAM verifier only, so no log or WAL holds either. Child processes get it through
 * {@link #environment()}, never on their command line.
 */
public final class PostgresCluster {
    public static final String ROLE = "packbench";
    static final String PASSWORD_FILE = "superuser.pw";
    private static final String SUPERUSER = "postgres";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
    private static final int PG_CTL_WAIT_SECONDS = 60;
    private static final int LOG_TAIL = 4000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static PostgresCluster shared;
    private static RuntimeException failedToStart;

    private final Path bin;
    private final Path directory;
    private final ServerUser user;
    private final String superuserPassword = randomPassword();
    private final String password = randomPassword();
    private volatile int port;
    private int databases;
    private boolean closed;

    private PostgresCluster(Path bin, Path directory, ServerUser user) {
        this.bin = bin;
        this.directory = directory;
        this.user = user;
    }

    /**
     * The JVM's cluster, started on first use. Skips the calling test when PostgreSQL is not
     * installed, or fails it under PACKBENCH_REQUIRE_ALL=1.
     */
    public static synchronized PostgresCluster shared() {
        if (shared != null) {
            return shared;
        }
        if (failedToStart != null) {
            throw new IllegalStateException("the test PostgreSQL cluster did not start", failedToStart);
        }
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            String why = "the PostgreSQL tests need initdb, pg_ctl and postgres; install them: apt-get install"
                    + " postgresql";
            if ("1".equals(System.getenv("PACKBENCH_REQUIRE_ALL"))) {
                Assertions.fail(why + " (PACKBENCH_REQUIRE_ALL=1 forbids skipping)");
            }
            Assumptions.abort(why);
        }
        try {
            shared = start(bin.get());
            return shared;
        } catch (IOException | SQLException | RuntimeException e) {
            failedToStart =
                    new IllegalStateException("the test PostgreSQL cluster did not start: " + e.getMessage(), e);
            throw failedToStart;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the test PostgreSQL cluster", e);
        }
    }

    /** The folder holding initdb, pg_ctl and postgres, if PostgreSQL is installed. */
    public static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path initdb = Path.of(dir, "initdb");
                if (Files.isExecutable(initdb)) {
                    // Debian links only some programs into PATH; the real folder has them all.
                    candidates.add(realParent(initdb));
                }
            }
        }
        pgConfigBindir().ifPresent(candidates::add);
        newestDebianBindir().ifPresent(candidates::add);
        return candidates.stream().filter(PostgresCluster::isComplete).findFirst();
    }

    /** A fresh empty database owned by {@link #ROLE}; its name. */
    public synchronized String newDatabase() {
        String name = "pb_" + ++databases;
        try (Connection c = superuser("postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** The form PackBench's --db option takes; the password goes by PGPASSWORD, not in it. */
    public String url(String database) {
        return "postgresql://127.0.0.1:" + port() + "/" + database + "?user=" + ROLE;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** The password of {@link #ROLE}: for a Properties object or {@link #environment()}, never for argv. */
    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** What a child process needs to log in as {@link #ROLE}. */
    public Map<String, String> environment() {
        return Map.of("PGPASSWORD", password);
    }

    /** Stops the server at once (fast shutdown: sessions are cut) and starts it again on the same port. */
    public synchronized void restart() {
        ensureOpen();
        pgCtl("restart", "-m", "fast", "-l", log().toString());
    }

    /** Stops the server (fast shutdown); connections are refused until {@link #start()}. */
    public synchronized void stop() {
        ensureOpen();
        if (running()) {
            pgCtl("stop", "-m", "fast");
        }
    }

    /** Starts a stopped server on its port; nothing when it runs. */
    public synchronized void start() {
        ensureOpen();
        if (!running()) {
            pgCtl("start", "-l", log().toString());
        }
    }

    /**
     * Stops the server now and starts it again in the background after {@code away}; the future
     * completes when it accepts connections again (or with the reason it could not start).
     */
    public CompletableFuture<Void> stopFor(Duration away) {
        stop();
        CompletableFuture<Void> back = new CompletableFuture<>();
        Thread later = new Thread(
                () -> {
                    try {
                        Thread.sleep(away.toMillis());
                        start();
                        back.complete(null);
                    } catch (InterruptedException | RuntimeException e) {
                        back.completeExceptionally(e);
                    }
                },
                "packbench-pg-back");
        later.setDaemon(true);
        later.start();
        return back;
    }

    @Override
    public String toString() {
        return "PostgresCluster[127.0.0.1:" + port + ", " + directory + "]";
    }

    /** The folder of every file the cluster writes. */
    Path directory() {
        return directory;
    }

    String superuserPassword() {
        return superuserPassword;
    }

    /** Writes a password file only its owner may read (initdb's --pwfile). */
    static Path writePasswordFile(Path dir, String secret) throws IOException {
        Path file = dir.resolve(PASSWORD_FILE);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static PostgresCluster start(Path bin) throws IOException, SQLException, InterruptedException {
        ServerUser user = ServerUser.find();
        Path directory = Files.createTempDirectory(baseFolder(), "packbench-pg-");
        PostgresCluster cluster = new PostgresCluster(bin, directory, user);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::destroy, "packbench-pg-stop"));
        user.own(directory);
        cluster.initdb();
        cluster.firstStart();
        cluster.createRole();
        return cluster;
    }

    private void initdb() throws IOException, InterruptedException {
        Path pwfile = writePasswordFile(directory, superuserPassword);
        try {
            user.own(pwfile);
            // C.UTF-8 classifies and cases Cyrillic as the warehouse's data needs (upper, ILIKE) and
            // sorts by code point; plain C where the system lacks it.
            Result made = initdb(pwfile, "C.UTF-8");
            if (made.exit() != 0 && made.output().contains("locale")) {
                made = initdb(pwfile, "C");
            }
            if (made.exit() != 0) {
                throw new IOException("initdb exited " + made.exit() + ": " + tail(made.output()));
            }
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    private Result initdb(Path pwfile, String locale) throws IOException, InterruptedException {
        return run(
                List.of(
                        bin.resolve("initdb").toString(),
                        "-D",
                        data().toString(),
                        "-A",
                        "scram-sha-256",
                        "--pwfile=" + pwfile,
                        "-U",
                        SUPERUSER,
                        "--encoding=UTF8",
                        "--locale=" + locale),
                COMMAND_TIMEOUT);
    }

    /** On a port found free a moment ago; another program may take it first, then on another. */
    private synchronized void firstStart() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            port = freePort();
            configure();
            Result started = pgCtlResult("start", "-l", log().toString());
            if (started.exit() == 0) {
                return;
            }
            String log = logTail();
            if (attempt >= 3 || !log.contains("could not bind")) {
                throw new IOException("pg_ctl start exited " + started.exit() + ": "
                        + started.output().strip() + "\nserver log: " + log);
            }
        }
    }

    private void configure() throws IOException {
        // Appended after initdb's settings, so these win; a second attempt's port wins over the first's.
        Files.writeString(
                data().resolve("postgresql.conf"),
                String.join(
                        "\n",
                        "",
                        "# packbench test cluster",
                        "listen_addresses = '127.0.0.1'",
                        "port = " + port,
                        "unix_socket_directories = '" + directory + "'",
                        "unix_socket_permissions = 0700",
                        "max_connections = 120",
                        "shared_buffers = 16MB",
                        // The durability tests need what production has: every commit on disk.
                        "fsync = on",
                        "synchronous_commit = on",
                        "full_page_writes = on",
                        "password_encryption = 'scram-sha-256'",
                        ""),
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    private void createRole() throws SQLException {
        try (Connection c = superuser("postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE");
            // The driver hashes the password here and sends the SCRAM verifier: the server, its log
            // and its WAL never see the password itself.
            c.unwrap(PGConnection.class).alterUserPassword(ROLE, password.toCharArray(), "scram-sha-256");
        }
    }

    private Connection superuser(String database) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", SUPERUSER);
        login.setProperty("password", superuserPassword);
        login.setProperty("connectTimeout", "10");
        login.setProperty("socketTimeout", "120");
        login.setProperty("ApplicationName", "packbench test cluster");
        return DriverManager.getConnection(jdbcUrl(database), login);
    }

    private boolean running() {
        // pg_ctl status: 0 running, 3 not running, 4 no data folder.
        return pgCtlResult("status").exit() == 0;
    }

    private void pgCtl(String... args) {
        Result result = pgCtlResult(args);
        if (result.exit() != 0) {
            throw new IllegalStateException("pg_ctl " + args[0] + " exited " + result.exit() + ": "
                    + result.output().strip() + "\nserver log: " + logTail());
        }
    }

    private Result pgCtlResult(String... args) {
        List<String> command = new ArrayList<>(List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data().toString(),
                "-w",
                "-t",
                Integer.toString(PG_CTL_WAIT_SECONDS)));
        command.addAll(List.of(args));
        try {
            return run(command, COMMAND_TIMEOUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: pg_ctl " + args[0], e);
        }
    }

    /** At JVM exit: the server stopped at once (its data is thrown away), the folder deleted. */
    private void destroy() {
        synchronized (this) {
            closed = true;
            try {
                if (Files.exists(data().resolve("postmaster.pid"))) {
                    Result stopped = run(
                            List.of(
                                    bin.resolve("pg_ctl").toString(),
                                    "-D",
                                    data().toString(),
                                    "-m",
                                    "immediate",
                                    "-w",
                                    "-t",
                                    "30",
                                    "stop"),
                            Duration.ofSeconds(45));
                    if (stopped.exit() != 0) {
                        killPostmaster();
                    }
                }
            } catch (IOException e) {
                killPostmaster();
            } catch (InterruptedException e) {
                killPostmaster();
                Thread.currentThread().interrupt();
            }
            deleteTree(directory);
        }
    }

    /** The last resort when pg_ctl could not stop it: its backends end when they see the postmaster gone. */
    private void killPostmaster() {
        try {
            String first =
                    Files.readAllLines(data().resolve("postmaster.pid")).get(0).strip();
            ProcessHandle.of(Long.parseLong(first)).ifPresent(ProcessHandle::destroyForcibly);
        } catch (IOException | RuntimeException e) {
            // Nothing to kill: no pid file, or not a number in it.
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the test PostgreSQL cluster has been shut down");
        }
    }

    private Path data() {
        return directory.resolve("data");
    }

    private Path log() {
        return directory.resolve("server.log");
    }

    private String logTail() {
        try {
            return tail(Files.readString(log(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    private static String tail(String text) {
        return text.length() > LOG_TAIL ? "…" + text.substring(text.length() - LOG_TAIL) : text;
    }

    private record Result(int exit, String output) {}

    /**
     * Runs a PostgreSQL program as the server's user, in the cluster's folder, with none of the
     * caller's PG* variables. The output goes to a file, not a pipe: pg_ctl's server outlives it.
     */
    private Result run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path output = Files.createTempFile("packbench-pg-", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(user.command(command))
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(k -> k.startsWith("PG"));
            env.put("HOME", directory.toString());
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IOException(String.join(" ", command) + " did not finish in " + timeout.toSeconds() + " s: "
                        + tail(Files.readString(output, StandardCharsets.UTF_8)));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * Who runs the server. initdb and postgres refuse root, so root hands them to {@code postgres}
     * (or {@code nobody}); anyone else runs them as themselves.
     */
    private record ServerUser(Optional<String> uid, Optional<String> gid) {
        static ServerUser find() throws IOException, InterruptedException {
            if (!"root".equals(System.getProperty("user.name"))) {
                return new ServerUser(Optional.empty(), Optional.empty());
            }
            for (String name : List.of("postgres", "nobody")) {
                Optional<String> uid = id(name, "-u");
                Optional<String> gid = id(name, "-g");
                if (uid.isPresent() && gid.isPresent()) {
                    return new ServerUser(uid, gid);
                }
            }
            throw new IOException("running as root, and neither user postgres nor nobody exists to run the server");
        }

        private static Optional<String> id(String name, String which) throws IOException, InterruptedException {
            Process p = new ProcessBuilder("id", which, name)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 && out.matches("\\d+") ? Optional.of(out) : Optional.empty();
        }

        void own(Path path) throws IOException {
            if (uid.isPresent()) {
                Files.setAttribute(path, "unix:uid", Integer.parseInt(uid.get()));
                Files.setAttribute(path, "unix:gid", Integer.parseInt(gid.orElseThrow()));
            }
        }

        List<String> command(List<String> command) {
            if (uid.isEmpty()) {
                return command;
            }
            // setpriv execs the program in its own place, so a timeout's kill reaches the program.
            List<String> line = new ArrayList<>(
                    List.of("setpriv", "--reuid=" + uid.get(), "--regid=" + gid.orElseThrow(), "--clear-groups", "--"));
            line.addAll(command);
            return line;
        }
    }

    /**
     * Where the cluster's folder goes: the JVM's temp folder if every user may pass through it (the
     * server's user must reach its folder) and its socket's path stays within Unix's ~107 bytes,
     * else /tmp.
     */
    private static Path baseFolder() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        boolean passable = true;
        for (Path p = tmp; p != null && passable; p = p.getParent()) {
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                passable = perms.contains(PosixFilePermission.OTHERS_EXECUTE);
            } catch (IOException | UnsupportedOperationException e) {
                passable = false;
            }
        }
        return passable && tmp.toString().length() < 60 ? tmp : Path.of("/tmp");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isComplete(Path dir) {
        return Stream.of("initdb", "pg_ctl", "postgres").allMatch(p -> Files.isExecutable(dir.resolve(p)));
    }

    private static Path realParent(Path program) {
        try {
            return program.toRealPath().getParent();
        } catch (IOException e) {
            return program.getParent();
        }
    }

    private static Optional<Path> pgConfigBindir() {
        try {
            Process p = new ProcessBuilder("pg_config", "--bindir")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 && !out.isEmpty() ? Optional.of(Path.of(out)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<Path> newestDebianBindir() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        List<Path> versions = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            dirs.forEach(versions::add);
        } catch (IOException e) {
            return Optional.empty();
        }
        return versions.stream()
                .filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                .max(Comparator.comparingDouble(
                        v -> Double.parseDouble(v.getFileName().toString())))
                .map(v -> v.resolve("bin"))
                .filter(PostgresCluster::isComplete);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Left for the system's temp cleaner; the server is already stopped.
                }
            });
        } catch (NoSuchFileException e) {
            // Gone already.
        } catch (IOException | UncheckedIOException e) {
            // As above.
        }
    }
}
