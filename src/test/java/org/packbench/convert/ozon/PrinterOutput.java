package org.packbench.convert.ozon;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.packbench.render.DotImage;

/**
 * Reads converted labels back as a printer would, written from the ZPL II and TSPL manuals
 * independently of the writers: each ^XA…^XZ or SIZE…PRINT block becomes its label size and
 * the dots of its one graphic.
 */
final class PrinterOutput {
    record Label(int widthDots, int heightDots, String header, DotImage dots) {}

    private static final Pattern ZPL_LABEL = Pattern.compile("\\^XA(.*?)\\^XZ", Pattern.DOTALL);
    private static final Pattern GFA = Pattern.compile("\\^FO0,0\\^GFA,(\\d+),(\\d+),(\\d+),([^\\^]*)\\^FS");

    private PrinterOutput() {}

    static List<Label> zpl(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.US_ASCII);
        List<Label> labels = new ArrayList<>();
        Matcher m = ZPL_LABEL.matcher(all);
        int end = 0;
        while (m.find()) {
            if (!all.substring(end, m.start()).isBlank()) {
                throw new AssertionError("text between labels: " + all.substring(end, m.start()));
            }
            end = m.end();
            String body = m.group(1);
            int w = intAfter(body, "^PW");
            int h = intAfter(body, "^LL");
            Matcher g = GFA.matcher(body);
            if (!g.find()) {
                throw new AssertionError("no ^FO0,0^GFA in label " + labels.size());
            }
            int total = Integer.parseInt(g.group(1));
            int rowBytes = Integer.parseInt(g.group(3));
            String data = g.group(4);
            if (g.find()) {
                throw new AssertionError("more than one graphic in label " + labels.size());
            }
            byte[] packed = expand(data.replaceAll("\\s", ""), rowBytes);
            if (packed.length != total || rowBytes != (w + 7) / 8) {
                throw new AssertionError(
                        "^GFA says " + total + " bytes, " + rowBytes + " a row; got " + packed.length + " for ^PW" + w);
            }
            labels.add(new Label(
                    w,
                    h,
                    body.substring(0, body.indexOf("^FO")),
                    DotImage.ofPacked(0, 0, w, total / rowBytes, packed)));
        }
        if (!all.substring(end).isBlank()) {
            throw new AssertionError("text after the last label");
        }
        return labels;
    }

    /**
     * ZPL ASCII compression: G–Y repeat the next digit 1–19 times and g–z add 20–400, the counts
     * adding up; {@code ,} fills the row with 0, {@code !} with F, {@code :} repeats the last row.
     */
    static byte[] expand(String data, int rowBytes) {
        int digits = rowBytes * 2;
        StringBuilder rows = new StringBuilder();
        StringBuilder row = new StringBuilder();
        String previous = null;
        int count = 0;
        for (char c : data.toCharArray()) {
            if (c >= 'G' && c <= 'Y') {
                count += c - 'G' + 1;
            } else if (c >= 'g' && c <= 'z') {
                count += (c - 'g' + 1) * 20;
            } else if (c == ',' || c == '!') {
                row.append(String.valueOf(c == ',' ? '0' : 'F').repeat(digits - row.length()));
            } else if (c == ':') {
                if (row.length() != 0 || previous == null) {
                    throw new AssertionError("':' inside a row or before the first");
                }
                row.append(previous);
            } else if (c >= '0' && c <= '9' || c >= 'A' && c <= 'F') {
                row.append(String.valueOf(c).repeat(Math.max(1, count)));
                count = 0;
            } else {
                throw new AssertionError("unexpected '" + c + "' in ^GFA data");
            }
            if (row.length() > digits) {
                throw new AssertionError("row overruns " + digits + " digits");
            }
            if (row.length() == digits) {
                rows.append(row);
                previous = row.toString();
                row.setLength(0);
            }
        }
        if (row.length() != 0) {
            throw new AssertionError("unfinished last row");
        }
        byte[] out = new byte[rows.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(rows.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /** TSPL: each label SIZE … CLS, BITMAP 0,0 with raw bytes (1 = white), PRINT. */
    static List<Label> tspl(byte[] bytes) {
        List<Label> labels = new ArrayList<>();
        int i = 0;
        while (i < bytes.length) {
            int start = i;
            int bitmap = indexOf(bytes, "BITMAP 0,0,", i);
            if (bitmap < 0) {
                throw new AssertionError("no BITMAP after byte " + i);
            }
            int comma = bitmap;
            String[] params = new String[5];
            int field = 0;
            int from = bitmap + "BITMAP ".length();
            for (int k = from; field < 5; k++) {
                if (bytes[k] == ',') {
                    params[field++] = new String(bytes, from, k - from, StandardCharsets.US_ASCII);
                    from = k + 1;
                    comma = k;
                }
            }
            int rowBytes = Integer.parseInt(params[2]);
            int height = Integer.parseInt(params[3]);
            byte[] packed = new byte[rowBytes * height];
            for (int k = 0; k < packed.length; k++) {
                packed[k] = (byte) ~bytes[comma + 1 + k];
            }
            int after = comma + 1 + packed.length;
            int print = indexOf(bytes, "PRINT 1,", after);
            int eol = indexOf(bytes, "\r\n", print);
            String header = new String(bytes, start, bitmap - start, StandardCharsets.US_ASCII);
            String tail = new String(bytes, after, eol + 2 - after, StandardCharsets.US_ASCII);
            if (!tail.matches("\r\nPRINT 1,\\d+\r\n")) {
                throw new AssertionError("after the bitmap: " + tail);
            }
            labels.add(new Label(rowBytes * 8, height, header, DotImage.ofPacked(0, 0, rowBytes * 8, height, packed)));
            i = eol + 2;
        }
        return labels;
    }

    private static int intAfter(String s, String command) {
        Matcher m = Pattern.compile(Pattern.quote(command) + "(\\d+)").matcher(s);
        if (!m.find()) {
            throw new AssertionError("no " + command);
        }
        return Integer.parseInt(m.group(1));
    }

    private static int indexOf(byte[] bytes, String s, int from) {
        byte[] p = s.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i <= bytes.length - p.length; i++) {
            for (int k = 0; k < p.length; k++) {
                if (bytes[i + k] != p[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
