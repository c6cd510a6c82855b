package org.packbench.render;

import java.awt.geom.Area;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
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

    static void paint(PDPageContentStream cs, Watermark watermark, PdfResources resources, PdfFrame frame)
            throws IOException {
        Area visible = new Area(rect(watermark.area()));
        for (Rect exclusion : watermark.exclusions()) {
            visible.subtract(new Area(rect(exclusion)));
        }
        if (visible.isEmpty() || watermark.text().isEmpty()) {
            return;
        }
        PDType0Font font = resources.font(FontStyle.REGULAR);
        float sizePt = (float) watermark.sizePt();
        // The layout's widths, not PDFBox's, so the copies fall where the raster writers put them.
        double widthMm = resources.typeface().widthMm(watermark.text(), FontStyle.REGULAR, watermark.sizePt());

        cs.saveGraphicsState();
        clip(cs, visible, frame);
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
     * The area minus the union of the exclusions. Area resolves overlapping exclusions first: a
     * plain even-odd path of the area and every exclusion would let the watermark back in where
     * two exclusions overlap (a text box crossing a quiet zone). Area's outlines never overlap
     * one another, so the even-odd rule then clips exactly that region.
     */
    private static void clip(PDPageContentStream cs, Area visible, PdfFrame frame) throws IOException {
        double[] c = new double[6];
        for (PathIterator it = visible.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> cs.moveTo(frame.pt(c[0]), frame.y(c[1]));
                case PathIterator.SEG_LINETO -> cs.lineTo(frame.pt(c[0]), frame.y(c[1]));
                case PathIterator.SEG_CLOSE -> cs.closePath();
                    // Built from rectangles only, so Area never yields curves.
                default -> throw new IllegalStateException("curved watermark clip");
            }
        }
        cs.clipEvenOdd();
    }

    private static Rectangle2D rect(Rect r) {
        return new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
    }
}
