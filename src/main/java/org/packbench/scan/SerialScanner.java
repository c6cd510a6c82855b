package org.packbench.scan;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.packbench.i18n.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scanner on a serial line or USB-COM port: reads what it sends, cuts it into scans at the
 * terminator and hands each scan, as text, to a listener. Turning that text into a code
 * (terminator variants, GS stand-ins, keyboard layouts) is {@link ScanInput}'s job.
 *
 * <p>The listener runs on the scanner's own thread; a JavaFX listener must pass the scan on to
 * the FX thread itself. When the scanner is unplugged the port is closed and reopened as soon
 * as the device is back, checked every {@link #RECONNECT_INTERVAL}.
 */
public final class SerialScanner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SerialScanner.class);
    public static final Duration RECONNECT_INTERVAL = Duration.ofMillis(500);
    /** How long one read waits for data: also how soon close() is noticed. */
    private static final int READ_TIMEOUT_MS = 200;
    /** Longer than any code a bench scans; more without a terminator is a wrong baud rate or terminator. */
    private static final int MAX_SCAN_BYTES = 8192;

    private final String device;
    private final Path path;
    private final int baud;
    private final byte[] terminator;
    private final Charset charset;
    private final Consumer<String> listener;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final byte[] line = new byte[MAX_SCAN_BYTES];
    private int lineLength;
    private volatile Thread thread;
    private volatile boolean connected;
    private boolean openFailureLogged;

    /** A scanner sending UTF-8 with CR after each scan, the factory setting of most. */
    public SerialScanner(String device, int baud, Consumer<String> listener) {
        this(device, baud, "\r", StandardCharsets.UTF_8, listener);
    }

    /**
     * @param terminator what the scanner sends after each scan; see {@link #terminator(String)} for settings text
     * @param charset    UTF-8, or windows-1251 for scanners set up for a Russian Windows code page
     */
    public SerialScanner(String device, int baud, String terminator, Charset charset, Consumer<String> listener) {
        if (device == null || device.isBlank()) {
            throw new ProblemException("devices.serial.noDevice");
        }
        if (baud < 50 || baud > 4_000_000) {
            throw new ProblemException("devices.serial.badBaud", baud);
        }
        if (terminator == null || terminator.isEmpty()) {
            throw new ProblemException("devices.scanner.noTerminator");
        }
        this.device = device.strip();
        this.path = absolute(this.device);
        this.baud = baud;
        this.terminator = terminator.getBytes(charset);
        this.charset = charset;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Settings text to terminator: CR, LF, CRLF or TAB by name, else the text itself with \r, \n and \t escapes. */
    public static String terminator(String setting) {
        if (setting == null || setting.isEmpty()) {
            throw new ProblemException("devices.scanner.noTerminator");
        }
        return switch (setting.strip().toUpperCase(Locale.ROOT)) {
            case "CR" -> "\r";
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            case "TAB" -> "\t";
            default -> setting.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t");
        };
    }

    /** Starts reading; scans arrive at the listener until {@link #close()}. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started: " + device);
        }
        thread = new Thread(this::run, "serial-scanner " + device);
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the port is open now; false while the scanner is unplugged. */
    public boolean connected() {
        return connected;
    }

    @Override
    public void close() {
        stop.countDown();
        Thread running = thread;
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        byte[] buffer = new byte[512];
        while (!stopped()) {
            SerialPort port = open();
            if (port != null) {
                connected = true;
                LOG.info("Scanner on {} connected", device);
                try {
                    readUntilGone(port, buffer);
                } finally {
                    connected = false;
                    port.closePort();
                    // Half a scan from before the unplug would spoil the first scan after it.
                    lineLength = 0;
                }
                if (!stopped()) {
                    LOG.warn("Scanner on {} disconnected; waiting for it to come back", device);
                }
            }
            pause();
        }
    }

    private void readUntilGone(SerialPort port, byte[] buffer) {
        while (!stopped()) {
            int n = port.readBytes(buffer, buffer.length);
            if (n < 0) {
                return;
            }
            if (n == 0 && path != null && !Files.exists(path)) {
                // Some USB-serial drivers keep answering "no data" after the device node has gone.
                return;
            }
            accept(buffer, n);
        }
    }

    private void accept(byte[] buffer, int n) {
        for (int i = 0; i < n; i++) {
            if (lineLength == line.length) {
                LOG.warn(
                        "Scanner on {} sent {} bytes without a terminator; dropped (wrong baud rate or terminator?)",
                        device,
                        lineLength);
                lineLength = 0;
            }
            line[lineLength++] = buffer[i];
            if (endsWithTerminator()) {
                deliver(new String(line, 0, lineLength - terminator.length, charset));
                lineLength = 0;
            }
        }
    }

    private boolean endsWithTerminator() {
        return lineLength >= terminator.length
                && Arrays.equals(line, lineLength - terminator.length, lineLength, terminator, 0, terminator.length);
    }

    private void deliver(String raw) {
        // A scanner sending CRLF to a bench set for CR leaves the LF at the start of the next scan.
        String scan = raw.replaceAll("^[\\r\\n]+|[\\r\\n]+$", "");
        if (scan.isEmpty()) {
            return;
        }
        try {
            listener.accept(scan);
        } catch (RuntimeException e) {
            // A fault in one consumer must not stop the scanner for the rest of the shift.
            LOG.error("Scan listener failed on a scan from {}", device, e);
        }
    }

    private SerialPort open() {
        String resolved = systemPath();
        if (resolved == null) {
            return null;
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(resolved);
        } catch (SerialPortInvalidPortException e) {
            return null;
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MS, 0);
        if (port.openPort()) {
            openFailureLogged = false;
            return port;
        }
        if (!openFailureLogged) {
            // Said once, not every half second: a port held by another program or closed to this user.
            LOG.warn(
                    "Scanner port {} is there but does not open (error {}); retrying",
                    resolved,
                    port.getLastErrorCode());
            openFailureLogged = true;
        }
        return null;
    }

    /**
     * The device to open, with links resolved each time (udev's /dev/serial/by-id/… and socat's
     * pty links point elsewhere after a replug); null while the device is missing.
     */
    private String systemPath() {
        try {
            return path == null ? device : path.toRealPath().toString();
        } catch (IOException e) {
            return null;
        }
    }

    /** The device as a file path, or null for names such as COM3 that only jSerialComm understands. */
    private static Path absolute(String device) {
        try {
            Path p = Path.of(device);
            return p.isAbsolute() ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void pause() {
        try {
            stop.await(RECONNECT_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.countDown();
        }
    }

    private boolean stopped() {
        return stop.getCount() == 0;
    }

    @Override
    public String toString() {
        return "serial scanner " + device + " at " + baud + " baud";
    }
}
