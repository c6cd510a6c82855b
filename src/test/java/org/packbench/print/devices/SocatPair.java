package org.packbench.print.devices;

import com.fazecast.jSerialComm.SerialPort;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Two pseudo-terminals joined by socat, standing for a serial cable: what is written to one end
 * comes out of the other. The ends are symlinks that stay put while socat is stopped and started
 * again ("unplugged" and "plugged back"), though the /dev/pts devices behind them change.
 */
// close() waits for the device to stop and lets an interrupt through: a test interrupted while
// tearing down should fail, not go on with a device still running.
@SuppressWarnings("try")
public final class SocatPair implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);

    private final Path dir;
    private final Path a;
    private final Path b;
    private Process socat;
    private boolean paused;
    private int starts;

    private SocatPair(Path dir) {
        this.dir = dir;
        this.a = dir.resolve("a");
        this.b = dir.resolve("b");
    }

    public static SocatPair start(Path dir) throws IOException, InterruptedException {
        DeviceTools.require("a virtual serial cable", "socat");
        SocatPair pair = new SocatPair(dir);
        pair.plug();
        return pair;
    }

    /** The end the code under test uses. */
    public Path a() {
        return a;
    }

    /** The end the test plays the device on. */
    public Path b() {
        return b;
    }

    public synchronized void plug() throws IOException, InterruptedException {
        if (socat != null) {
            throw new IllegalStateException("socat is running");
        }
        Files.deleteIfExists(a);
        Files.deleteIfExists(b);
        Path log = dir.resolve("socat-" + (++starts) + ".log");
        socat = new ProcessBuilder(
                        DeviceTools.path("socat"), "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!ready(log)) {
            if (!socat.isAlive() || System.nanoTime() > deadline) {
                String said = Files.exists(log) ? Files.readString(log) : "";
                unplug();
                throw new IOException("socat did not set up the pty pair: " + said);
            }
            Thread.sleep(20);
        }
    }

    private boolean ready(Path log) throws IOException {
        return Files.exists(a)
                && Files.exists(b)
                && Files.exists(log)
                && Files.readString(log).contains("starting data transfer loop");
    }

    /** Ends socat: both ptys hang up, as a USB-serial adapter does when pulled out. */
    public synchronized void unplug() throws IOException, InterruptedException {
        if (socat == null) {
            return;
        }
        if (paused) {
            resume();
        }
        socat.destroy();
        if (!socat.waitFor(5, TimeUnit.SECONDS)) {
            socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        socat = null;
        Files.deleteIfExists(a);
        Files.deleteIfExists(b);
    }

    public void replug() throws IOException, InterruptedException {
        unplug();
        plug();
    }

    /** Stops socat without ending it, so nothing drains the line: a printer that has stopped taking data. */
    public synchronized void pause() throws IOException, InterruptedException {
        signal("-STOP");
        paused = true;
    }

    public synchronized void resume() throws IOException, InterruptedException {
        signal("-CONT");
        paused = false;
    }

    private void signal(String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", signal, Long.toString(socat.pid()))
                .inheritIO()
                .start()
                .waitFor(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        unplug();
    }

    /** Opens the far end of the cable, resolved to its /dev/pts device, as the test's device. */
    public static Peer peer(Path end) throws IOException {
        SerialPort port = SerialPort.getCommPort(end.toRealPath().toString());
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
        if (!port.openPort()) {
            throw new IOException("cannot open " + end + " (error " + port.getLastErrorCode() + ")");
        }
        return new Peer(port);
    }

    /** The device side of the cable: a printer that reads, or a scanner that writes. */
    public static final class Peer implements AutoCloseable {
        private final SerialPort port;

        private Peer(SerialPort port) {
            this.port = port;
        }

        public void write(byte[] data) throws IOException {
            if (port.writeBytes(data, data.length) != data.length) {
                throw new IOException("peer write failed (error " + port.getLastErrorCode() + ")");
            }
        }

        /** Reads in the background until {@code expected} bytes came or {@code timeout} passed. */
        public CompletableFuture<byte[]> read(int expected, Duration timeout) {
            return CompletableFuture.supplyAsync(() -> {
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                long deadline = System.nanoTime() + timeout.toNanos();
                while (got.size() < expected && System.nanoTime() < deadline) {
                    int n = port.readBytes(buffer, Math.min(buffer.length, expected - got.size()));
                    if (n < 0) {
                        break;
                    }
                    got.write(buffer, 0, n);
                }
                return got.toByteArray();
            });
        }

        @Override
        public void close() {
            port.closePort();
        }
    }
}
