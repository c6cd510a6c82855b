package org.packbench.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.FontStyle;
import org.packbench.label.LabelDocument;
import org.packbench.label.LabelImage;
import org.packbench.label.Rect;
import org.packbench.label.Shape;
import org.packbench.label.Symbology;
import org.packbench.label.TextBlock;
import org.packbench.label.TextLine;
import org.packbench.label.Typeface;
import org.packbench.label.Watermark;

/** Labels built by hand for the writer tests: no template engine, every number visible here. */
final class TestDocuments {
    static final String QR_DATA = "https://vk.com/dac/0123456789ABCDEF";
    static final String EAN = "4601234567893";
    /** Start B, "AB", CODE C, "12" "34": the set change is what the writers must keep. */
    static final List<Integer> CODE128 = List.of(104, 33, 34, 99, 12, 34);

    static final String CODE128_TEXT = "AB1234";
    static final String BLOCK1_LINE1 = "Сыр «Российский» 45 %";
    static final String BLOCK1_LINE2 = "Вес нетто: 250 г";
    static final String BLOCK2 = "Арт. ЖК-12345";
    static final Rect LABEL_BOX = new Rect(1, 1, 56, 38);

    private TestDocuments() {}

    static Typeface typeface() {
        return BundledTypeface.get();
    }

    /** The 58×40 mm label: two Cyrillic blocks, QR, EAN-13, Code 128, a box and a watermark. */
    static LabelDocument label(int dpi) {
        Typeface tf = typeface();
        TextLine l1 = line(tf, BLOCK1_LINE1, FontStyle.REGULAR, 10, 2.5, 5.5);
        TextLine l2 = line(tf, BLOCK1_LINE2, FontStyle.REGULAR, 10, 2.5, 10);
        TextBlock b1 = new TextBlock(
                "name", BLOCK1_LINE1 + " " + BLOCK1_LINE2, List.of("name", "weight"), true, 10, List.of(l1, l2));
        TextLine l3 = line(tf, BLOCK2, FontStyle.BOLD, 12, 2.5, 15.5);
        TextBlock b2 = new TextBlock("article", BLOCK2, List.of("article"), false, 12, List.of(l3));

        int k = dpi >= 300 ? 3 : 2;
        BarcodeSymbol qr = qr(QR_DATA, dpi, dpi >= 300 ? 4 : 3, 44, 3);
        BarcodeSymbol ean = linear(
                "ean",
                Symbology.EAN13,
                EAN,
                EAN,
                ean13Modules(EAN),
                List.of(),
                k,
                Dots.of(10, dpi),
                dpi,
                2.5,
                19.5,
                11,
                7);
        BarcodeSymbol c128 = linear(
                "code128",
                Symbology.CODE128,
                CODE128_TEXT,
                CODE128_TEXT,
                code128Modules(CODE128),
                CODE128,
                k,
                Dots.of(10, dpi),
                dpi,
                31,
                19.5,
                10,
                10);

        List<Rect> exclusions = new ArrayList<>();
        exclusions.add(qr.quietZone());
        for (TextLine l : List.of(l1, l2, l3)) {
            exclusions.add(l.box().grow(0.3));
        }
        for (BarcodeSymbol s : List.of(ean, c128)) {
            // The quiet zone and the human-readable line under the bars.
            Rect q = s.quietZone();
            exclusions.add(new Rect(q.x(), q.y(), q.width(), q.height() + 5));
        }
        Watermark wm = new Watermark("ДАК 7701234567", 30, 7, 4, 0.8, 3, new Rect(0, 0, 58, 40), exclusions);
        Shape box = new Shape(Shape.Kind.BOX, LABEL_BOX, 0.25);
        Shape rule = new Shape(Shape.Kind.LINE, new Rect(2.5, 17, 38, 0.25), 0.25);
        return new LabelDocument(
                "test-58x40",
                58,
                40,
                dpi,
                List.of(b1, b2, HriLines.under(ean, tf), HriLines.under(c128, tf)),
                List.of(qr, ean, c128),
                List.of(box, rule),
                List.of(),
                Optional.of(wm));
    }

    /** The same label without a watermark. */
    static LabelDocument withoutWatermark(int dpi) {
        LabelDocument d = label(dpi);
        return new LabelDocument(
                d.templateId(),
                d.widthMm(),
                d.heightMm(),
                d.dpi(),
                d.texts(),
                d.barcodes(),
                d.shapes(),
                d.images(),
                Optional.empty());
    }

    /** A label with a picture and a GS1 Data Matrix, for the writers' less common paths. */
    static LabelDocument pictureAndDataMatrix(int dpi) {
        boolean[][] px = new boolean[8][8];
        for (int i = 0; i < 8; i++) {
            px[i][i] = true;
            px[i][7 - i] = true;
            px[0][i] = true;
        }
        LabelImage image = new LabelImage("eac", new Rect(3, 3, 8, 8), px);
        BarcodeSymbol dm = dataMatrix("\u001d0104601234567893215Ab_c%d\u001d93dGVz", dpi, 3, 20, 3);
        return new LabelDocument(
                "test-dm", 58, 40, dpi, List.of(), List.of(dm), List.of(), List.of(image), Optional.empty());
    }

    static TextLine line(Typeface tf, String text, FontStyle style, double size, double x, double baseline) {
        double ascent = tf.ascentMm(style, size);
        double descent = tf.descentMm(style, size);
        double width = tf.widthMm(text, style, size);
        return new TextLine(text, style, size, x, baseline, new Rect(x, baseline - ascent, width, ascent + descent));
    }

    static BarcodeSymbol qr(String data, int dpi, int moduleDots, double x, double y) {
        try {
            QRCode code = Encoder.encode(data, ErrorCorrectionLevel.M);
            ByteMatrix m = code.getMatrix();
            List<boolean[]> rows = new ArrayList<>();
            for (int r = 0; r < m.getHeight(); r++) {
                boolean[] row = new boolean[m.getWidth()];
                for (int c = 0; c < m.getWidth(); c++) {
                    row[c] = m.get(c, r) == 1;
                }
                rows.add(row);
            }
            double size = Dots.toMm(m.getWidth() * moduleDots, dpi);
            double quiet = Dots.toMm(4 * moduleDots, dpi);
            return new BarcodeSymbol(
                    "qr",
                    Symbology.QR,
                    data,
                    "",
                    rows,
                    List.of(),
                    moduleDots,
                    0,
                    dpi,
                    x,
                    y,
                    new Rect(x - quiet, y - quiet, size + 2 * quiet, size + 2 * quiet));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mask our fixture's QR encoder chose, to compare with what the writers pass on. */
    static int qrMask(String data) {
        try {
            return Encoder.encode(data, ErrorCorrectionLevel.M).getMaskPattern();
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    static BarcodeSymbol dataMatrix(String data, int dpi, int moduleDots, double x, double y) {
        com.google.zxing.common.BitMatrix m = new com.google.zxing.datamatrix.DataMatrixWriter()
                .encode(
                        data.startsWith("\u001d") ? data.substring(1) : data,
                        com.google.zxing.BarcodeFormat.DATA_MATRIX,
                        0,
                        0,
                        Map.of(
                                EncodeHintType.GS1_FORMAT,
                                data.startsWith("\u001d"),
                                EncodeHintType.DATA_MATRIX_COMPACT,
                                true,
                                EncodeHintType.DATA_MATRIX_SHAPE,
                                com.google.zxing.datamatrix.encoder.SymbolShapeHint.FORCE_SQUARE));
        List<boolean[]> rows = new ArrayList<>();
        for (int r = 0; r < m.getHeight(); r++) {
            boolean[] row = new boolean[m.getWidth()];
            for (int c = 0; c < m.getWidth(); c++) {
                row[c] = m.get(c, r);
            }
            rows.add(row);
        }
        double size = Dots.toMm(m.getWidth() * moduleDots, dpi);
        double quiet = Dots.toMm(moduleDots, dpi);
        return new BarcodeSymbol(
                "dm",
                Symbology.DATAMATRIX,
                data,
                "",
                rows,
                List.of(),
                moduleDots,
                0,
                dpi,
                x,
                y,
                new Rect(x - quiet, y - quiet, size + 2 * quiet, size + 2 * quiet));
    }

    static BarcodeSymbol linear(
            String id,
            Symbology sym,
            String data,
            String hri,
            boolean[] modules,
            List<Integer> codewords,
            int moduleDots,
            int heightDots,
            int dpi,
            double x,
            double y,
            int quietLeftModules,
            int quietRightModules) {
        double width = Dots.toMm(modules.length * moduleDots, dpi);
        double left = Dots.toMm(quietLeftModules * moduleDots, dpi);
        double right = Dots.toMm(quietRightModules * moduleDots, dpi);
        return new BarcodeSymbol(
                id,
                sym,
                data,
                hri,
                List.<boolean[]>of(modules),
                codewords,
                moduleDots,
                heightDots,
                dpi,
                x,
                y,
                new Rect(x - left, y, width + left + right, Dots.toMm(heightDots, dpi)));
    }

    static boolean[] ean13Modules(String digits) {
        return new EAN13Writer().encode(digits);
    }

    /** Bars and spaces of start/data codewords, then the check character and the stop. */
    static boolean[] code128Modules(List<Integer> codewords) {
        int[][] patterns = code128Patterns();
        int sum = codewords.get(0);
        for (int i = 1; i < codewords.size(); i++) {
            sum += i * codewords.get(i);
        }
        List<Integer> all = new ArrayList<>(codewords);
        all.add(sum % 103);
        all.add(106);
        List<Boolean> bits = new ArrayList<>();
        for (int cw : all) {
            boolean dark = true;
            for (int width : patterns[cw]) {
                for (int i = 0; i < width; i++) {
                    bits.add(dark);
                }
                dark = !dark;
            }
        }
        if (all.get(all.size() - 1) == 106 && patterns[106].length == 6) {
            // Some tables keep the final 2-module bar of the stop apart.
            bits.add(true);
            bits.add(true);
        }
        boolean[] out = new boolean[bits.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bits.get(i);
        }
        return out;
    }

    /** The Code 128 bar/space widths, read from ZXing so the fixture does not retype a table. */
    static int[][] code128Patterns() {
        try {
            Field f = com.google.zxing.oned.Code128Reader.class.getDeclaredField("CODE_PATTERNS");
            f.setAccessible(true);
            return (int[][]) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ZXing's Code 128 table moved", e);
        }
    }
}
