package org.packbench.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import org.packbench.label.Dots;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.Typeface;
import org.packbench.label.Watermark;

/**
 * The repeated diagonal text of a watermark in dot space, tiled by {@link WatermarkTiles} so the
 * print raster, the preview and the PDF put every copy in the same place.
 */
public final class WatermarkPattern {
    private WatermarkPattern() {
    }

    /** The outlines of every copy that can reach the watermark area, unclipped. */
    public static Shape outline(Watermark wm, Typeface typeface, int dpi) {
        Path2D.Double all = new Path2D.Double(Path2D.WIND_NON_ZERO);
        if (wm.text().isBlank()) {
            return all;
        }
        Font font = typeface.font(FontStyle.REGULAR, wm.sizePt());
        Shape glyphs = font.createGlyphVector(Typeface.METRICS, wm.text()).getOutline();
        double widthMm = typeface.widthMm(wm.text(), FontStyle.REGULAR, wm.sizePt());
        double k = dpi / Dots.MM_PER_INCH;
        double scale = dpi / Dots.PT_PER_INCH;
        // Counter-clockwise on paper is a negative angle in a y-down system.
        double angle = -Math.toRadians(wm.angleDeg());
        for (WatermarkTiles.Origin o : WatermarkTiles.origins(wm, widthMm)) {
            AffineTransform at = AffineTransform.getTranslateInstance(o.x() * k, o.y() * k);
            at.rotate(angle);
            at.scale(scale, scale);
            all.append(glyphs.getPathIterator(at), false);
        }
        return all;
    }

    /** Where the watermark may paint: its area less every exclusion, in dot space. */
    public static Area paintable(Watermark wm, int dpi) {
        Area area = new Area(dots(wm.area(), dpi));
        for (Rect ex : wm.exclusions()) {
            area.subtract(new Area(dots(ex, dpi)));
        }
        return area;
    }

    /**
     * The 1-bit screen: in each {@code dotPitch}×{@code dotPitch} cell of the label's dot grid that
     * a glyph crosses, the one glyph dot nearest the cell's centre, unless it lies outside the area
     * or touches an exclusion. A sparse screen prints light without greys, which a thermal head
     * cannot make; taking any glyph dot of the cell, not only its centre, keeps strokes thinner than
     * a cell from vanishing, so the text stays legible as a dotted outline.
     */
    public static DotImage screen(Watermark wm, Typeface typeface, int dpi, int labelWidth, int labelHeight) {
        DotImage out = DotImage.blank(0, 0, labelWidth, labelHeight);
        int pitch = Math.max(1, wm.dotPitch());
        boolean[][] inGlyph = glyphMask(outline(wm, typeface, dpi), labelWidth, labelHeight);
        double k = dpi / Dots.MM_PER_INCH;
        Rect a = wm.area();
        double centre = (pitch - 1) / 2.0;
        for (int cy = 0; cy < labelHeight; cy += pitch) {
            for (int cx = 0; cx < labelWidth; cx += pitch) {
                int bestX = -1;
                int bestY = -1;
                double best = Double.MAX_VALUE;
                for (int py = cy; py < Math.min(cy + pitch, labelHeight); py++) {
                    for (int px = cx; px < Math.min(cx + pitch, labelWidth); px++) {
                        double x = px + 0.5;
                        double y = py + 0.5;
                        boolean inArea = x >= a.x() * k && x < a.right() * k && y >= a.y() * k && y < a.bottom() * k;
                        if (!inArea || !inGlyph[py][px] || touchesExclusion(wm, px, py, dpi)) {
                            continue;
                        }
                        double d = Math.hypot(px - cx - centre, py - cy - centre);
                        if (d < best) {
                            best = d;
                            bestX = px;
                            bestY = py;
                        }
                    }
                }
                if (bestX >= 0) {
                    out.set(bestX, bestY);
                }
            }
        }
        return out;
    }

    /** Whether any part of the dot square (px, py) lies inside an exclusion rectangle. */
    public static boolean touchesExclusion(Watermark wm, int px, int py, int dpi) {
        double k = dpi / Dots.MM_PER_INCH;
        for (Rect ex : wm.exclusions()) {
            if (px + 1 > ex.x() * k && px < ex.right() * k && py + 1 > ex.y() * k && py < ex.bottom() * k) {
                return true;
            }
        }
        return false;
    }

    private static boolean[][] glyphMask(Shape outline, int width, int height) {
        boolean[][] mask = new boolean[height][width];
        if (width == 0 || height == 0) {
            return mask;
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            // Pixel-centre sampling is enough here: the mask only picks which screen dots print.
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fill(outline);
        } finally {
            g.dispose();
        }
        Raster raster = img.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                mask[y][x] = raster.getSample(x, y, 0) != 0;
            }
        }
        return mask;
    }

    private static Rectangle2D dots(Rect r, int dpi) {
        double k = dpi / Dots.MM_PER_INCH;
        return new Rectangle2D.Double(r.x() * k, r.y() * k, r.width() * k, r.height() * k);
    }
}
