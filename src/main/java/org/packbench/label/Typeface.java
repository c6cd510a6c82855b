package org.packbench.label;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The label font: the TrueType bytes (for writers that embed them) and their metrics (for
 * layout). Layout measures with fractional, unhinted advances, the same widths a PDF viewer
 * uses, so a line that fits in the layout fits in every writer.
 */
public final class Typeface {
    /** Unhinted, fractional metrics: the widths do not depend on the output resolution. */
    public static final FontRenderContext METRICS = new FontRenderContext(new AffineTransform(), true, true);

    private final Map<FontStyle, byte[]> ttf = new EnumMap<>(FontStyle.class);
    private final Map<FontStyle, Font> fonts = new EnumMap<>(FontStyle.class);
    private final String family;

    public Typeface(String family, byte[] regular, byte[] bold) {
        this.family = family;
        ttf.put(FontStyle.REGULAR, regular.clone());
        ttf.put(FontStyle.BOLD, bold.clone());
        for (FontStyle s : FontStyle.values()) {
            try {
                fonts.put(s, Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf.get(s))));
            } catch (FontFormatException | IOException e) {
                throw new IllegalArgumentException("not a TrueType font: " + family + " " + s, e);
            }
        }
    }

    public String family() {
        return family;
    }

    /** The TrueType file of {@code style}, for embedding. */
    public byte[] ttf(FontStyle style) {
        return ttf.get(style).clone();
    }

    private record Sized(FontStyle style, float sizePt) {}

    /**
     * Derived fonts by style and size. Layout measures every candidate line and the rasteriser
     * sets every line at one of a handful of sizes; deriving a Font each time was a visible part
     * of a label's time. Fonts are immutable, so one serves every thread.
     */
    private final java.util.concurrent.ConcurrentHashMap<Sized, Font> sized =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The AWT font at {@code sizePt} (1 pt = 1 user unit at 72 dpi). */
    public Font font(FontStyle style, double sizePt) {
        Sized key = new Sized(style, (float) sizePt);
        Font font = sized.get(key);
        if (font == null) {
            if (sized.size() > 1_000) {
                // Sizes come from templates and the fitter's steps: a few dozen. A bound, not an LRU.
                sized.clear();
            }
            Font derived = fonts.get(style).deriveFont(key.sizePt());
            Font first = sized.putIfAbsent(key, derived);
            font = first != null ? first : derived;
        }
        return font;
    }

    /** Advance width of {@code text} in mm. */
    public double widthMm(String text, FontStyle style, double sizePt) {
        double pt = font(style, sizePt).getStringBounds(text, METRICS).getWidth();
        return Dots.ptToMm(pt);
    }

    /** Ascent above the baseline in mm. */
    public double ascentMm(FontStyle style, double sizePt) {
        return Dots.ptToMm(font(style, sizePt).getLineMetrics("ЁЙ", METRICS).getAscent());
    }

    /** Descent below the baseline in mm. */
    public double descentMm(FontStyle style, double sizePt) {
        return Dots.ptToMm(font(style, sizePt).getLineMetrics("уд", METRICS).getDescent());
    }

    /** Whether every character of {@code text} has a glyph in this font. */
    public boolean canDisplay(String text) {
        return fonts.get(FontStyle.REGULAR).canDisplayUpTo(text) < 0;
    }
}
