package org.packbench.verify.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BarcodeEAN;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 58×40 mm product labels for SKU PB-7-001 made with OpenPDF, as another program would make
 * them: a correct one and variants with exactly one fault each.
 */
final class TestLabels {
    static final String NAME = "Чехол для смартфона силиконовый, прозрачный";
    static final String MANUFACTURER = "Шэньчжэнь Юнсин Электроникс Ко., Лтд.";
    static final String GTIN = "4607002977277";
    static final String OTHER_GTIN = "4607310980273";

    private static final float WIDTH = mm(58);
    private static final float HEIGHT = mm(40);
    private static final float LEFT = mm(1.5);

    /**
     * A line of the label: its text, font size and baseline (pt from the top); {@code scale}
     * shrinks or enlarges it by the page matrix, as a program placing artwork does.
     */
    record Line(String text, float sizePt, float baseline, float scale) {
        Line(String text, float sizePt, float baseline) {
            this(text, sizePt, baseline, 1f);
        }
    }

    /** Text tiled at an angle over the label, as a DAC watermark is. */
    record Watermark(String text, float sizePt, float angleDeg) {}

    /** What the label prints; {@link #correct()} is the label VK accepts. */
    record Spec(List<Line> lines, String gtin, Watermark watermark) {
        Spec(List<Line> lines, String gtin) {
            this(lines, gtin, null);
        }

        static Spec correct() {
            return new Spec(
                    List.of(
                            new Line("Чехол для смартфона", 11, 12),
                            new Line("силиконовый, прозрачный", 11, 24),
                            new Line("Вес нетто: 38 г", 10, 36),
                            new Line("Производитель: Шэньчжэнь Юнсин", 10, 47.5f),
                            new Line("Электроникс Ко., Лтд.", 10, 59),
                            new Line("Страна: Китай", 10, 70.5f)),
                    GTIN);
        }

        /** The same label with the line that starts with {@code start} replaced (or dropped when null). */
        Spec replacing(String start, Line replacement) {
            List<Line> out = new ArrayList<>();
            for (Line l : lines) {
                if (!l.text().startsWith(start)) {
                    out.add(l);
                } else if (replacement != null) {
                    out.add(replacement);
                }
            }
            return new Spec(out, gtin, watermark);
        }

        Spec withText(String start, String text) {
            Line old = lines.stream()
                    .filter(l -> l.text().startsWith(start))
                    .findFirst()
                    .orElseThrow();
            return replacing(start, new Line(text, old.sizePt(), old.baseline()));
        }

        Spec withSize(String start, float sizePt) {
            Line old = lines.stream()
                    .filter(l -> l.text().startsWith(start))
                    .findFirst()
                    .orElseThrow();
            return replacing(start, new Line(old.text(), sizePt, old.baseline()));
        }

        /** The line drawn with a font of {@code fontPt} under a page matrix that scales it by {@code scale}. */
        Spec withScaled(String start, float fontPt, float scale) {
            Line old = lines.stream()
                    .filter(l -> l.text().startsWith(start))
                    .findFirst()
                    .orElseThrow();
            return replacing(start, new Line(old.text(), fontPt, old.baseline(), scale));
        }

        Spec withGtin(String other) {
            return new Spec(lines, other, watermark);
        }

        Spec withWatermark(Watermark w) {
            return new Spec(lines, gtin, w);
        }
    }

    private TestLabels() {}

    static byte[] correct() {
        return pdf(Spec.correct());
    }

    static byte[] pdf(Spec spec) {
        return pdf(spec, cb -> {});
    }

    /** The label with {@code extra} drawn on top, in pt from the bottom-left corner. */
    static byte[] pdf(Spec spec, Consumer<PdfContentByte> extra) {
        try {
            BaseFont font = BaseFont.createFont(
                    "PTSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes(), null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(new Rectangle(WIDTH, HEIGHT), 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            PdfContentByte cb = writer.getDirectContent();
            if (spec.watermark() != null) {
                watermark(cb, font, spec.watermark());
            }
            for (Line l : spec.lines()) {
                cb.saveState();
                cb.concatCTM(l.scale(), 0, 0, l.scale(), LEFT, HEIGHT - l.baseline());
                cb.beginText();
                cb.setFontAndSize(font, l.sizePt());
                cb.setTextMatrix(0, 0);
                cb.showText(l.text());
                cb.endText();
                cb.restoreState();
            }
            if (spec.gtin() != null) {
                cb.addTemplate(ean13(cb, font, spec.gtin()), mm(4), mm(0.8));
            }
            extra.accept(cb);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three copies across the label, light grey, turned by the watermark's angle. */
    private static void watermark(PdfContentByte cb, BaseFont font, Watermark w) {
        double a = Math.toRadians(w.angleDeg());
        float cos = (float) Math.cos(a);
        float sin = (float) Math.sin(a);
        cb.saveState();
        cb.setGrayFill(0.85f);
        cb.beginText();
        cb.setFontAndSize(font, w.sizePt());
        for (int i = 0; i < 3; i++) {
            cb.setTextMatrix(cos, sin, -sin, cos, mm(2 + 18 * i), mm(4));
            cb.showText(w.text());
        }
        cb.endText();
        cb.restoreState();
    }

    /** The EAN-13 under the text, its digits in 10 pt so that the correct label has nothing smaller. */
    private static PdfTemplate ean13(PdfContentByte cb, BaseFont font, String gtin) {
        BarcodeEAN ean = new BarcodeEAN();
        ean.setCodeType(BarcodeEAN.EAN13);
        ean.setCode(gtin);
        ean.setX(0.9f);
        ean.setFont(font);
        ean.setSize(10);
        ean.setBaseline(10);
        ean.setBarHeight(mm(7.5));
        return ean.createTemplateWithBarcode(cb, Color.BLACK, Color.BLACK);
    }

    /** A page with nothing but an EAN-13 standing upright, its bars running across the page. */
    static byte[] uprightEan(String gtin) {
        try {
            BaseFont font = BaseFont.createFont(
                    "PTSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes(), null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(new Rectangle(WIDTH, HEIGHT), 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            PdfContentByte cb = writer.getDirectContent();
            // A quarter turn counter-clockwise about the template's origin, then moved onto the page.
            cb.addTemplate(ean13(cb, font, gtin), 0, 1, -1, 0, mm(40), mm(3));
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GS1 DataMatrix of {@code elementString} in the bottom-right corner, 0.5 mm modules. */
    static Consumer<PdfContentByte> dataMatrix(String elementString) {
        return cb -> {
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            // ZXing's writer puts FNC1 first only with its minimal ("compact") encoder.
            hints.put(EncodeHintType.GS1_FORMAT, Boolean.TRUE);
            hints.put(EncodeHintType.DATA_MATRIX_COMPACT, Boolean.TRUE);
            hints.put(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE);
            BitMatrix m = new DataMatrixWriter().encode(elementString, BarcodeFormat.DATA_MATRIX, 0, 0, hints);
            float module = mm(0.5);
            float left = WIDTH - mm(2) - m.getWidth() * module;
            float top = mm(2) + m.getHeight() * module;
            cb.setGrayFill(0);
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        cb.rectangle(left + x * module, top - (y + 1) * module, module, module);
                    }
                }
            }
            cb.fill();
        };
    }

    private static float mm(double mm) {
        return (float) (mm * 72 / 25.4);
    }

    private static byte[] fontBytes() throws IOException {
        try (InputStream in = TestLabels.class.getResourceAsStream("/org/packbench/fonts/PTSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the bundled PT Sans is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }
}
