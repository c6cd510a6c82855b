package org.packbench.render.pdf;

import com.google.zxing.WriterException;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.ArrayList;
import java.util.List;
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
import org.packbench.render.BundledTypeface;
import org.packbench.render.HriLines;

/**
 * Labels laid out by hand for the PDF writer tests, independent of the template engine: a
 * 58×40 mm label at 203 dpi with Cyrillic text, a QR symbol, a frame and a watermark.
 */
final class PdfTestDocuments {
    static final int DPI = 203;
    static final double WIDTH_MM = 58;
    static final double HEIGHT_MM = 40;
    static final String TITLE = "Чехол для смартфона силиконовый, прозрачный";
    static final String WEIGHT = "Вес нетто: 38 г";
    static final String MAKER = "Шэньчжэнь Юнсин Электроникс Ко., Лтд.";
    static final String QR_DATA = "https://vk.com/market/dac/5A1B93F07C2E?sku=CASE-IP15-CLR";
    static final String WATERMARK = "ДАК 5A1B-93F0-7C2E";
    static final double WATERMARK_PT = 14;
    static final int QR_MODULE_DOTS = 3;
    static final double QR_X = 42.5;
    static final double QR_Y = 3;
    static final String CODE128_DATA = "CASE-IP15-CLR";

    private static final double MARGIN = 2;

    private PdfTestDocuments() {}

    /** The main fixture: text, QR, frame, and a watermark kept off the QR and the text. */
    static LabelDocument vkLabel() {
        BarcodeSymbol qr = qr(QR_DATA, QR_X, QR_Y);
        double textRight = qr.quietZone().x() - 0.5;
        List<TextBlock> texts = new ArrayList<>();
        double baseline = MARGIN + 3.5;
        TextBlock title = block("title", TITLE, FontStyle.BOLD, 11, MARGIN, baseline, textRight - MARGIN);
        texts.add(title);
        baseline = last(title).baseline() + lineGap(10) + 0.6;
        TextBlock weight = block("weight", WEIGHT, FontStyle.REGULAR, 10, MARGIN, baseline, textRight - MARGIN);
        texts.add(weight);
        baseline = Math.max(last(weight).baseline(), qr.quietZone().bottom()) + lineGap(10);
        texts.add(block("maker", MAKER, FontStyle.REGULAR, 10, MARGIN, baseline, WIDTH_MM - 2 * MARGIN));

        List<Rect> exclusions = new ArrayList<>();
        exclusions.add(qr.quietZone());
        texts.forEach(t -> t.lines().forEach(l -> exclusions.add(l.box().grow(0.3))));
        Watermark watermark =
                new Watermark(WATERMARK, 30, WATERMARK_PT, 4, 0.55, 4, new Rect(0, 0, WIDTH_MM, HEIGHT_MM), exclusions);
        List<Shape> shapes =
                List.of(new Shape(Shape.Kind.BOX, new Rect(0.8, 0.8, WIDTH_MM - 1.6, HEIGHT_MM - 1.6), 0.3));
        return new LabelDocument(
                "vk-58x40", WIDTH_MM, HEIGHT_MM, DPI, texts, List.of(qr), shapes, List.of(), Optional.of(watermark));
    }

    /** A second kind of page: a Code 128 symbol with its HRI line, a rule and a small picture. */
    static LabelDocument code128Label() {
        boolean[] bars = new Code128Writer().encode(CODE128_DATA);
        int moduleDots = 2;
        double x = 4;
        double y = 12;
        int heightDots = Dots.of(12, DPI);
        double width = Dots.toMm(bars.length * moduleDots, DPI);
        double quiet = Dots.toMm(10 * moduleDots, DPI);
        BarcodeSymbol symbol = new BarcodeSymbol(
                "sku",
                Symbology.CODE128,
                CODE128_DATA,
                CODE128_DATA,
                List.<boolean[]>of(bars),
                List.of(),
                moduleDots,
                heightDots,
                DPI,
                x,
                y,
                new Rect(x - quiet, y - 1, width + 2 * quiet, Dots.toMm(heightDots, DPI) + 2));
        TextBlock title = block("title", WEIGHT, FontStyle.REGULAR, 10, MARGIN, 6, WIDTH_MM - 2 * MARGIN);
        List<Shape> shapes = List.of(new Shape(Shape.Kind.LINE, new Rect(MARGIN, 8, WIDTH_MM - 2 * MARGIN, 0.4), 0.4));
        List<LabelImage> images = List.of(new LabelImage("eac", new Rect(46, 30, 8, 6), checkerboard(16, 12)));
        return new LabelDocument(
                "sku-58x40",
                WIDTH_MM,
                HEIGHT_MM,
                DPI,
                List.of(title, HriLines.under(symbol, BundledTypeface.get())),
                List.of(symbol),
                shapes,
                images,
                Optional.empty());
    }

    /** A QR symbol at whole dots, its quiet zone the four modules the standard asks for. */
    static BarcodeSymbol qr(String data, double x, double y) {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(data, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        List<boolean[]> rows = new ArrayList<>();
        for (int r = 0; r < matrix.getHeight(); r++) {
            boolean[] row = new boolean[matrix.getWidth()];
            for (int c = 0; c < row.length; c++) {
                row[c] = matrix.get(c, r) == 1;
            }
            rows.add(row);
        }
        double module = Dots.toMm(QR_MODULE_DOTS, DPI);
        double size = rows.size() * module;
        Rect quietZone = new Rect(x - 4 * module, y - 4 * module, size + 8 * module, size + 8 * module);
        return new BarcodeSymbol(
                "dac", Symbology.QR, data, "", rows, List.of(), QR_MODULE_DOTS, 0, DPI, x, y, quietZone);
    }

    /** Greedy wrapping at spaces with the real font widths, as the layout engine does. */
    static TextBlock block(
            String id, String text, FontStyle style, double sizePt, double x, double firstBaseline, double maxWidthMm) {
        Typeface face = BundledTypeface.get();
        List<String> wrapped = new ArrayList<>();
        String current = "";
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && face.widthMm(candidate, style, sizePt) > maxWidthMm) {
                wrapped.add(current);
                current = word;
            } else {
                current = candidate;
            }
        }
        wrapped.add(current);
        double ascent = face.ascentMm(style, sizePt);
        double descent = face.descentMm(style, sizePt);
        List<TextLine> lines = new ArrayList<>();
        double baseline = firstBaseline;
        for (String s : wrapped) {
            Rect box = new Rect(x, baseline - ascent, face.widthMm(s, style, sizePt), ascent + descent);
            lines.add(new TextLine(s, style, sizePt, x, baseline, box));
            baseline += lineGap(sizePt);
        }
        return new TextBlock(id, text, List.of(id), true, sizePt, lines);
    }

    static double lineGap(double sizePt) {
        return Dots.ptToMm(sizePt * 1.2);
    }

    private static TextLine last(TextBlock block) {
        return block.lines().get(block.lines().size() - 1);
    }

    private static boolean[][] checkerboard(int cols, int rows) {
        boolean[][] px = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                px[r][c] = ((r / 2) + (c / 2)) % 2 == 0;
            }
        }
        return px;
    }
}
