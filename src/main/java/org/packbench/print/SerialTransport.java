package org.packbench.print;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serial:///dev/ttyUSB0?baud=9600}: a printer on a serial line or USB-COM adapter, 8N1,
 * through jSerialComm. The port stays open between jobs; a write that fails before any byte went
 * out (the adapter was unplugged and plugged back) reopens the port once and sends the job again.
 * A failure once bytes are on the line is unconfirmed ({@link UnconfirmedSendException}): part of
 * the job may have printed, and the packer decides.
 */
public final class SerialTransport implements Transport {
    private static final Logger LOG = LoggerFactory.getLogger(SerialTransport.class);
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);

    private final String device;
    private final int baud;
    private final Duration writeTimeout;
    /** Small enough to pass the line in a fraction of a second, so one stalled chunk means a stalled printer. */
    private final int chunk;

    private SerialPort port;
    private ScheduledExecutorService watchdog;
    private volatile boolean timedOut;
    private boolean closed;

    public SerialTransport(String device, int baud) {
        this(device, baud, DEFAULT_WRITE_TIMEOUT);
    }

    /**
     * @param device a path such as {@code /dev/ttyUSB0}, a stable link such as {@code /dev/serial/by-id/…}, or {@code COM3}
     * @param writeTimeout how long the printer may accept no data at all before the job fails
     */
    public SerialTransport(String device, int baud, Duration writeTimeout) {
        if (device == null || device.isBlank()) {
            throw new ProblemException("devices.serial.noDevice");
        }
        if (baud < 50 || baud > 4_000_000) {
            throw new ProblemException("devices.serial.badBaud", baud);
        }
        if (writeTimeout.isNegative() || writeTimeout.isZero()) {
            throw new IllegalArgumentException("write timeout must be positive: " + writeTimeout);
        }
        this.device = device.strip();
        this.baud = baud;
        this.writeTimeout = writeTimeout;
        this.chunk = Math.max(16, Math.min(4096, baud / 10 / 4));
    }

    @Override
    public synchronized void send(byte[] job) throws IOException {
        if (closed) {
            throw new IOException(Message.of("devices.serial.closed", device).english());
        }
        if (port == null) {
            port = open();
        }
        try {
            writeAll(job);
        } catch (WriteFailed e) {
            closePort();
            if (e.sent > 0) {
                // Part of the job is on the line: the formats it held may have printed, and
                // sending the whole job again could print them twice. Unknown, for the packer.
                throw e.asUnconfirmed();
            }
            if (e.timeout) {
                // A printer that took nothing for the whole timeout is paused or out of paper;
                // sending the job again would only wait as long once more.
                throw e.asIOException();
            }
            LOG.info("Write to {} failed ({}); reopening the port once", device, e.getMessage());
            port = open();
            try {
                writeAll(job);
            } catch (WriteFailed again) {
                closePort();
                throw again.sent > 0 ? again.asUnconfirmed() : again.asIOException();
            }
        }
    }

    private void writeAll(byte[] job) throws WriteFailed {
        int offset = 0;
        while (offset < job.length) {
            int length = Math.min(chunk, job.length - offset);
            timedOut = false;
            SerialPort current = port;
            // jSerialComm has no write timeout on Linux and macOS; closing the port from the
            // watchdog is what makes a write blocked on a stalled printer return.
            ScheduledFuture<?> alarm = watchdog()
                    .schedule(
                            () -> {
                                timedOut = true;
                                current.closePort();
                            },
                            writeTimeout.toMillis(),
                            TimeUnit.MILLISECONDS);
            int written = current.writeBytes(job, length, offset);
            alarm.cancel(false);
            if (timedOut) {
                throw new WriteFailed(
                        Message.of("devices.serial.timeout", device, seconds(writeTimeout), offset, job.length),
                        true,
                        offset);
            }
            if (written <= 0) {
                throw new WriteFailed(
                        Message.of("devices.serial.writeFailed", device, current.getLastErrorCode()), false, offset);
            }
            offset += written;
        }
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private SerialPort open() throws IOException {
        SerialPort opened;
        try {
            opened = SerialPort.getCommPort(systemPath(device));
        } catch (SerialPortInvalidPortException e) {
            // jSerialComm's word for a device that is not there (unplugged, or a wrong name).
            Message why = Message.of("devices.serial.missing", device);
            throw new IOException(why.english(), new ProblemException(why));
        }
        opened.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        // Write-blocking mode drains each chunk to the line, so send() returns only once the
        // printer has the bytes and a close() right after loses none of them. A read mode must be
        // named too: without one jSerialComm makes the descriptor non-blocking and spins on a full line.
        opened.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 100, (int)
                writeTimeout.toMillis());
        if (!opened.openPort()) {
            Message why = Message.of("devices.serial.cannotOpen", device, opened.getLastErrorCode());
            throw new IOException(why.english(), new ProblemException(why));
        }
        return opened;
    }

    /**
     * jSerialComm wants the device itself; a udev link (/dev/serial/by-id/…) or socat's pty link
     * is resolved on every open because the device behind it changes when the adapter is replugged.
     */
    private static String systemPath(String device) {
        try {
            Path path = Path.of(device);
            return path.isAbsolute() && Files.exists(path) ? path.toRealPath().toString() : device;
        } catch (IOException | InvalidPathException e) {
            // COM3 and the like are names for jSerialComm, not paths.
            return device;
        }
    }

    private ScheduledExecutorService watchdog() {
        if (watchdog == null) {
            watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "serial-write-watchdog " + device);
                t.setDaemon(true);
                return t;
            });
        }
        return watchdog;
    }

    private void closePort() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }

    /** Serial printers do not answer status queries on a one-way line we can rely on. */
    @Override
    public Optional<PrinterStatus> status() {
        return Optional.empty();
    }

    @Override
    public synchronized void close() {
        closed = true;
        closePort();
        if (watchdog != null) {
            watchdog.shutdownNow();
            watchdog = null;
        }
    }

    public String device() {
        return device;
    }

    public int baud() {
        return baud;
    }

    @Override
    public String toString() {
        return "serial://" + device + "?baud=" + baud;
    }

    /**
     * Carries whether the failure was a timeout, which is not worth a second attempt, and how many
     * bytes had gone out before it: after the first byte, a job is never sent again whole.
     */
    private static final class WriteFailed extends Exception {
        private final transient Message problem;
        private final boolean timeout;
        private final int sent;

        WriteFailed(Message problem, boolean timeout, int sent) {
            super(problem.english(), null, false, false);
            this.problem = problem;
            this.timeout = timeout;
            this.sent = sent;
        }

        UnconfirmedSendException asUnconfirmed() {
            return new UnconfirmedSendException(problem.english(), new ProblemException(problem));
        }

        IOException asIOException() {
            return new IOException(problem.english(), new ProblemException(problem));
        }
    }
}
