package org.packbench.render;

import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DecoderResult;
import org.packbench.label.BarcodeSymbol;

/**
 * What a printer's own encoder must be told to rebuild one of our 2D symbols: read from the
 * modules themselves, so the writers never guess at settings the layout chose.
 */
final class SymbolFacts {
    static final char GS = '\u001d';

    private SymbolFacts() {}

    /** The QR error-correction level (L, M, Q, H) in the symbol's format information; M if unreadable. */
    static String qrErrorCorrection(BarcodeSymbol s) {
        try {
            DecoderResult r = new com.google.zxing.qrcode.decoder.Decoder().decode(matrix(s));
            return r.getECLevel() == null ? "M" : r.getECLevel();
        } catch (FormatException | ChecksumException e) {
            return "M";
        }
    }

    /**
     * The mask pattern (0–7) in the symbol's format information, or -1 when it cannot be read.
     * Passing it on lets a printer that honours a mask parameter draw our modules exactly.
     */
    static int qrMask(BarcodeSymbol s) {
        if (s.rows() < 21 || s.columns() != s.rows()) {
            return -1;
        }
        // The first copy of the 15 format bits, in the order ISO/IEC 18004 reads them.
        int bits = 0;
        for (int x = 0; x < 6; x++) {
            bits = bits << 1 | bit(s, x, 8);
        }
        bits = bits << 1 | bit(s, 7, 8);
        bits = bits << 1 | bit(s, 8, 8);
        bits = bits << 1 | bit(s, 8, 7);
        for (int y = 5; y >= 0; y--) {
            bits = bits << 1 | bit(s, 8, y);
        }
        int raw = bits ^ 0x5412;
        String level =
                switch ((raw >> 13) & 3) {
                    case 1 -> "L";
                    case 0 -> "M";
                    case 3 -> "Q";
                    default -> "H";
                };
        // Unprotected bits are only trusted when they agree with the error-corrected reading.
        return level.equals(qrErrorCorrection(s)) ? (raw >> 10) & 7 : -1;
    }

    private static int bit(BarcodeSymbol s, int x, int y) {
        return s.dark(y, x) ? 1 : 0;
    }

    /**
     * Whether a Data Matrix begins with FNC1, i.e. is GS1 Data Matrix. The data string alone cannot
     * tell (an element string may or may not carry a leading GS), the first codeword can.
     */
    static boolean dataMatrixGs1(BarcodeSymbol s) {
        try {
            DecoderResult r = new com.google.zxing.datamatrix.decoder.Decoder().decode(matrix(s));
            return r.getText().startsWith(String.valueOf(GS)) || r.getSymbologyModifier() == 2;
        } catch (FormatException | ChecksumException e) {
            return s.data().startsWith(String.valueOf(GS));
        }
    }

    /** The data without a leading GS that only stood for the FNC1 in first position. */
    static String dataWithoutLeadingGs(BarcodeSymbol s) {
        String d = s.data();
        return d.startsWith(String.valueOf(GS)) ? d.substring(1) : d;
    }

    private static BitMatrix matrix(BarcodeSymbol s) {
        BitMatrix m = new BitMatrix(s.columns(), s.rows());
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.columns(); c++) {
                if (s.dark(r, c)) {
                    m.set(c, r);
                }
            }
        }
        return m;
    }
}
