package org.packbench.print.devices;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A cupsd of the test's own, in the foreground, on a free port of 127.0.0.1, with every file
 * under one folder: the machine's own CUPS, its queues and its printcap are left alone.
 * Clients reach it with {@code -h 127.0.0.1:PORT} or {@code CUPS_SERVER=127.0.0.1:PORT}.
 */
// close() waits for the device to stop and lets an interrupt through: a test interrupted while
// tearing down should fail, not go on with a device still running.
@SuppressWarnings("try")
public final class PrivateCups implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Path root;
    private final int port;
    private Process cupsd;

    private PrivateCups(Path root, int port) {
        this.root = root;
        this.port = port;
    }

    public static PrivateCups start(Path dir) throws IOException, InterruptedException {
        DeviceTools.require("a private CUPS server", "cupsd", "lpadmin", "lpstat", "/usr/bin/lpr");
        PrivateCups cups = new PrivateCups(dir, freePort());
        cups.configure();
        cups.cupsd = new ProcessBuilder(
                        DeviceTools.path("cupsd"),
                        "-f",
                        "-c",
                        dir.resolve("cupsd.conf").toString(),
                        "-s",
                        dir.resolve("cups-files.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("cupsd.out").toFile())
                .start();
        try {
            cups.awaitScheduler();
        } catch (IOException | InterruptedException | RuntimeException e) {
            cups.close();
            throw e;
        }
        return cups;
    }

    private void configure() throws IOException {
        // Filters and backends run as user lp: the folders must be reachable (a JUnit temp folder is
        // closed to others), the temp folder writable.
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root.getParent(), PosixFilePermissions.fromString("rwx--x--x"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String sub : List.of("spool", "cache", "state", "log", "tmp")) {
            Files.createDirectories(root.resolve(sub));
        }
        Files.setPosixFilePermissions(root.resolve("tmp"), PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.writeString(
                root.resolve("cupsd.conf"),
                String.join(
                        "\n",
                        "LogLevel debug",
                        "Listen 127.0.0.1:" + port,
                        "Browsing No",
                        "WebInterface No",
                        "DefaultAuthType None",
                        // A failed job must not stop the queue for the tests after it.
                        "ErrorPolicy abort-job",
                        "<Location />",
                        "  Order allow,deny",
                        "  Allow all",
                        "</Location>",
                        // No authentication for lpadmin: the server is reachable from this machine only.
                        "<Policy default>",
                        "  <Limit All>",
                        "    Order deny,allow",
                        "  </Limit>",
                        "</Policy>",
                        ""));
        Files.writeString(
                root.resolve("cups-files.conf"),
                String.join(
                        "\n",
                        "ServerRoot " + root,
                        "RequestRoot " + root.resolve("spool"),
                        "CacheDir " + root.resolve("cache"),
                        "StateDir " + root.resolve("state"),
                        "TempDir " + root.resolve("tmp"),
                        "ErrorLog " + root.resolve("log/error_log"),
                        "AccessLog " + root.resolve("log/access_log"),
                        "PageLog " + root.resolve("log/page_log"),
                        "Printcap " + root.resolve("printcap"),
                        ""));
    }

    private void awaitScheduler() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!cupsd.isAlive()) {
                throw new IOException("cupsd exited (" + cupsd.exitValue() + "): " + log());
            }
            if (accepts() && run("lpstat", "-h", server(), "-r").contains("scheduler is running")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("cupsd did not come up on " + server() + ": " + log());
            }
            Thread.sleep(100);
        }
    }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public String server() {
        return "127.0.0.1:" + port;
    }

    /** Runs lpadmin against this server; fails with what lpadmin said. */
    public void lpadmin(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("lpadmin", "-h", server()));
        command.addAll(List.of(args));
        run(command.toArray(String[]::new));
    }

    /** Runs a CUPS client program (found in sbin too) and returns its output; fails on a non-zero exit. */
    public String run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        line.set(0, DeviceTools.path(command[0]));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", line) + " hung");
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", line) + " exited " + p.exitValue() + ": " + out);
        }
        return out;
    }

    /** The scheduler's log, for failure messages. */
    public String log() {
        try {
            Path log = root.resolve("log/error_log");
            String text =
                    (Files.exists(log) ? Files.readString(log) : "") + Files.readString(root.resolve("cupsd.out"));
            return text.length() > 6000 ? "…" + text.substring(text.length() - 6000) : text;
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (cupsd != null && cupsd.isAlive()) {
            cupsd.destroy();
            if (!cupsd.waitFor(15, TimeUnit.SECONDS)) {
                cupsd.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
