package org.packbench.label.symbol;

import com.google.zxing.datamatrix.encoder.DefaultPlacement;
import com.google.zxing.datamatrix.encoder.ErrorCorrection;
import com.google.zxing.datamatrix.encoder.SymbolInfo;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import java.util.ArrayList;
import java.util.List;

/**
 * GS1 DataMatrix (ECC 200, square) in ASCII encodation only: FNC1 (232) first, each pair of
 * digits one codeword (130 + value), each GS a FNC1, any other character its value + 1 (ISO/IEC
 * 16022, 5.2.3). ZXing's encoders are not used for the data: its default one ignores the GS1 hint
 * (GS comes out as a plain character, the symbol reads ]d1), and its minimal one, which honours the
 * hint, wrote symbols whose end read back as other text (an 88-character crypto-tail ending "++"
 * came back 45 characters longer, also to ZXing-cpp). ASCII is never the shortest for a
 * crypto-tail, but a marking code then takes the size it takes on a Zebra's own ^BX, and every
 * codeword means what the standard says it means. ZXing's Reed-Solomon and module placement,
 * which depend only on the codewords, are used as they are.
 */
final class Gs1DataMatrix {
    private static final int FNC1 = 232;
    private static final int PAD = 129;

    private Gs1DataMatrix() {}

    /** The modules, row by row, of the element string {@code data} (GS as ASCII 29, no leading FNC1). */
    static List<boolean[]> modules(String data) {
        StringBuilder cw = new StringBuilder();
        cw.append((char) FNC1);
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (isDigit(c) && i + 1 < data.length() && isDigit(data.charAt(i + 1))) {
                cw.append((char) (130 + (c - '0') * 10 + (data.charAt(i + 1) - '0')));
                i++;
            } else if (c == '\u001D') {
                cw.append((char) FNC1);
            } else if (c < 128) {
                cw.append((char) (c + 1));
            } else {
                throw new IllegalArgumentException(
                        "GS1 data is ASCII; character " + (int) c + " at position " + (i + 1));
            }
        }
        SymbolInfo symbol = SymbolInfo.lookup(cw.length(), SymbolShapeHint.FORCE_SQUARE, null, null, true);
        pad(cw, symbol.getDataCapacity());
        String full = ErrorCorrection.encodeECC200(cw.toString(), symbol);
        DefaultPlacement placement =
                new DefaultPlacement(full, symbol.getSymbolDataWidth(), symbol.getSymbolDataHeight());
        placement.place();
        return withPatterns(placement, symbol);
    }

    /** The first pad is 129, the others scrambled by their position (253-state randomising algorithm). */
    private static void pad(StringBuilder cw, int capacity) {
        if (cw.length() < capacity) {
            cw.append((char) PAD);
        }
        while (cw.length() < capacity) {
            int position = cw.length() + 1;
            int pseudo = ((149 * position) % 253) + 1;
            int value = PAD + pseudo;
            cw.append((char) (value <= 254 ? value : value - 254));
        }
    }

    /**
     * Each data region framed: a solid finder on its left and bottom, a clock track on its top
     * (dark on even columns) and right (dark on the region's even data rows).
     */
    private static List<boolean[]> withPatterns(DefaultPlacement placement, SymbolInfo s) {
        int width = s.getSymbolWidth();
        List<boolean[]> rows = new ArrayList<>();
        for (int y = 0; y < s.getSymbolDataHeight(); y++) {
            if (y % s.matrixHeight == 0) {
                boolean[] clock = new boolean[width];
                for (int x = 0; x < width; x++) {
                    clock[x] = x % 2 == 0;
                }
                rows.add(clock);
            }
            boolean[] row = new boolean[width];
            int mx = 0;
            for (int x = 0; x < s.getSymbolDataWidth(); x++) {
                if (x % s.matrixWidth == 0) {
                    row[mx++] = true;
                }
                row[mx++] = placement.getBit(x, y);
                if (x % s.matrixWidth == s.matrixWidth - 1) {
                    row[mx++] = y % 2 == 0;
                }
            }
            rows.add(row);
            if (y % s.matrixHeight == s.matrixHeight - 1) {
                boolean[] finder = new boolean[width];
                java.util.Arrays.fill(finder, true);
                rows.add(finder);
            }
        }
        return rows;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
