package org.packbench.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A network printer's raw port (9100). One connection is kept while jobs flow and reopened when
 * the printer has dropped it. Status is asked on the same connection: ZPL {@code ~HS} plus the
 * Link-OS label counter ({@code ! U1 getvar "odometer.total_label_count"}), TSPL {@code <ESC>!?};
 * a PDF printer is not asked.
 */
public final class TcpTransport implements Transport {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(2);
    static final byte[] COUNTER_QUERY =
            "! U1 getvar \"odometer.total_label_count\"\r\n".getBytes(StandardCharsets.US_ASCII);
    /** A connection idle this long is probed before a job goes out on it: the printer may have restarted. */
    private static final long PROBE_AFTER_NANOS = Duration.ofSeconds(1).toNanos();

    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "packbench-tcp-watchdog");
                t.setDaemon(true);
                return t;
            });

    /** Jobs are written in pieces this big, each with its own stall watchdog. */
    private static final int CHUNK = 64 * 1024;

    public static final Duration STALL = Duration.ofSeconds(10);

    private final long stallMs;
    private final String host;
    private final int port;
    private final PrinterLanguage language;
    private final int connectTimeoutMs;
    private final int answerTimeoutMs;

    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;
    private long lastAnswerNanos;
    /** Older firmware ignores SGD; asking again on every job would cost a timeout each time. */
    private boolean counterSilent;
    /** The same for a device that does not answer ~HS at all; asked again on the next connection. */
    private boolean statusSilent;

    public TcpTransport(String host, int port, PrinterLanguage language) {
        this(host, port, language, CONNECT_TIMEOUT, ANSWER_TIMEOUT);
    }

    public TcpTransport(
            String host, int port, PrinterLanguage language, Duration connectTimeout, Duration answerTimeout) {
        this(host, port, language, connectTimeout, answerTimeout, STALL);
    }

    /** @param stall how long a write may make no progress before the printer counts as not reading */
    public TcpTransport(
            String host,
            int port,
            PrinterLanguage language,
            Duration connectTimeout,
            Duration answerTimeout,
            Duration stall) {
        this.stallMs = stall.toMillis();
        this.host = host;
        this.port = port;
        this.language = language;
        this.connectTimeoutMs = (int) connectTimeout.toMillis();
        this.answerTimeoutMs = (int) answerTimeout.toMillis();
    }

    /**
     * Sends the job and, where the printer answers status queries, proves it took the whole job:
     * the printer reads its stream in order, so an answer to a query sent after the job means it
     * read the job first. A write that makes no progress (a printer that accepts and never reads)
     * is given up when a chunk of it has made no progress for the stall time (10 s by default).
     *
     * @throws UnconfirmedSendException the bytes left, but the printer did not show it took them
     */
    @Override
    public synchronized void send(byte[] job) throws IOException {
        boolean fresh = connect();
        if (!fresh && System.nanoTime() - lastAnswerNanos > PROBE_AFTER_NANOS && closedByPrinter()) {
            drop();
            connect();
        }
        Socket s = socket;
        java.util.concurrent.atomic.AtomicBoolean stalled = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            // A blocking socket write has no timeout of its own: a watchdog closes the socket when
            // a chunk makes no progress for stallMs, which is what ends the write.
            for (int at = 0; at < job.length; at += CHUNK) {
                java.util.concurrent.ScheduledFuture<?> watchdog = WATCHDOG.schedule(
                        () -> {
                            stalled.set(true);
                            try {
                                s.close();
                            } catch (IOException e) {
                                // Closing is all the watchdog can do.
                            }
                        },
                        stallMs,
                        java.util.concurrent.TimeUnit.MILLISECONDS);
                try {
                    out.write(job, at, Math.min(CHUNK, job.length - at));
                    out.flush();
                } finally {
                    watchdog.cancel(false);
                }
            }
        } catch (IOException e) {
            drop();
            if (stalled.get()) {
                throw new IOException(
                        "the printer at " + host + ":" + port + " took no data for " + stallMs / 1000.0
                                + " s (it accepts the connection but does not read); check the printer",
                        e);
            }
            throw e;
        }
        if (stalled.get()) {
            drop();
            throw new UnconfirmedSendException(
                    "the printer at " + host + ":" + port + " was too slow taking the job; "
                            + "whether it printed is unknown",
                    null);
        }
        confirm();
    }

    private void confirm() throws IOException {
        if (language == PrinterLanguage.PDF || statusSilent) {
            return;
        }
        try {
            drain();
            boolean answered;
            if (language == PrinterLanguage.TSPL) {
                write(TsplStatusByte.QUERY);
                answered = read(1, r -> r.length >= 1).length == 1;
            } else {
                write(ZplHostStatus.QUERY);
                answered = ZplHostStatus.parse(read(256, r -> ZplHostStatus.frameCount(r, r.length) >= 3))
                        .isPresent();
            }
            if (!answered) {
                drop();
                throw new UnconfirmedSendException(
                        "the printer at " + host + ":" + port + " stopped answering after "
                                + "the job was sent; whether it printed is unknown",
                        null);
            }
        } catch (UnconfirmedSendException e) {
            throw e;
        } catch (IOException e) {
            drop();
            throw new UnconfirmedSendException(
                    "the printer at " + host + ":" + port + " closed the connection while " + "taking the job ("
                            + e.getMessage() + "); whether it printed is unknown",
                    e);
        }
    }

    @Override
    public synchronized Optional<PrinterStatus> status() throws IOException {
        if (language == PrinterLanguage.PDF) {
            return Optional.empty();
        }
        boolean fresh = connect();
        try {
            return ask();
        } catch (IOException e) {
            drop();
            if (fresh) {
                throw e;
            }
            // A kept connection the printer has closed (restarted, or idle timeout): one new try.
            connect();
            try {
                return ask();
            } catch (IOException again) {
                drop();
                throw again;
            }
        }
    }

    private Optional<PrinterStatus> ask() throws IOException {
        if (statusSilent) {
            return Optional.empty();
        }
        drain();
        if (language == PrinterLanguage.TSPL) {
            write(TsplStatusByte.QUERY);
            byte[] answer = read(1, r -> r.length >= 1);
            if (answer.length == 0) {
                statusSilent = true;
                return Optional.empty();
            }
            return Optional.of(TsplStatusByte.status(answer[0] & 0xFF));
        }
        write(ZplHostStatus.QUERY);
        byte[] raw = read(256, r -> ZplHostStatus.frameCount(r, r.length) >= 3);
        Optional<ZplHostStatus> hs = ZplHostStatus.parse(raw);
        if (hs.isEmpty()) {
            // No answer, or not one we can read: a print server that only forwards, say. Jobs still
            // go, without a status, and this connection does not wait for one again.
            statusSilent = true;
            return Optional.empty();
        }
        return Optional.of(new PrinterStatus(hs.get().problems(), counter()));
    }

    /** The printer's lifetime label count, or -1 when it does not say. */
    private long counter() throws IOException {
        if (counterSilent) {
            return -1;
        }
        write(COUNTER_QUERY);
        byte[] raw = read(64, r -> quotes(r) >= 2);
        String text = new String(raw, StandardCharsets.US_ASCII).strip();
        if (quotes(raw) < 2 || !text.matches("\"[0-9]{1,18}\"")) {
            counterSilent = true;
            return -1;
        }
        return Long.parseLong(text.substring(1, text.length() - 1));
    }

    private static int quotes(byte[] r) {
        int n = 0;
        for (byte b : r) {
            if (b == '"') {
                n++;
            }
        }
        return n;
    }

    private interface Complete {
        boolean test(byte[] sofar);
    }

    /** Reads until {@code done} or the answer timeout; what came until then (maybe nothing) otherwise. */
    private byte[] read(int max, Complete done) throws IOException {
        byte[] buf = new byte[max];
        int n = 0;
        long deadline = System.nanoTime() + answerTimeoutMs * 1_000_000L;
        while (n < max) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                break;
            }
            socket.setSoTimeout((int) Math.max(1, left));
            int r;
            try {
                r = in.read(buf, n, max - n);
            } catch (SocketTimeoutException e) {
                break;
            }
            if (r < 0) {
                throw new IOException("the printer at " + host + ":" + port + " closed the connection");
            }
            n += r;
            byte[] sofar = java.util.Arrays.copyOf(buf, n);
            if (done.test(sofar)) {
                lastAnswerNanos = System.nanoTime();
                return sofar;
            }
        }
        return java.util.Arrays.copyOf(buf, n);
    }

    /** Bytes of an answer that came after its timeout must not be read as the next answer. */
    private void drain() throws IOException {
        while (in.available() > 0) {
            if (in.skip(in.available()) <= 0) {
                break;
            }
        }
    }

    /** True when the printer has closed a kept connection; waits a millisecond at most. */
    private boolean closedByPrinter() {
        try {
            socket.setSoTimeout(1);
            int b = in.read();
            return b < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Opens the connection if there is none; true when it is new. */
    private boolean connect() throws IOException {
        if (socket != null && !socket.isClosed()) {
            return false;
        }
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            s.connect(new InetSocketAddress(host, port), connectTimeoutMs);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        statusSilent = false;
        lastAnswerNanos = System.nanoTime();
        return true;
    }

    private void drop() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Already broken; the next job opens a new one.
            }
        }
    }

    /** May be called from another thread to stop a send blocked on a printer that stopped reading. */
    @Override
    public void close() {
        drop();
    }

    @Override
    public String toString() {
        return "tcp://" + host + ":" + port + " (" + language.code() + ")";
    }
}
