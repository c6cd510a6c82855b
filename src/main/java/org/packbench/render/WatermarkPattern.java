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
    private WatermarkPattern() {}

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
        int[][] candidates = CANDIDATES.computeIfAbsent(
                new MaskKey(
                        wm.text(),
                        wm.angleDeg(),
                        wm.sizePt(),
                        wm.stepMm(),
                        wm.dotPitch(),
                        wm.area(),
                        dpi,
                        labelWidth,
                        labelHeight,
                        typeface),
                key -> candidates(wm, typeface, dpi, labelWidth, labelHeight));
        boolean[][] excluded = exclusionMask(wm, dpi, labelWidth, labelHeight);
        for (int[] cell : candidates) {
            for (int packed : cell) {
                int px = packed % labelWidth;
                int py = packed / labelWidth;
                if (!excluded[py][px]) {
                    out.set(px, py);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * For each screen cell that the glyphs cross inside the area, its glyph dots nearest the
     * cell's centre first (as y × width + x). Which dot prints then depends only on the
     * exclusions, which are all that change from one label to the next.
     */
    private static int[][] candidates(Watermark wm, Typeface typeface, int dpi, int labelWidth, int labelHeight) {
        int pitch = Math.max(1, wm.dotPitch());
        boolean[][] inGlyph = glyphMask(outline(wm, typeface, dpi), labelWidth, labelHeight);
        double k = dpi / Dots.MM_PER_INCH;
        Rect a = wm.area();
        int[][] nearestFirst = cellOrder(pitch);
        java.util.List<int[]> cells = new java.util.ArrayList<>();
        int[] buffer = new int[pitch * pitch];
        for (int cy = 0; cy < labelHeight; cy += pitch) {
            for (int cx = 0; cx < labelWidth; cx += pitch) {
                int n = 0;
                for (int[] d : nearestFirst) {
                    int px = cx + d[0];
                    int py = cy + d[1];
                    if (px >= labelWidth || py >= labelHeight || !inGlyph[py][px]) {
                        continue;
                    }
                    double x = px + 0.5;
                    double y = py + 0.5;
                    if (x >= a.x() * k && x < a.right() * k && y >= a.y() * k && y < a.bottom() * k) {
                        buffer[n++] = py * labelWidth + px;
                    }
                }
                if (n > 0) {
                    cells.add(java.util.Arrays.copyOf(buffer, n));
                }
            }
        }
        return cells.toArray(new int[0][]);
    }

    /**
     * The dots of one cell, nearest its centre first; among equals, row by row, so the dot chosen
     * is the same as a scan of the cell keeping the first nearest would choose.
     */
    private static int[][] cellOrder(int pitch) {
        double centre = (pitch - 1) / 2.0;
        java.util.List<int[]> offsets = new java.util.ArrayList<>();
        for (int dy = 0; dy < pitch; dy++) {
            for (int dx = 0; dx < pitch; dx++) {
                offsets.add(new int[] {dx, dy});
            }
        }
        offsets.sort(java.util.Comparator.comparingDouble(
                (int[] o) -> (o[0] - centre) * (o[0] - centre) + (o[1] - centre) * (o[1] - centre)));
        return offsets.toArray(new int[0][]);
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

    /**
     * The glyph mask depends only on the text and its tiling, which stay the same for every label
     * of a template with the same DAC; only the exclusions change. Rendering the outlines is most
     * of the watermark's cost, so the last few masks are kept. They are read, never written.
     */
    private record MaskKey(
            String text,
            double angle,
            double size,
            double step,
            int pitch,
            Rect area,
            int dpi,
            int width,
            int height,
            Typeface typeface) {}

    private static final int CACHED_MASKS = 16;
    private static final java.util.Map<MaskKey, int[][]> CANDIDATES =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(CACHED_MASKS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<MaskKey, int[][]> eldest) {
                    return size() > CACHED_MASKS;
                }
            });

    /** Dots that {@link #touchesExclusion} would refuse, found once per label instead of per dot. */
    private static boolean[][] exclusionMask(Watermark wm, int dpi, int width, int height) {
        boolean[][] mask = new boolean[height][width];
        double k = dpi / Dots.MM_PER_INCH;
        for (Rect ex : wm.exclusions()) {
            // Same test as touchesExclusion: px + 1 > left, px < right, likewise for y.
            int x0 = Math.max(0, (int) Math.floor(ex.x() * k - 1) + 1);
            int x1 = Math.min(width, (int) Math.ceil(ex.right() * k));
            int y0 = Math.max(0, (int) Math.floor(ex.y() * k - 1) + 1);
            int y1 = Math.min(height, (int) Math.ceil(ex.bottom() * k));
            for (int y = y0; y < y1; y++) {
                java.util.Arrays.fill(mask[y], x0, Math.max(x0, x1), true);
            }
        }
        return mask;
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
