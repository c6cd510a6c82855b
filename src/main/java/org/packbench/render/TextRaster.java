package org.packbench.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;
import org.packbench.label.TextLine;
import org.packbench.label.Typeface;

/**
 * Turns text lines into the 1-bit dots a thermal printer receives. The ZPL and TSPL writers send
 * exactly these images and the print raster is assembled from them, so text on paper and text in
 * the readback raster are the same dots by construction rather than by a second rendering.
 */
public final class TextRaster {
    /** Coverage above one half prints: no dithering, so strokes keep hard, scannable edges. */
    private static final int THRESHOLD = 128;

    private TextRaster() {
    }

    /** The lines as one image trimmed to its black dots; empty when nothing prints. */
    public static DotImage render(List<TextLine> lines, Typeface typeface, int dpi) {
        List<Shape> outlines = new ArrayList<>();
        Rectangle bounds = null;
        for (TextLine line : lines) {
            if (line.text().isBlank()) {
                continue;
            }
            Shape outline = TextOutlines.of(line, typeface, dpi);
            outlines.add(outline);
            Rectangle b = outline.getBounds();
            bounds = bounds == null ? b : bounds.union(b);
        }
        if (bounds == null || bounds.isEmpty()) {
            return DotImage.blank(0, 0, 0, 0);
        }
        bounds.grow(1, 1);
        BufferedImage grey = new BufferedImage(bounds.width, bounds.height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, bounds.width, bounds.height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // A whole-dot translation keeps the pixel grid of the block equal to the label's.
            g.translate(-bounds.x, -bounds.y);
            g.setColor(Color.BLACK);
            outlines.forEach(g::fill);
        } finally {
            g.dispose();
        }
        DotImage dots = DotImage.blank(bounds.x, bounds.y, bounds.width, bounds.height);
        Raster raster = grey.getRaster();
        for (int r = 0; r < bounds.height; r++) {
            for (int c = 0; c < bounds.width; c++) {
                if (raster.getSample(c, r, 0) < THRESHOLD) {
                    dots.set(c, r);
                }
            }
        }
        return dots.trimmed();
    }
}
