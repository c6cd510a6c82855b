package org.packbench.render;

import java.awt.Font;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.packbench.label.Dots;
import org.packbench.label.TextLine;
import org.packbench.label.Typeface;

/**
 * Turns text lines into the 1-bit dots a thermal printer receives. The ZPL and TSPL writers send
 * exactly these images and the print raster is assembled from them, so text on paper and text in
 * the readback raster are the same dots by construction rather than by a second rendering.
 *
 * <p>Lines are set glyph by glyph from {@link GlyphDots}, at the advances the layout measured
 * (fractional, unhinted; see {@link TextOutlines}), each pen position rounded to a quarter dot.
 */
public final class TextRaster {
    private TextRaster() {}

    private record Placed(DotImage glyph, int x, int y) {}

    /** The lines as one image trimmed to its black dots; empty when nothing prints. */
    public static DotImage render(List<TextLine> lines, Typeface typeface, int dpi) {
        double scale = dpi / Dots.PT_PER_INCH;
        List<Placed> placed = new ArrayList<>();
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (TextLine line : lines) {
            if (line.text().isBlank()) {
                continue;
            }
            Font font = typeface.font(line.style(), line.sizePt());
            GlyphVector glyphs = font.createGlyphVector(Typeface.METRICS, line.text());
            // The pen starts on a whole dot, so a line rasterises to the same dots wherever its
            // block image is cut out of the label.
            int penX = Dots.of(line.x(), dpi);
            int penY = Dots.of(line.baseline(), dpi);
            for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
                Point2D at = glyphs.getGlyphPosition(i);
                double x = penX + at.getX() * scale;
                int whole = (int) Math.floor(x);
                int step = (int) Math.round((x - whole) * GlyphDots.STEPS);
                if (step == GlyphDots.STEPS) {
                    whole++;
                    step = 0;
                }
                int y = penY + (int) Math.round(at.getY() * scale);
                DotImage glyph = GlyphDots.of(typeface, line.style(), line.sizePt(), dpi, glyphs.getGlyphCode(i), step);
                if (glyph.isEmpty()) {
                    continue;
                }
                int gx = whole + glyph.x();
                int gy = y + glyph.y();
                placed.add(new Placed(glyph, gx, gy));
                minX = Math.min(minX, gx);
                minY = Math.min(minY, gy);
                maxX = Math.max(maxX, gx + glyph.width());
                maxY = Math.max(maxY, gy + glyph.height());
            }
        }
        if (placed.isEmpty()) {
            return DotImage.blank(0, 0, 0, 0);
        }
        DotImage dots = DotImage.blank(minX, minY, maxX - minX, maxY - minY);
        for (Placed p : placed) {
            dots.orAt(p.glyph(), p.x(), p.y());
        }
        // Already tight: each glyph's dots are trimmed, and the image is their union's bounds.
        return dots;
    }
}
