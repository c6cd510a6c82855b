package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.TextLine;
import org.packbench.label.Typeface;

/**
 * Text set glyph by glyph from cached glyph rasters prints the dots of the whole line's outline:
 * the two differ only on the edges of strokes, where a pen rounded to a quarter dot moves a
 * glyph's boundary pixels, never by a missing or doubled stroke.
 */
class TextRasterTest {
    private static final String LETTERS =
            "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя0123456789 ,.()-/«»№%";

    /** The line's outline filled whole and thresholded, as lines were rasterised before glyphs were cached. */
    private static DotImage wholeLine(TextLine line, Typeface typeface, int dpi) {
        Shape outline = TextOutlines.of(line, typeface, dpi);
        Rectangle b = outline.getBounds();
        b.grow(2, 2);
        BufferedImage grey = new BufferedImage(b.width, b.height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, b.width, b.height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.translate(-b.x, -b.y);
        g.setColor(Color.BLACK);
        g.fill(outline);
        g.dispose();
        DotImage dots = DotImage.blank(b.x, b.y, b.width, b.height);
        for (int r = 0; r < b.height; r++) {
            for (int c = 0; c < b.width; c++) {
                if (grey.getRaster().getSample(c, r, 0) < 128) {
                    dots.set(c, r);
                }
            }
        }
        return dots;
    }

    @Test
    void glyphByGlyphMatchesTheWholeLineExceptOnStrokeEdges() {
        Typeface typeface = BundledTypeface.get();
        Random rnd = new Random(5);
        for (int i = 0; i < 300; i++) {
            int dpi = List.of(203, 300, 600).get(i % 3);
            StringBuilder text = new StringBuilder();
            for (int k = 0, n = 1 + rnd.nextInt(30); k < n; k++) {
                text.append(LETTERS.charAt(rnd.nextInt(LETTERS.length())));
            }
            double size = 10 + rnd.nextInt(9);
            FontStyle style = rnd.nextBoolean() ? FontStyle.BOLD : FontStyle.REGULAR;
            TextLine line = new TextLine(
                    text.toString(),
                    style,
                    size,
                    rnd.nextDouble() * 20,
                    5 + rnd.nextDouble() * 20,
                    new Rect(0, 0, 60, 40));
            DotImage glyphs = TextRaster.render(List.of(line), typeface, dpi);
            DotImage whole = wholeLine(line, typeface, dpi);
            int differing = 0;
            int black = whole.blackCount();
            for (int r = -2; r < whole.height() + 2; r++) {
                for (int c = -2; c < whole.width() + 2; c++) {
                    int x = whole.x() + c;
                    int y = whole.y() + r;
                    if (glyphs.getOnLabel(x, y) != whole.getOnLabel(x, y)) {
                        differing++;
                        assertTrue(
                                nextToAnEdge(whole, x, y) || nextToAnEdge(glyphs, x, y),
                                "case " + i + " «" + text + "» at " + dpi + " dpi: dot " + x + "," + y
                                        + " differs away from any stroke edge");
                    }
                }
            }
            if (text.toString().isBlank()) {
                assertEquals(0, glyphs.blackCount());
            } else {
                assertTrue(
                        differing <= Math.max(4, black / 5),
                        "case " + i + " «" + text + "» at " + dpi + " dpi: " + differing + " of " + black
                                + " dots differ");
            }
        }
    }

    /** Whether the dot has a neighbour (8 around it) of the other colour in {@code whole}: it lies on a stroke edge. */
    private static boolean nextToAnEdge(DotImage whole, int x, int y) {
        boolean self = whole.getOnLabel(x, y);
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (whole.getOnLabel(x + dx, y + dy) != self) {
                    return true;
                }
            }
        }
        return false;
    }
}
