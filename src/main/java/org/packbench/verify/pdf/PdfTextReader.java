package org.packbench.verify.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.packbench.pdf.GuardedPdf;
import org.packbench.pdf.GuardedTextStripper;

/**
 * The text of every page of a PDF as glyphs with their place, size and direction, grouped into
 * runs by {@link RunBuilder}.
 *
 * <p>The size is taken from the text rendering matrix ({@link TextPosition#getTextMatrix()}:
 * font size, text matrix and page matrix together), not from {@link TextPosition#getFontSizeInPt()},
 * which PDFBox truncates to whole points (9.5 pt reads as 9) and which leaves out a scaling by the
 * page matrix: a 20 pt font drawn at half scale is 10 pt on the label.
 */
public final class PdfTextReader {
    /** Text tilted by less than this reads as upright: producers' rounding, not a watermark. */
    private static final double UPRIGHT_TOLERANCE_DEG = 1.0;

    private PdfTextReader() {}

    /** The runs of every page, page by page, each page top to bottom. */
    public static List<TextRun> runs(GuardedPdf document) throws IOException {
        return RunBuilder.runs(glyphs(document));
    }

    static List<PdfGlyph> glyphs(GuardedPdf document) throws IOException {
        Collector collector = new Collector(document);
        collector.setSortByPosition(false);
        collector.read(document);
        return collector.glyphs;
    }

    /*
     * writeString hands over the positions after PDFTextStripper has dropped the duplicates that
     * fake-bold producers draw twice, so each printed glyph arrives once.
     */
    private static final class Collector extends GuardedTextStripper {
        private final List<PdfGlyph> glyphs = new ArrayList<>();
        private int pageRotation;

        Collector(GuardedPdf document) {
            super(document.limits());
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pageRotation = page.getRotation();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                glyphs.add(glyph(getCurrentPageNo(), pageRotation, p));
            }
        }
    }

    static PdfGlyph glyph(int page, int pageRotation, TextPosition p) {
        Matrix m = p.getTextMatrix();
        double size = Math.hypot(m.getShearX(), m.getScaleY());
        double drawn = Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()));
        // /Rotate turns the page clockwise for display; text drawn counter-clockwise by the same
        // angle therefore reads upright.
        double shown = normalise(drawn - pageRotation);
        int angle = Math.abs(shown) < UPRIGHT_TOLERANCE_DEG ? 0 : (int) Math.round(shown);
        if (angle == 0) {
            return new PdfGlyph(page, p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size, 0);
        }
        // PDFBox's direction-adjusted coordinates only hold for quarter turns; along and across
        // the glyph's own baseline they hold for any angle. The advance is left at one em: it
        // only decides where a rotated run splits, and a watermark is reported, never matched.
        double theta = Math.toRadians(drawn);
        double e = m.getTranslateX();
        double f = m.getTranslateY();
        double along = e * Math.cos(theta) + f * Math.sin(theta);
        double across = -e * Math.sin(theta) + f * Math.cos(theta);
        return new PdfGlyph(page, p.getUnicode(), along, -across, size, size, angle);
    }

    private static double normalise(double degrees) {
        double d = degrees % 360;
        if (d > 180) {
            d -= 360;
        } else if (d <= -180) {
            d += 360;
        }
        return d;
    }
}
