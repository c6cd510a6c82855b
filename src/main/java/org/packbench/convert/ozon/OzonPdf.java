package org.packbench.convert.ozon;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.RenderDestination;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Dots;
import org.packbench.pdf.GuardedPdf;
import org.packbench.pdf.GuardedRenderer;
import org.packbench.pdf.PdfLimits;

/**
 * A marketplace label PDF held in memory, its pages and their grey renderings. PDF bytes in,
 * pictures out: the caller reads the file, so this adapter never touches the file system. The
 * file comes from elsewhere, so it is opened and drawn within {@link PdfLimits#LABELS}.
 */
public final class OzonPdf implements AutoCloseable {
    private final GuardedPdf document;
    private final GuardedRenderer renderer;

    /** A page as PDFBox draws it: the crop box, turned by the page's /Rotate. */
    public record PageSize(double widthPt, double heightPt) {
        public double widthMm() {
            return Dots.ptToMm(widthPt);
        }

        public double heightMm() {
            return Dots.ptToMm(heightPt);
        }
    }

    private OzonPdf(GuardedPdf document) {
        this.document = document;
        this.renderer = document.renderer();
        // Optional content marked "print only" (or "screen only") is shown as a printer would.
        renderer.setDefaultDestination(RenderDestination.PRINT);
        // Subsampling drops whole rows and columns of an embedded picture; in a barcode picture
        // those rows are modules. It is off by default; it stays off whatever the default becomes.
        renderer.setSubsamplingAllowed(false);
        renderer.setRenderingHints(hints());
    }

    /**
     * Reads a PDF; a file that is not one, is damaged beyond repair or is locked is refused, and
     * one past a limit with {@link org.packbench.pdf.PdfRefusedException}.
     */
    public static OzonPdf load(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new ProblemException("ozon.pdf.unreadable", "0 bytes");
        }
        GuardedPdf document;
        try {
            document = GuardedPdf.load(pdf, PdfLimits.LABELS);
        } catch (InvalidPasswordException e) {
            throw new ProblemException("ozon.pdf.encrypted");
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged file with runtime exceptions as well as IOException; either
            // way the input is at fault, not this program.
            throw new ProblemException("ozon.pdf.unreadable", reason(e));
        }
        if (document.pageCount() == 0) {
            document.close();
            throw new ProblemException("ozon.pdf.noPages");
        }
        return new OzonPdf(document);
    }

    public int pageCount() {
        return document.pageCount();
    }

    /** The size of page {@code index} (0-based) as it is drawn, width and height swapped for 90°/270°. */
    public PageSize size(int index) {
        PDPage page = document.page(index);
        PDRectangle crop = page.getCropBox();
        int rotation = Math.floorMod(page.getRotation(), 360);
        boolean turned = rotation == 90 || rotation == 270;
        return turned
                ? new PageSize(crop.getHeight(), crop.getWidth())
                : new PageSize(crop.getWidth(), crop.getHeight());
    }

    /**
     * Page {@code index} in 8-bit grey at {@code dpi}; PDFBox makes it floor(size × dpi / 72) pixels
     * each way, white where the page is empty.
     */
    public BufferedImage renderGray(int index, float dpi) {
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ProblemException("ozon.pdf.renderFailed", index + 1, reason(e));
        }
    }

    @Override
    public void close() {
        document.close();
    }

    /**
     * Anti-aliasing makes each pixel's grey the share of it the artwork covers, which the 50 %
     * threshold turns into "an edge lands on the nearest dot boundary". Pure strokes keep Java2D
     * from nudging thin lines half a pixel towards pixel centres. Bilinear interpolation of an
     * embedded barcode picture crosses 50 % exactly at the picture's own pixel edges, where
     * bicubic would ring and nearest-neighbour would jitter edges by a whole source pixel.
     */
    private static RenderingHints hints() {
        RenderingHints h = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        h.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        h.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        h.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        h.put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        h.put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return h;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
