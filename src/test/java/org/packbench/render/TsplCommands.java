package org.packbench.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small TSPL reader for the tests: one command a CRLF-terminated line, except that BITMAP's
 * binary payload (width bytes × height) is taken by count, as a printer does, not up to a line end.
 */
final class TsplCommands {
    record Command(String name, List<String> args, byte[] payload) {
        String arg(int i) {
            return args.get(i);
        }

        int intArg(int i) {
            return Integer.parseInt(args.get(i).trim());
        }

        /** The BITMAP as dots, 1 = black, after undoing TSPL's 0-prints polarity. */
        DotImage bitmap() {
            int wb = intArg(2);
            int h = intArg(3);
            byte[] bits = payload.clone();
            for (int i = 0; i < bits.length; i++) {
                bits[i] = (byte) ~bits[i];
            }
            return DotImage.ofPacked(intArg(0), intArg(1), wb * 8, h, bits);
        }
    }

    private final List<Command> commands = new ArrayList<>();

    TsplCommands(byte[] tspl) {
        int i = 0;
        while (i < tspl.length) {
            int lineEnd = indexOf(tspl, i, "\r\n");
            String head = new String(
                    tspl, i, Math.min(lineEnd < 0 ? tspl.length : lineEnd, i + 40) - i, StandardCharsets.US_ASCII);
            if (head.startsWith("BITMAP ")) {
                int commas = 0;
                int p = i;
                while (commas < 5) {
                    if (tspl[p++] == ',') {
                        commas++;
                    }
                }
                String header = new String(tspl, i + 7, p - 1 - (i + 7), StandardCharsets.US_ASCII);
                List<String> args = List.of(header.split(","));
                int length = Integer.parseInt(args.get(2)) * Integer.parseInt(args.get(3));
                byte[] payload = new byte[length];
                System.arraycopy(tspl, p, payload, 0, length);
                commands.add(new Command("BITMAP", args, payload));
                i = p + length;
                if (tspl[i] != '\r' || tspl[i + 1] != '\n') {
                    throw new AssertionError("BITMAP payload is not followed by CRLF at " + i);
                }
                i += 2;
                continue;
            }
            if (lineEnd < 0) {
                throw new AssertionError("last command has no CRLF");
            }
            String line = new String(tspl, i, lineEnd - i, StandardCharsets.UTF_8);
            int space = line.indexOf(' ');
            String name = space < 0 ? line : line.substring(0, space);
            List<String> args = space < 0 ? List.of() : splitArgs(line.substring(space + 1));
            commands.add(new Command(name, args, new byte[0]));
            i = lineEnd + 2;
        }
    }

    List<Command> all() {
        return commands;
    }

    List<Command> named(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).toList();
    }

    Command first(String name) {
        return named(name).stream().findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    /** Commas split arguments except inside double quotes; quotes are kept off the values. */
    private static List<String> splitArgs(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && s.startsWith("\\[\"]", i)) {
                cur.append('"');
                i += 3;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static int indexOf(byte[] b, int from, String s) {
        byte[] n = s.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i <= b.length - n.length; i++) {
            for (int k = 0; k < n.length; k++) {
                if (b[i + k] != n[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
