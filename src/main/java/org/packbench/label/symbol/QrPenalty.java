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
        return m.getWidth() <= Long.SIZE ? ofRows(m) : ofModules(m);
    }

    /**
     * The penalty with each row and column as the bits of one long (symbols up to version 11, 61
     * modules wide): blocks, finder-like runs and the balance become a few shifts and a bit count
     * a line. Ranking eight masks is done for every label, and module by module it was a fifth of
     * the time a label took to make. Counts exactly what {@link #ofModules} counts.
     */
    static int ofRows(ByteMatrix m) {
        byte[][] a = m.getArray();
        int n = m.getWidth();
        long[] rows = new long[n];
        long[] columns = new long[n];
        for (int y = 0; y < n; y++) {
            byte[] line = a[y];
            long row = 0;
            for (int x = 0; x < n; x++) {
                if (line[x] == 1) {
                    row |= 1L << x;
                    columns[x] |= 1L << y;
                }
            }
            rows[y] = row;
        }
        long all = n == Long.SIZE ? -1L : (1L << n) - 1;
        int penalty = 0;
        int darkModules = 0;
        for (int i = 0; i < n; i++) {
            penalty += runs(rows[i], n) + runs(columns[i], n);
            penalty += finderLike(rows[i], n, all) + finderLike(columns[i], n, all);
            darkModules += Long.bitCount(rows[i]);
        }
        long pairs = (1L << (n - 1)) - 1;
        for (int y = 0; y + 1 < n; y++) {
            long top = rows[y];
            long below = rows[y + 1];
            long same = ~(top ^ (top >>> 1)) & ~(below ^ (below >>> 1)) & ~(top ^ below) & pairs;
            penalty += Long.bitCount(same) * N2;
        }
        int total = n * n;
        return penalty + Math.abs(darkModules * 2 - total) * 10 / total * N4;
    }

    /** N1 along one line of {@code n} modules, bit x dark. */
    private static int runs(long line, int n) {
        int penalty = 0;
        int x = 0;
        while (x < n) {
            long rest = line >>> x;
            int run = Math.min(n - x, Long.numberOfTrailingZeros((rest & 1) == 1 ? ~rest : rest));
            penalty += run >= 5 ? N1 + run - 5 : 0;
            x += run;
        }
        return penalty;
    }

    /** N3 along one line: bit p is a dark-light-dark-dark-dark-light-dark run starting at module p. */
    private static int finderLike(long line, int n, long all) {
        if (n < 7) {
            return 0;
        }
        long light = ~line & all;
        long starts = (1L << (n - 6)) - 1;
        long run = line
                & (light >>> 1)
                & (line >>> 2)
                & (line >>> 3)
                & (line >>> 4)
                & (light >>> 5)
                & (line >>> 6)
                & starts;
        // Past the edges nothing is light, and the shifts bring in no light bits there.
        long lightBefore = (light << 1) & (light << 2) & (light << 3) & (light << 4);
        long lightAfter = (light >>> 7) & (light >>> 8) & (light >>> 9) & (light >>> 10);
        return Long.bitCount(run & (lightBefore | lightAfter)) * N3;
    }

    /** The penalty counted module by module, for symbols of any size. */
    static int ofModules(ByteMatrix m) {
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
