package org.packbench.label.symbol;

import com.google.zxing.qrcode.encoder.ByteMatrix;

/**
 * The mask penalty of ISO/IEC 18004:2015 §7.8.3.1, by which an encoder ranks the eight masks:
 * long runs (N1), 2×2 blocks (N2), finder-like 1:1:3:1:1 runs beside four light modules (N3)
 * and an unbalanced share of dark modules (N4). Lower is better. ZXing's encoder picks its mask
 * by the same count, but keeps the count to itself; when its pick cannot be used, the next best
 * is the one with the next lowest penalty.
 */
final class QrPenalty {
    private static final int N1 = 3;
    private static final int N2 = 3;
    private static final int N3 = 40;
    private static final int N4 = 10;

    private QrPenalty() {}

    static int of(ByteMatrix m) {
        byte[][] a = m.getArray();
        int n = m.getWidth();
        // Columns as rows: every rule then walks plain arrays, and the column rules are the row rules.
        byte[][] t = new byte[n][n];
        for (int y = 0; y < n; y++) {
            byte[] row = a[y];
            for (int x = 0; x < n; x++) {
                t[x][y] = row[x];
            }
        }
        return runs(a) + runs(t) + blocks(a) + finderLike(a) + finderLike(t) + balance(a);
    }

    /** N1: each run of five or more modules of one colour in a row costs 3, plus 1 a module beyond five. */
    private static int runs(byte[][] lines) {
        int penalty = 0;
        for (byte[] line : lines) {
            int run = 1;
            for (int j = 1; j < line.length; j++) {
                if (line[j] == line[j - 1]) {
                    run++;
                } else {
                    penalty += run >= 5 ? N1 + run - 5 : 0;
                    run = 1;
                }
            }
            penalty += run >= 5 ? N1 + run - 5 : 0;
        }
        return penalty;
    }

    /** N2: each 2×2 block of one colour costs 3; blocks may overlap. */
    private static int blocks(byte[][] a) {
        int penalty = 0;
        for (int y = 0; y + 1 < a.length; y++) {
            byte[] top = a[y];
            byte[] below = a[y + 1];
            for (int x = 0; x + 1 < top.length; x++) {
                byte v = top[x];
                if (v == top[x + 1] && v == below[x] && v == below[x + 1]) {
                    penalty += N2;
                }
            }
        }
        return penalty;
    }

    /**
     * N3: each dark-light-dark-dark-dark-light-dark run with four light modules before or after it
     * costs 40. Four modules that would reach past the symbol's edge do not count as light, as
     * ZXing's encoder (3.5) counts them, so that the two rank the masks alike.
     */
    private static int finderLike(byte[][] lines) {
        int penalty = 0;
        for (byte[] l : lines) {
            int n = l.length;
            // A window of 15 modules slides along the line: 4 before a run of 7 starting at p, the
            // run, 4 after. Past the edges the window reads dark, so edge modules never count as
            // the light four.
            int window = 0;
            for (int k = -4; k < n + 4; k++) {
                int dark = k < 0 || k >= n ? 1 : l[k] == 1 ? 1 : 0;
                window = ((window << 1) | dark) & 0x7FFF;
                int p = k - 10;
                if (p >= 0
                        && p + 6 < n
                        && ((window >> 4) & 0x7F) == 0b1011101
                        && ((window >> 11) == 0 || (window & 0xF) == 0)) {
                    penalty += N3;
                }
            }
        }
        return penalty;
    }

    /** N4: 10 for every full 5 % by which the share of dark modules strays from half. */
    private static int balance(byte[][] a) {
        int darkModules = 0;
        int total = 0;
        for (byte[] row : a) {
            for (byte v : row) {
                darkModules += v == 1 ? 1 : 0;
            }
            total += row.length;
        }
        return Math.abs(darkModules * 2 - total) * 10 / total * N4;
    }
}
