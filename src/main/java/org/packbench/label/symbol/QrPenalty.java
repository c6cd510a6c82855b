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

    private QrPenalty() {
    }

    static int of(ByteMatrix m) {
        return runs(m, true) + runs(m, false) + blocks(m) + finderLike(m) + balance(m);
    }

    private static boolean dark(ByteMatrix m, int x, int y, boolean rows) {
        return (rows ? m.get(x, y) : m.get(y, x)) == 1;
    }

    /** N1: each run of five or more modules of one colour in a row (or column) costs 3, plus 1 a module beyond five. */
    private static int runs(ByteMatrix m, boolean rows) {
        int lines = rows ? m.getHeight() : m.getWidth();
        int length = rows ? m.getWidth() : m.getHeight();
        int penalty = 0;
        for (int i = 0; i < lines; i++) {
            int run = 0;
            boolean colour = false;
            for (int j = 0; j < length; j++) {
                boolean d = dark(m, j, i, rows);
                if (j > 0 && d == colour) {
                    run++;
                } else {
                    penalty += run >= 5 ? N1 + run - 5 : 0;
                    colour = d;
                    run = 1;
                }
            }
            penalty += run >= 5 ? N1 + run - 5 : 0;
        }
        return penalty;
    }

    /** N2: each 2×2 block of one colour costs 3; blocks may overlap. */
    private static int blocks(ByteMatrix m) {
        int penalty = 0;
        for (int y = 0; y + 1 < m.getHeight(); y++) {
            for (int x = 0; x + 1 < m.getWidth(); x++) {
                int v = m.get(x, y);
                if (v == m.get(x + 1, y) && v == m.get(x, y + 1) && v == m.get(x + 1, y + 1)) {
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
    private static int finderLike(ByteMatrix m) {
        int penalty = 0;
        for (boolean rows : new boolean[] {true, false}) {
            int lines = rows ? m.getHeight() : m.getWidth();
            int length = rows ? m.getWidth() : m.getHeight();
            for (int i = 0; i < lines; i++) {
                for (int j = 0; j + 6 < length; j++) {
                    if (dark(m, j, i, rows) && !dark(m, j + 1, i, rows) && dark(m, j + 2, i, rows)
                            && dark(m, j + 3, i, rows) && dark(m, j + 4, i, rows) && !dark(m, j + 5, i, rows)
                            && dark(m, j + 6, i, rows)
                            && (light(m, i, j - 4, j, rows) || light(m, i, j + 7, j + 11, rows))) {
                        penalty += N3;
                    }
                }
            }
        }
        return penalty;
    }

    private static boolean light(ByteMatrix m, int line, int from, int to, boolean rows) {
        int length = rows ? m.getWidth() : m.getHeight();
        if (from < 0 || to > length) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (dark(m, j, line, rows)) {
                return false;
            }
        }
        return true;
    }

    /** N4: 10 for every full 5 % by which the share of dark modules strays from half. */
    private static int balance(ByteMatrix m) {
        int darkModules = 0;
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                darkModules += m.get(x, y) == 1 ? 1 : 0;
            }
        }
        int total = m.getWidth() * m.getHeight();
        return Math.abs(darkModules * 2 - total) * 10 / total * N4;
    }
}
