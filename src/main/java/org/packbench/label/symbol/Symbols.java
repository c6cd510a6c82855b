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
    private Symbols() {
    }

    /** The encoded symbol: module rows, and Code 128 symbol values where they apply. */
    public record Encoded(List<boolean[]> modules, List<Integer> codewords) {
    }

    /**
     * @param data for GS1-128 the element string with GS (0x1D) separators and no leading FNC1;
     *             for the others the text to encode
     */
    public static Encoded encode(Symbology symbology, String data) {
        try {
            return switch (symbology) {
                case CODE128 -> linear(Code128.codewords(data));
                case GS1_128 -> linear(Code128.codewords(Code128.FNC1 + data.replace('\u001D', Code128.FNC1)));
                case EAN13 -> ean13(data);
                case QR -> qr(data);
                case DATAMATRIX -> dataMatrix(data);
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

    private static Encoded qr(String text) throws WriterException {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        QRCode code = Encoder.encode(text, ErrorCorrectionLevel.M, hints);
        ByteMatrix m = code.getMatrix();
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

    private static Encoded dataMatrix(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE);
        if (text.indexOf('\u001D') >= 0 || text.startsWith("\u00E8")) {
            hints.put(EncodeHintType.GS1_FORMAT, true);
        }
        BitMatrix m = new DataMatrixWriter().encode(text, BarcodeFormat.DATA_MATRIX, 0, 0, hints);
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
