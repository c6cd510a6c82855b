package org.packbench.label.symbol;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Symbology;

/**
 * Encodes barcode data to modules. Code 128 is ours (see {@link Code128}); QR, DataMatrix and
 * EAN-13 use ZXing's encoders, whose output is fully determined by the data.
 */
public final class Symbols {
    private Symbols() {}

    /** The encoded symbol: module rows, and Code 128 symbol values where they apply. */
    public record Encoded(List<boolean[]> modules, List<Integer> codewords) {}

    /** The symbol for a printer whose QR modules are two dots, the smallest it prints; see {@link #encode(Symbology, String, int)}. */
    public static Encoded encode(Symbology symbology, String data) {
        return encode(symbology, data, 2);
    }

    /**
     * @param data       for GS1-128 the element string with GS (0x1D) separators and no leading FNC1;
     *                   for the others the text to encode
     * @param moduleDots the module size it will be printed at, in dots; a QR code's mask is chosen
     *                   so that the symbol is found at that size (see {@link #qr})
     */
    public static Encoded encode(Symbology symbology, String data, int moduleDots) {
        try {
            return switch (symbology) {
                case CODE128 -> linear(Code128.codewords(data));
                case GS1_128 -> linear(Code128.codewords(Code128.FNC1 + data.replace('\u001D', Code128.FNC1)));
                case EAN13 -> ean13(data);
                case QR -> qr(data, moduleDots);
                case DATAMATRIX -> dataMatrix(data, data.indexOf('\u001D') >= 0 || data.startsWith("\u00E8"));
                case GS1_DATAMATRIX -> new Encoded(
                        Gs1DataMatrix.modules(data.startsWith("\u001D") ? data.substring(1) : data), List.of());
            };
        } catch (WriterException | IllegalArgumentException e) {
            throw new ProblemException("barcode.unencodable", symbology.name(), data, String.valueOf(e.getMessage()));
        }
    }

    private static Encoded linear(List<Integer> codewords) {
        return new Encoded(List.<boolean[]>of(Code128.modules(codewords)), codewords);
    }

    private static Encoded ean13(String digits) {
        if (!digits.matches("[0-9]{13}")) {
            throw new ProblemException("barcode.ean13.digits", digits);
        }
        return new Encoded(List.<boolean[]>of(new EAN13Writer().encode(digits)), List.of());
    }

    /**
     * QR Code, level M, UTF-8. The encoder's own mask (the lowest ISO/IEC 18004 penalty) is kept
     * when ZXing finds the symbol drawn at {@code moduleDots}, and at 2 and 3 dots a module so the
     * choice does not rest on one pixel grid (a phone or an imager sees the symbol at other sizes);
     * otherwise the mask with the next lowest penalty that it finds (see {@link QrLocating} for
     * why a flawless symbol may not be found). The mask changes only the modules, never the
     * version or the text, and it travels in the symbol's format information, so every writer
     * draws the same modules. If no mask is found (not seen in practice), the encoder's choice
     * stays and the readback refuses the label rather than print a symbol that cannot be located.
     */
    private static Encoded qr(String text, int moduleDots) throws WriterException {
        int[] sizes = moduleDots == 2 || moduleDots == 3 ? new int[] {2, 3} : new int[] {moduleDots, 2, 3};
        // Encoded once with a fixed mask and masked again seven times: the encoder's own choice
        // would place every codeword eight times over. The lowest penalty is the encoder's pick.
        ByteMatrix m = null;
        for (QrMasks.Masked masked : QrMasks.ranked(qrWithMask(text, 0))) {
            if (QrLocating.readsAt(masked.matrix(), sizes)) {
                m = masked.matrix();
                break;
            }
        }
        if (m == null) {
            // No mask is found whole at every size: the encoder's pick, as before the check existed.
            m = qrWithMask(text, -1).getMatrix();
        }
        List<boolean[]> rows = new ArrayList<>();
        for (int y = 0; y < m.getHeight(); y++) {
            boolean[] row = new boolean[m.getWidth()];
            for (int x = 0; x < m.getWidth(); x++) {
                row[x] = m.get(x, y) == 1;
            }
            rows.add(row);
        }
        return new Encoded(rows, List.of());
    }

    /** @param mask 0–7, or -1 for the encoder's choice */
    private static QRCode qrWithMask(String text, int mask) throws WriterException {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        if (mask >= 0) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        return Encoder.encode(text, ErrorCorrectionLevel.M, hints);
    }

    /**
     * @param gs1 FNC1 in first position, GS (0x1D) in the data encoded as FNC1 separators. ZXing
     *     (3.5) honours its GS1 hint only in its minimal encoder, chosen by the compaction hint; its
     *     default encoder ignores the hint and writes GS as a plain character, which reads back as
     *     ]d1: plain DataMatrix, refused by the marking system. The minimal encoder puts the first
     *     FNC1 itself, so a GS or FNC1 that only stood for it is taken off the text.
     */
    private static Encoded dataMatrix(String text, boolean gs1) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE);
        String data = text;
        if (gs1) {
            hints.put(EncodeHintType.GS1_FORMAT, true);
            hints.put(EncodeHintType.DATA_MATRIX_COMPACT, true);
            data = text.startsWith("\u001D") || text.startsWith("\u00E8") ? text.substring(1) : text;
        }
        BitMatrix m = new DataMatrixWriter().encode(data, BarcodeFormat.DATA_MATRIX, 0, 0, hints);
        List<boolean[]> rows = new ArrayList<>();
        for (int y = 0; y < m.getHeight(); y++) {
            boolean[] row = new boolean[m.getWidth()];
            for (int x = 0; x < m.getWidth(); x++) {
                row[x] = m.get(x, y);
            }
            rows.add(row);
        }
        return new Encoded(rows, List.of());
    }
}
