package org.packbench.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A small ZPL reader for the tests: splits a label into its ^ commands, groups ^FO…^FS fields,
 * expands ^GFA graphics (hex and ASCII compression) and reads ^BC manual-mode data back into
 * Code 128 values. Written from the ZPL II Programming Guide, independently of the writer.
 */
final class ZplCommands {
    record Command(String name, String params) {
        List<String> args() {
            return List.of(params.split(",", -1));
        }

        String arg(int i) {
            List<String> a = args();
            return i < a.size() ? a.get(i) : "";
        }

        int intArg(int i) {
            return Integer.parseInt(arg(i).trim());
        }
    }

    /** The commands from one ^FO to its ^FS. */
    record Field(int x, int y, List<Command> commands) {
        Command get(String name) {
            return commands.stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no ^" + name + " in field at " + x + "," + y));
        }

        boolean has(String name) {
            return commands.stream().anyMatch(c -> c.name().equals(name));
        }
    }

    private final List<Command> commands = new ArrayList<>();

    ZplCommands(String zpl) {
        int i = zpl.indexOf('^');
        while (i >= 0) {
            int next = zpl.indexOf('^', i + 1);
            String body = zpl.substring(i + 1, next < 0 ? zpl.length() : next);
            // Line breaks between commands are not part of them; ^FD data never spans lines here.
            body = body.replaceAll("[\r\n]+$", "");
            if (body.length() < 2) {
                throw new AssertionError("truncated command at " + i + ": " + body);
            }
            commands.add(new Command(body.substring(0, 2), body.substring(2)));
            i = next;
        }
    }

    List<Command> all() {
        return commands;
    }

    List<Command> named(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).toList();
    }

    Command first(String name) {
        return named(name).stream().findFirst().orElseThrow(() -> new AssertionError("no ^" + name));
    }

    List<Field> fields() {
        List<Field> out = new ArrayList<>();
        Field open = null;
        for (Command c : commands) {
            if (c.name().equals("FO")) {
                open = new Field(c.intArg(0), c.intArg(1), new ArrayList<>());
            } else if (c.name().equals("FS")) {
                if (open != null) {
                    out.add(open);
                }
                open = null;
            } else if (open != null) {
                open.commands().add(c);
            }
        }
        return out;
    }

    /** A ^GFA field as dots placed at its field origin; checks the byte counts against the data. */
    static DotImage graphic(Field f) {
        Command gf = f.get("GF");
        if (!gf.arg(0).equals("A")) {
            throw new AssertionError("not ASCII graphic data: " + gf.params());
        }
        int total = gf.intArg(1);
        int fieldCount = gf.intArg(2);
        int rowBytes = gf.intArg(3);
        String data = gf.params().split(",", 5)[4];
        if (total != fieldCount || total % rowBytes != 0) {
            throw new AssertionError("inconsistent ^GF counts: " + total + "," + fieldCount + "," + rowBytes);
        }
        byte[] bytes = expand(data, rowBytes, total / rowBytes);
        if (bytes.length != total) {
            throw new AssertionError("^GF says " + total + " bytes, data gives " + bytes.length);
        }
        return DotImage.ofPacked(f.x(), f.y(), rowBytes * 8, total / rowBytes, bytes);
    }

    /** Hex or ZPL ASCII-compressed rows back to bytes. */
    static byte[] expand(String data, int rowBytes, int rows) {
        int nibblesPerRow = rowBytes * 2;
        List<char[]> out = new ArrayList<>();
        char[] row = new char[nibblesPerRow];
        int pos = 0;
        int repeat = 0;
        char[] previous = null;
        for (char ch : data.toCharArray()) {
            if (ch >= 'G' && ch <= 'Y') {
                repeat += ch - 'G' + 1;
            } else if (ch >= 'g' && ch <= 'z') {
                repeat += (ch - 'g' + 1) * 20;
            } else if (ch == ',' || ch == '!') {
                while (pos < nibblesPerRow) {
                    row[pos++] = ch == ',' ? '0' : 'F';
                }
            } else if (ch == ':') {
                if (pos != 0 || previous == null) {
                    throw new AssertionError("':' must follow a complete row");
                }
                row = previous.clone();
                pos = nibblesPerRow;
            } else if (Character.digit(ch, 16) >= 0) {
                int n = repeat == 0 ? 1 : repeat;
                repeat = 0;
                for (int k = 0; k < n; k++) {
                    if (pos >= nibblesPerRow) {
                        throw new AssertionError("a run crosses the end of a row");
                    }
                    row[pos++] = Character.toUpperCase(ch);
                }
            } else {
                throw new AssertionError("unexpected character in ^GF data: " + ch);
            }
            if (pos == nibblesPerRow) {
                out.add(row);
                previous = row;
                row = new char[nibblesPerRow];
                pos = 0;
            }
        }
        if (pos != 0 || out.size() != rows) {
            throw new AssertionError("expected " + rows + " rows, got " + out.size() + " and " + pos + " digits");
        }
        byte[] bytes = new byte[rowBytes * rows];
        for (int r = 0; r < rows; r++) {
            for (int b = 0; b < rowBytes; b++) {
                bytes[r * rowBytes + b] = (byte) Integer.parseInt(new String(out.get(r), b * 2, 2), 16);
            }
        }
        return bytes;
    }

    /** ^BC field data in manual mode back to Code 128 values (start first). */
    static List<Integer> code128Values(String fd) {
        List<Integer> out = new ArrayList<>();
        char set;
        switch (fd.substring(0, 2)) {
            case ">9" -> {
                set = 'A';
                out.add(103);
            }
            case ">:" -> {
                set = 'B';
                out.add(104);
            }
            case ">;" -> {
                set = 'C';
                out.add(105);
            }
            default -> throw new AssertionError("no start code: " + fd);
        }
        boolean shift = false;
        int i = 2;
        while (i < fd.length()) {
            char now = shift ? (set == 'A' ? 'B' : 'A') : set;
            shift = false;
            if (fd.charAt(i) == '>') {
                char code = fd.charAt(i + 1);
                i += 2;
                int v =
                        switch (code) {
                            case '<' -> 62;
                            case '0' -> 30;
                            case '=' -> 94;
                            case '1' -> 95;
                            case '2' -> 96;
                            case '3' -> 97;
                            case '4' -> 98;
                            case '5' -> 99;
                            case '6' -> 100;
                            case '7' -> 101;
                            case '8' -> 102;
                            default -> throw new AssertionError("unknown invocation >" + code);
                        };
                out.add(v);
                if (v == 98 && now != 'C') {
                    shift = true;
                } else if (v == 99 && now != 'C') {
                    set = 'C';
                } else if (v == 100 && now != 'B') {
                    set = 'B';
                } else if (v == 101 && now != 'A') {
                    set = 'A';
                }
            } else if (now == 'B') {
                out.add(fd.charAt(i) - 32);
                i++;
            } else {
                out.add(Integer.parseInt(fd.substring(i, i + 2)));
                i += 2;
            }
        }
        return out;
    }
}
