package org.packbench.label.symbol;

import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The same QR symbol under each of its eight masks, made from one encoding.
 *
 * <p>A mask (ISO/IEC 18004:2015 §7.8) only flips data modules by a rule of their row and
 * column, and the format information (§7.9) records which mask was used; the codewords and the
 * function patterns stay put. So one symbol, encoded once, is unmasked and masked again seven
 * times, where the encoder would place every codeword eight times over to choose. The symbols
 * are ranked by {@link QrPenalty}, which ranks them as the encoder does.
 */
final class QrMasks {
    /** The format information's BCH(15,5) generator and the mask it is XORed with (§7.9.1, Annex C). */
    private static final int FORMAT_GENERATOR = 0x537;

    private static final int FORMAT_XOR = 0x5412;
    private static final ConcurrentMap<Integer, boolean[][]> FUNCTION = new ConcurrentHashMap<>();
    /** By version, the encoder's mask and the mask wanted: at most 40 × 64 small tables. */
    private static final ConcurrentMap<Integer, byte[][]> CHANGE = new ConcurrentHashMap<>();

    private QrMasks() {}

    /** A symbol under one mask, with its penalty. */
    record Masked(int mask, ByteMatrix matrix, int penalty) {}

    /** All eight masks of {@code code}, lowest penalty first; equal penalties keep the lower mask first. */
    static List<Masked> ranked(QRCode code) {
        List<Masked> all = new ArrayList<>(8);
        for (int mask = 0; mask < 8; mask++) {
            ByteMatrix m = under(code, mask);
            all.add(new Masked(mask, m, QrPenalty.of(m)));
        }
        all.sort(Comparator.comparingInt(Masked::penalty).thenComparingInt(Masked::mask));
        return all;
    }

    /** {@code code}'s symbol as it would be encoded with {@code mask}. */
    static ByteMatrix under(QRCode code, int mask) {
        ByteMatrix from = code.getMatrix();
        int n = from.getWidth();
        // Unmasking the encoder's mask and masking with this one is one XOR with both patterns.
        byte[][] change = change(code.getVersion().getVersionNumber(), n, code.getMaskPattern(), mask);
        byte[][] src = from.getArray();
        ByteMatrix to = new ByteMatrix(n, n);
        byte[][] dst = to.getArray();
        for (int y = 0; y < n; y++) {
            byte[] s = src[y];
            byte[] c = change[y];
            byte[] d = dst[y];
            for (int x = 0; x < n; x++) {
                d[x] = (byte) (s[x] ^ c[x]);
            }
        }
        writeFormat(dst, n, code.getECLevel().getBits(), mask);
        return to;
    }

    /**
     * 1 where a data module of a symbol of {@code version} differs between masks {@code was} and
     * {@code mask}; the same for every symbol of that version, so kept.
     */
    private static byte[][] change(int version, int n, int was, int mask) {
        return CHANGE.computeIfAbsent(version * 64 + was * 8 + mask, key -> {
            boolean[][] function = function(version, n);
            byte[][] c = new byte[n][n];
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    c[y][x] = (byte) (!function[y][x] && flips(was, x, y) != flips(mask, x, y) ? 1 : 0);
                }
            }
            return c;
        });
    }

    /** The mask condition of §7.8.2, Table 10: true where the module is flipped; i is the row, j the column. */
    static boolean flips(int mask, int x, int y) {
        int i = y;
        int j = x;
        return switch (mask) {
            case 0 -> (i + j) % 2 == 0;
            case 1 -> i % 2 == 0;
            case 2 -> j % 3 == 0;
            case 3 -> (i + j) % 3 == 0;
            case 4 -> (i / 2 + j / 3) % 2 == 0;
            case 5 -> (i * j) % 2 + (i * j) % 3 == 0;
            case 6 -> ((i * j) % 2 + (i * j) % 3) % 2 == 0;
            case 7 -> ((i + j) % 2 + (i * j) % 3) % 2 == 0;
            default -> throw new IllegalArgumentException("mask " + mask);
        };
    }

    /** The 15 format bits for an error correction level's two bits and a mask (§7.9.1). */
    static int formatBits(int ecBits, int mask) {
        int data = (ecBits << 3) | mask;
        int remainder = data << 10;
        for (int bit = 14; bit >= 10; bit--) {
            if ((remainder & (1 << bit)) != 0) {
                remainder ^= FORMAT_GENERATOR << (bit - 10);
            }
        }
        return ((data << 10) | remainder) ^ FORMAT_XOR;
    }

    /**
     * Both copies of the format information (§7.9.1, Figure 25), least significant bit first: the
     * first copy down column 8 and along row 8 around the top-left finder, the second along the
     * top-right finder's row 8 and down the bottom-left finder's column 8.
     */
    private static void writeFormat(byte[][] m, int n, int ecBits, int mask) {
        int bits = formatBits(ecBits, mask);
        for (int i = 0; i < 15; i++) {
            byte v = (byte) ((bits >> i) & 1);
            // First copy: (x, y) = (8,0)…(8,5), (8,7), (8,8), (7,8), (5,8)…(0,8); the timing row and column are
            // skipped.
            int x1;
            int y1;
            if (i < 6) {
                x1 = 8;
                y1 = i;
            } else if (i < 8) {
                x1 = 8;
                y1 = i + 1;
            } else if (i == 8) {
                x1 = 7;
                y1 = 8;
            } else {
                x1 = 14 - i;
                y1 = 8;
            }
            m[y1][x1] = v;
            if (i < 8) {
                m[8][n - 1 - i] = v;
            } else {
                m[n - 7 + (i - 8)][8] = v;
            }
        }
    }

    /** Which modules of a symbol of {@code version} are not data: finders with separators, format and version areas, timing, alignment. */
    private static boolean[][] function(int version, int n) {
        return FUNCTION.computeIfAbsent(version, v -> {
            boolean[][] f = new boolean[n][n];
            // Finder patterns, their separators and the format areas beside them (row and column 8).
            fill(f, 0, 0, 9, 9);
            fill(f, n - 8, 0, 8, 9);
            fill(f, 0, n - 8, 9, 8);
            // Timing patterns.
            fill(f, 6, 0, 1, n);
            fill(f, 0, 6, n, 1);
            int[] centres = Version.getVersionForNumber(v).getAlignmentPatternCenters();
            for (int cy : centres) {
                for (int cx : centres) {
                    boolean onFinder = (cx < 9 && cy < 9) || (cx > n - 10 && cy < 9) || (cx < 9 && cy > n - 10);
                    if (!onFinder) {
                        fill(f, cx - 2, cy - 2, 5, 5);
                    }
                }
            }
            if (v >= 7) {
                fill(f, n - 11, 0, 3, 6);
                fill(f, 0, n - 11, 6, 3);
            }
            return f;
        });
    }

    private static void fill(boolean[][] f, int x, int y, int w, int h) {
        for (int yy = y; yy < y + h; yy++) {
            for (int xx = x; xx < x + w; xx++) {
                f[yy][xx] = true;
            }
        }
    }
}
