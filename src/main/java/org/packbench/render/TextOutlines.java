package org.packbench.render;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import org.packbench.label.Dots;
import org.packbench.label.TextLine;
import org.packbench.label.Typeface;

/**
 * The glyph outlines of a laid-out line in dot space. Every raster (preview, print, ZPL, TSPL)
 * fills these same outlines, so they can differ only in how a pixel is coloured, never in
 * where a glyph is.
 */
public final class TextOutlines {
    private TextOutlines() {}

    /**
     * The line's outline at {@code dpi}. The pen starts on a whole dot (through {@link Dots#of}),
     * so a line rasterises to the same dots wherever its block image is cut out of the label.
     */
    public static Shape of(TextLine line, Typeface typeface, int dpi) {
        Font font = typeface.font(line.style(), line.sizePt());
        // The layout's own metrics (fractional, unhinted) give the advances, so glyphs land where
        // the layout measured them at every resolution.
        GlyphVector glyphs = font.createGlyphVector(Typeface.METRICS, line.text());
        double scale = dpi / Dots.PT_PER_INCH;
        AffineTransform at =
                AffineTransform.getTranslateInstance(Dots.of(line.x(), dpi), Dots.of(line.baseline(), dpi));
        at.scale(scale, scale);
        return at.createTransformedShape(glyphs.getOutline());
    }
}
