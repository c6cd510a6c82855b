package org.packbench.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.packbench.label.FontStyle;
import org.packbench.label.Typeface;

/**
 * One glyph as 1-bit dots, cut at a quarter-dot pen position and kept for reuse. Every label
 * carries new digits (an SSCC, an order, a label id), so caching whole lines missed on every
 * label and filling glyph outlines was half the time of a logistic label; a bench uses a few
 * sizes of one typeface, so the glyphs themselves are a small, fixed set.
 *
 * <p>The pen lands on the nearest quarter dot, at most an eighth of a dot (0.016 mm at 203 dpi)
 * from where the layout measured it: far below what a thermal head can show.
 */
final class GlyphDots {
    /** Pen positions per dot. */
    static final int STEPS = 4;
    /** Coverage above one half prints: no dithering, so strokes keep hard, scannable edges. */
    private static final int THRESHOLD = 128;
    /** Far more than a bench's sizes × glyphs × steps; a safety net against unbounded growth, not an LRU. */
    private static final int MAX_ENTRIES = 50_000;

    private record Key(Typeface typeface, FontStyle style, double sizePt, int dpi, int glyph, int step) {}

    private static final Map<Key, DotImage> CACHE = new ConcurrentHashMap<>();

    private GlyphDots() {}

    /**
     * The glyph's dots with the pen at (0, 0) plus {@code step}/{@link #STEPS} of a dot to the
     * right; the image's x/y are its offset from the pen. Callers only read it.
     */
    static DotImage of(Typeface typeface, FontStyle style, double sizePt, int dpi, int glyph, int step) {
        Key key = new Key(typeface, style, sizePt, dpi, glyph, step);
        DotImage hit = CACHE.get(key);
        if (hit != null) {
            return hit;
        }
        if (CACHE.size() > MAX_ENTRIES) {
            CACHE.clear();
        }
        DotImage drawn = draw(typeface.font(style, sizePt), dpi, glyph, step);
        // Two threads may draw the same glyph at once: both go on with the one the cache kept.
        DotImage kept = CACHE.putIfAbsent(key, drawn);
        return kept != null ? kept : drawn;
    }

    private static DotImage draw(Font font, int dpi, int glyph, int step) {
        double scale = dpi / org.packbench.label.Dots.PT_PER_INCH;
        AffineTransform at = AffineTransform.getTranslateInstance((double) step / STEPS, 0);
        at.scale(scale, scale);
        Shape outline = at.createTransformedShape(
                font.createGlyphVector(Typeface.METRICS, new int[] {glyph}).getGlyphOutline(0));
        Rectangle bounds = outline.getBounds();
        if (bounds.isEmpty()) {
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
            g.translate(-bounds.x, -bounds.y);
            g.setColor(Color.BLACK);
            g.fill(outline);
        } finally {
            g.dispose();
        }
        DotImage dots = DotImage.blank(bounds.x, bounds.y, bounds.width, bounds.height);
        Raster raster = grey.getRaster();
        int[] row = new int[bounds.width];
        for (int r = 0; r < bounds.height; r++) {
            raster.getSamples(0, r, bounds.width, 1, 0, row);
            for (int c = 0; c < bounds.width; c++) {
                if (row[c] < THRESHOLD) {
                    dots.set(c, r);
                }
            }
        }
        return dots.trimmed();
    }
}
