package org.packbench.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A port-9100 printer on 127.0.0.1 for tests. It keeps the job bytes of each connection (status
 * queries taken out), counts labels like a real printer's odometer (a ZPL format at {@code ^XZ}
 * times its {@code ^PQ}, a TSPL {@code PRINT m,n}), answers {@code ~HS} with the three strings of
 * the ZPL manual, the Link-OS counter query, and TSPL {@code <ESC>!?}; and it can be switched off
 * (the port refuses connections) and on again on the same port.
 */
public final class TestPrinter implements AutoCloseable {
    public enum Language {
        ZPL,
        TSPL
    }

    private static final Pattern PQ = Pattern.compile("\\^PQ(\\d+)");
    private static final Pattern TSPL_PRINT = Pattern.compile("PRINT (\\d+)(?:,(\\d+))?");

    private final Language language;
    private final int port;
    private final List<Connection> connections = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private ServerSocket server;
    private long counter;
    private int statusQueries;

    public volatile boolean paperOut;
    public volatile boolean headOpen;
    public volatile boolean paused;
    /** Formats received but not printed yet (ZPL ~HS eee): the printer is busy. */
    public volatile int formatsWaiting;
    /** Old firmware: no Link-OS, so the counter query gets no answer. */
    public volatile boolean answersCounter = true;
    /** A print server that only forwards: ~HS gets no answer at all. */
    public volatile boolean answersStatus = true;
    /** Resets the connection (RST) once it has read this many bytes on it; -1: never. */
    public volatile int resetAfterBytes = -1;
    /** Accepts connections and never reads from them, as a hung print server does. */
    public volatile boolean neverReads;

    public TestPrinter(Language language, long counterStart) throws IOException {
        this.language = language;
        this.counter = counterStart;
        this.server = listen(0);
        this.port = server.getLocalPort();
        accept(server);
    }

    public static TestPrinter zpl() throws IOException {
        return new TestPrinter(Language.ZPL, 1000);
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    /** A ZPL profile named {@code name} for this printer at 203 dpi: no stock, offsets or settings of its own. */
    public PrinterProfile profile(String name) {
        return new PrinterProfile(
                name,
                PrinterLanguage.ZPL,
                203,
                java.util.Optional.empty(),
                java.math.BigDecimal.ZERO,
                java.math.BigDecimal.ZERO,
                java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(),
                TransportUri.parse(uri()));
    }

    public int port() {
        return port;
    }

    /** Switched off: open connections are cut and the port refuses new ones. */
    public synchronized void offline() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        for (Connection c : connections) {
            c.socket.close();
        }
        awaitRefused();
    }

    /**
     * Returns once the port refuses connections. Closing a server socket while its thread is blocked
     * in accept() releases the port only when that thread has left accept(); until then the kernel
     * may still complete a connection, and a test of an offline printer would see it online.
     */
    private void awaitRefused() throws IOException {
        long end = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < end) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            } catch (IOException refused) {
                return;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IOException("port " + port + " still accepts connections 2 s after the test printer went offline");
    }

    public synchronized void online() throws IOException {
        if (server == null) {
            server = listen(port);
            accept(server);
        }
    }

    public synchronized long counter() {
        return counter;
    }

    public synchronized int statusQueries() {
        return statusQueries;
    }

    /** Every complete label received, in order (ZPL from ^XA to ^XZ; TSPL from SIZE to PRINT). */
    public synchronized List<String> labels() {
        return List.copyOf(labels);
    }

    /** The job bytes of every connection, in the order the connections were opened. */
    public synchronized byte[] data() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        connections.forEach(c -> all.writeBytes(c.data.toByteArray()));
        return all.toByteArray();
    }

    public synchronized int connectionCount() {
        return connections.size();
    }

    @Override
    public void close() throws IOException {
        offline();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        return s;
    }

    private void accept(ServerSocket s) {
        Thread t = new Thread(
                () -> {
                    while (!s.isClosed()) {
                        try {
                            Socket socket = s.accept();
                            Connection c = new Connection(socket);
                            synchronized (this) {
                                connections.add(c);
                            }
                            Thread reader = new Thread(c::run, "test-printer-connection");
                            reader.setDaemon(true);
                            reader.start();
                        } catch (IOException e) {
                            return;
                        }
                    }
                },
                "test-printer-" + port);
        t.setDaemon(true);
        t.start();
    }

    private final class Connection {
        final Socket socket;
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private byte[] buf = new byte[0];
        private int pos;
        private int formatStart = -1;

        Connection(Socket socket) {
            this.socket = socket;
        }

        void run() {
            try (socket;
                    InputStream in = socket.getInputStream();
                    OutputStream out = socket.getOutputStream()) {
                if (neverReads) {
                    // Hold the connection open, read nothing, until the test closes the printer.
                    while (!socket.isClosed() && in.available() >= 0) {
                        Thread.sleep(50);
                        if (!neverReads) {
                            break;
                        }
                    }
                    return;
                }
                byte[] chunk = new byte[resetAfterBytes > 0 ? Math.min(64 * 1024, resetAfterBytes) : 64 * 1024];
                int n;
                long total = 0;
                while ((n = in.read(chunk)) >= 0) {
                    total += n;
                    if (resetAfterBytes >= 0 && total >= resetAfterBytes) {
                        // A printer that restarts mid-job: the connection ends in a reset, the job half read.
                        socket.setSoLinger(true, 0);
                        socket.close();
                        return;
                    }
                    int old = buf.length;
                    buf = Arrays.copyOf(buf, old + n);
                    System.arraycopy(chunk, 0, buf, old, n);
                    synchronized (TestPrinter.this) {
                        if (language == Language.ZPL) {
                            zpl(out);
                        } else {
                            tspl(out);
                        }
                        compact();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // Switched off, or the sender went away: what was not complete is not printed.
            }
        }

        private void zpl(OutputStream out) throws IOException {
            while (pos < buf.length) {
                if (formatStart >= 0) {
                    int end = indexOf("^XZ", pos);
                    if (end < 0) {
                        pos = Math.max(pos, buf.length - 2);
                        return;
                    }
                    String label = new String(buf, formatStart, end + 3 - formatStart, StandardCharsets.UTF_8);
                    data.write(buf, formatStart, end + 3 - formatStart);
                    Matcher pq = PQ.matcher(label);
                    counter += pq.find() ? Long.parseLong(pq.group(1)) : 1;
                    labels.add(label);
                    pos = end + 3;
                    formatStart = -1;
                } else if (startsWith("~HS")) {
                    statusQueries++;
                    if (answersStatus) {
                        out.write(hostStatus());
                        out.flush();
                    }
                    pos += 3;
                } else if (startsWith("! U1")) {
                    int nl = indexOf("\n", pos);
                    if (nl < 0) {
                        return;
                    }
                    if (answersCounter) {
                        out.write(("\"" + counter + "\"\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                    pos = nl + 1;
                } else if (startsWith("^XA")) {
                    formatStart = pos;
                    pos += 3;
                } else if (buf.length - pos < 4 && prefixOfCommand()) {
                    return;
                } else {
                    data.write(buf[pos++]);
                }
            }
        }

        private void tspl(OutputStream out) throws IOException {
            while (pos < buf.length) {
                if (buf[pos] == 0x1B) {
                    if (buf.length - pos < 3) {
                        return;
                    }
                    statusQueries++;
                    out.write(
                            new byte[] {(byte) ((paperOut ? 0x04 : 0) | (headOpen ? 0x01 : 0) | (paused ? 0x10 : 0))});
                    out.flush();
                    pos += 3;
                    continue;
                }
                int nl = indexOf("\n", pos);
                if (startsWith("BITMAP ")) {
                    // BITMAP x,y,widthBytes,height,mode, then widthBytes*height bytes of bits, then CR LF.
                    int commas = 0;
                    int i = pos;
                    while (i < buf.length && commas < 5) {
                        if (buf[i++] == ',') {
                            commas++;
                        }
                    }
                    if (commas < 5) {
                        return;
                    }
                    String[] f = new String(buf, pos + 7, i - pos - 8, StandardCharsets.US_ASCII).split(",");
                    int end = i + Integer.parseInt(f[2]) * Integer.parseInt(f[3]) + 2;
                    if (end > buf.length) {
                        return;
                    }
                    nl = end - 1;
                } else if (nl < 0) {
                    return;
                }
                if (formatStart < 0) {
                    formatStart = pos;
                }
                String line = new String(buf, pos, nl + 1 - pos, StandardCharsets.US_ASCII);
                data.write(buf, pos, nl + 1 - pos);
                Matcher print = TSPL_PRINT.matcher(line);
                if (print.lookingAt()) {
                    counter += Long.parseLong(print.group(1))
                            * (print.group(2) == null ? 1 : Long.parseLong(print.group(2)));
                    labels.add(new String(buf, formatStart, nl + 1 - formatStart, StandardCharsets.ISO_8859_1));
                    formatStart = -1;
                }
                pos = nl + 1;
            }
        }

        /** Drops what has been handled, so a long connection does not grow without end. */
        private void compact() {
            int keep = formatStart >= 0 ? formatStart : pos;
            if (keep > 0) {
                buf = Arrays.copyOfRange(buf, keep, buf.length);
                pos -= keep;
                if (formatStart >= 0) {
                    formatStart -= keep;
                }
            }
        }

        private boolean prefixOfCommand() {
            String rest = new String(buf, pos, buf.length - pos, StandardCharsets.US_ASCII);
            return "~HS".startsWith(rest) || "! U1".startsWith(rest) || "^XA".startsWith(rest);
        }

        private boolean startsWith(String s) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            if (buf.length - pos < b.length) {
                return false;
            }
            for (int i = 0; i < b.length; i++) {
                if (buf[pos + i] != b[i]) {
                    return false;
                }
            }
            return true;
        }

        private int indexOf(String s, int from) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            outer:
            for (int i = from; i <= buf.length - b.length; i++) {
                for (int j = 0; j < b.length; j++) {
                    if (buf[i + j] != b[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

    /** The three ~HS strings with this printer's flags, as a ZD-series printer sends them. */
    private byte[] hostStatus() {
        String one =
                String.format("030,%d,%d,0320,%03d,0,0,0,000,0,0,0", paperOut ? 1 : 0, paused ? 1 : 0, formatsWaiting);
        String two = String.format("001,0,%d,0,0,2,6,0,%08d,1,000", headOpen ? 1 : 0, 0);
        String three = "1234,0";
        return ("\u0002" + one + "\u0003\r\n\u0002" + two + "\u0003\r\n\u0002" + three + "\u0003\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
