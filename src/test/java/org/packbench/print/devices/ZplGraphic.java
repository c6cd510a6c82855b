package org.packbench.print.devices;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first ~DG graphic in a ZPL job, decoded from ZPL's compressed hex (repeat counts G–Y and
 * g–z, ',' zero-fill, '!' one-fill, ':' repeat the row), as CUPS's rastertolabel writes it.
 */
final class ZplGraphic {
    private static final Pattern HEADER = Pattern.compile("~DG[^,]*,(\\d+),(\\d+),");

    final int bytesPerRow;
    final List<byte[]> rows = new ArrayList<>();

    private ZplGraphic(int bytesPerRow) {
        this.bytesPerRow = bytesPerRow;
    }

    static ZplGraphic first(byte[] job) {
        String zpl = new String(job, StandardCharsets.ISO_8859_1);
        Matcher m = HEADER.matcher(zpl);
        if (!m.find()) {
            throw new AssertionError("no ~DG graphic in the job: " + zpl.substring(0, Math.min(200, zpl.length())));
        }
        ZplGraphic g = new ZplGraphic(Integer.parseInt(m.group(2)));
        int total = Integer.parseInt(m.group(1));
        g.parse(zpl, m.end(), total / g.bytesPerRow);
        return g;
    }

    int widthDots() {
        return bytesPerRow * 8;
    }

    int heightDots() {
        return rows.size();
    }

    boolean black(int x, int y) {
        return (rows.get(y)[x / 8] & (0x80 >> (x % 8))) != 0;
    }

    /** The graphic at one character per 8 x 8 dots, for failure messages. */
    String sketch() {
        StringBuilder out = new StringBuilder("\n");
        for (int y = 0; y < heightDots(); y += 8) {
            for (int x = 0; x < widthDots(); x += 8) {
                out.append(black(x + 4, Math.min(y + 4, heightDots() - 1)) ? '#' : '.');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private void parse(String zpl, int from, int rowCount) {
        StringBuilder row = new StringBuilder();
        int repeat = 0;
        for (int i = from; rows.size() < rowCount && i < zpl.length(); i++) {
            char c = zpl.charAt(i);
            if (c >= 'G' && c <= 'Y') {
                repeat += c - 'F';
            } else if (c >= 'g' && c <= 'z') {
                repeat += (c - 'f') * 20;
            } else if (Character.digit(c, 16) >= 0) {
                row.append(String.valueOf(c).repeat(Math.max(1, repeat)));
                repeat = 0;
                if (row.length() >= bytesPerRow * 2) {
                    finish(row);
                }
            } else if (c == ',' || c == '!') {
                row.append(String.valueOf(c == ',' ? '0' : 'F').repeat(bytesPerRow * 2 - row.length()));
                finish(row);
            } else if (c == ':') {
                rows.add(
                        rows.isEmpty()
                                ? new byte[bytesPerRow]
                                : rows.get(rows.size() - 1).clone());
            }
        }
    }

    private void finish(StringBuilder hex) {
        byte[] bytes = new byte[bytesPerRow];
        for (int i = 0; i < bytesPerRow; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(i * 2, i * 2 + 2), 16);
        }
        rows.add(bytes);
        hex.setLength(0);
    }
}
