package org.packbench.print;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.packbench.i18n.ProblemException;

/**
 * Where a printer profile sends its labels, written as a URI: {@code tcp://HOST:9100} (a network
 * printer's raw port), {@code spooler://QUEUE} (a queue of the system's spooler, for printers
 * with a driver) or {@code serial:///dev/ttyUSB0?baud=9600} ({@code serial://COM3?baud=9600} on
 * Windows). Parsing is strict so that a typo is refused when the profile is added, not when the
 * first parcel waits for its label.
 */
public sealed interface TransportUri {
    int RAW_PORT = 9100;
    int DEFAULT_BAUD = 9600;
    List<Integer> BAUD_RATES = List.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200);

    String scheme();

    /** A network printer's raw port. */
    record Tcp(String host, int port) implements TransportUri {
        @Override
        public String scheme() {
            return "tcp";
        }

        @Override
        public String toString() {
            return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** A queue of the operating system's spooler, by its name as the system lists it. */
    record Spooler(String queue) implements TransportUri {
        @Override
        public String scheme() {
            return "spooler";
        }

        @Override
        public String toString() {
            return "spooler://" + queue.replace("%", "%25").replace(" ", "%20");
        }
    }

    /** A serial line (often a USB-COM adapter) at a fixed speed, 8 data bits, no parity, 1 stop bit. */
    record Serial(String device, int baud) implements TransportUri {
        @Override
        public String scheme() {
            return "serial";
        }

        @Override
        public String toString() {
            return "serial://" + device + "?baud=" + baud;
        }
    }

    static TransportUri parse(String text) {
        String uri = text == null ? "" : text.strip();
        if (uri.isEmpty()) {
            throw new ProblemException("print.uri.empty");
        }
        int sep = uri.indexOf("://");
        String scheme = sep < 0 ? "" : uri.substring(0, sep).toLowerCase(Locale.ROOT);
        String rest = sep < 0 ? "" : uri.substring(sep + 3);
        return switch (scheme) {
            case "tcp" -> tcp(uri, rest);
            case "spooler" -> spooler(uri, rest);
            case "serial" -> serial(uri, rest);
            default -> throw new ProblemException("print.uri.scheme", uri);
        };
    }

    private static Tcp tcp(String uri, String rest) {
        String authority = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        if (authority.contains("/") || authority.contains("?") || authority.contains("@")) {
            throw new ProblemException("print.uri.tcpExtra", uri);
        }
        String host;
        String port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new ProblemException("print.uri.tcpHost", uri);
            }
            host = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new ProblemException("print.uri.tcpExtra", uri);
                }
                port = after.substring(1);
            }
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? null : authority.substring(colon + 1);
            if (host.contains(":")) {
                // An IPv6 address must be bracketed, or its last group would be read as the port.
                throw new ProblemException("print.uri.tcpHost", uri);
            }
        }
        if (host.isBlank() || !host.matches("[A-Za-z0-9._:%-]+")) {
            throw new ProblemException("print.uri.tcpHost", uri);
        }
        int p = RAW_PORT;
        if (port != null) {
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw new ProblemException("print.uri.tcpPort", uri, port);
            }
            p = Integer.parseInt(port);
        }
        return new Tcp(host, p);
    }

    private static Spooler spooler(String uri, String rest) {
        String queue = decode(rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest)
                .strip();
        if (queue.isEmpty() || queue.contains("/") || queue.chars().anyMatch(c -> c < 0x20)) {
            throw new ProblemException("print.uri.spoolerQueue", uri);
        }
        return new Spooler(queue);
    }

    private static Serial serial(String uri, String rest) {
        int q = rest.indexOf('?');
        String device = q < 0 ? rest : rest.substring(0, q);
        String query = q < 0 ? "" : rest.substring(q + 1);
        if (device.isBlank() || device.equals("/") || device.chars().anyMatch(c -> c <= 0x20)) {
            throw new ProblemException("print.uri.serialDevice", uri);
        }
        int baud = DEFAULT_BAUD;
        for (String param : query.isEmpty() ? new String[0] : query.split("&")) {
            int eq = param.indexOf('=');
            String name = eq < 0 ? param : param.substring(0, eq);
            String value = eq < 0 ? "" : param.substring(eq + 1);
            if (!name.equalsIgnoreCase("baud")) {
                throw new ProblemException("print.uri.serialParam", uri, name);
            }
            if (!value.matches("[0-9]{3,6}") || !BAUD_RATES.contains(Integer.parseInt(value))) {
                throw new ProblemException("print.uri.serialBaud", uri, value);
            }
            baud = Integer.parseInt(value);
        }
        return new Serial(device, baud);
    }

    /** %XX escapes only: a queue name may hold a plus sign, which form decoding would turn into a space. */
    private static String decode(String s) {
        if (!s.contains("%")) {
            return s;
        }
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length];
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && isHex(in[i + 1]) && isHex(in[i + 2])) {
                out[n++] = (byte) Integer.parseInt(new String(in, i + 1, 2, StandardCharsets.US_ASCII), 16);
                i += 2;
            } else {
                out[n++] = in[i];
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
