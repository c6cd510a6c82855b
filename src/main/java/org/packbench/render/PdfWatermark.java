package org.packbench.render;

import java.awt.geom.Area;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.Watermark;

/**
 * Draws a watermark: the text in its grey tone at reduced opacity, tiled over its area, clipped
 * so it never touches an exclusion (a barcode's quiet zone, a text line).
 */
final class PdfWatermark {

    private PdfWatermark() {}

    /**
     * The clip outlines by area and exclusions. Area's arithmetic costs more than the rest of a
     * watermark; labels of one template and product have the same exclusions, so a batch or a
     * packing shift works out a few dozen outlines, not one per label.
     */
    private static final BoundedCache<Visible, List<double[]>> OUTLINES = new BoundedCache<>(256);

    private record Visible(Rect area, List<Rect> exclusions) {}

    static void paint(PDPageContentStream cs, Watermark watermark, PdfResources resources, PdfFrame frame)
            throws IOException {
        List<double[]> outline = OUTLINES.get(
                new Visible(watermark.area(), List.copyOf(watermark.exclusions())),
                () -> outline(watermark.area(), watermark.exclusions()));
        if (outline.isEmpty() || watermark.text().isEmpty()) {
            return;
        }
        PDType0Font font = resources.font(FontStyle.REGULAR);
        float sizePt = (float) watermark.sizePt();
        // The layout's widths, not PDFBox's, so the copies fall where the raster writers put them.
        double widthMm = resources.typeface().widthMm(watermark.text(), FontStyle.REGULAR, watermark.sizePt());

        cs.saveGraphicsState();
        clip(cs, outline, frame);
        cs.setGraphicsStateParameters(resources.watermarkAlpha());
        cs.setNonStrokingColor((float) watermark.grey());
        cs.beginText();
        cs.setFont(font, sizePt);
        double angle = Math.toRadians(watermark.angleDeg());
        for (WatermarkTiles.Origin o : WatermarkTiles.origins(watermark, widthMm)) {
            cs.setTextMatrix(Matrix.getRotateInstance(angle, frame.pt(o.x()), frame.y(o.y())));
            cs.showText(watermark.text());
            resources.showing(FontStyle.REGULAR, watermark.text());
        }
        cs.endText();
        cs.restoreGraphicsState();
    }

    /*
     * The area minus the union of the exclusions, as its path's segments: {type, x, y}. Area
     * resolves overlapping exclusions first: a plain even-odd path of the area and every exclusion
     * would let the watermark back in where two exclusions overlap (a text box crossing a quiet
     * zone). Area's outlines never overlap one another, so the even-odd rule then clips exactly
     * that region. Empty when nothing of the area is left.
     */
    private static List<double[]> outline(Rect area, List<Rect> exclusions) {
        Area visible = new Area(rect(area));
        for (Rect exclusion : exclusions) {
            visible.subtract(new Area(rect(exclusion)));
        }
        List<double[]> segments = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = visible.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_QUADTO || type == PathIterator.SEG_CUBICTO) {
                // Built from rectangles only, so Area never yields curves.
                throw new IllegalStateException("curved watermark clip");
            }
            segments.add(new double[] {type, c[0], c[1]});
        }
        return List.copyOf(segments);
    }

    private static void clip(PDPageContentStream cs, List<double[]> outline, PdfFrame frame) throws IOException {
        for (double[] s : outline) {
            switch ((int) s[0]) {
                case PathIterator.SEG_MOVETO -> cs.moveTo(frame.pt(s[1]), frame.y(s[2]));
                case PathIterator.SEG_LINETO -> cs.lineTo(frame.pt(s[1]), frame.y(s[2]));
                default -> cs.closePath();
            }
        }
        cs.clipEvenOdd();
    }

    private static Rectangle2D rect(Rect r) {
        return new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
    }
}
