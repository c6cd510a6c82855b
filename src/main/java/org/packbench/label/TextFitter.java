package org.packbench.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Breaks text into lines at spaces with the font's real advance widths. It never hyphenates,
 * truncates or adds an ellipsis: a label must print the record's text whole, so a text that
 * cannot fit is an error for the caller to report.
 */
public final class TextFitter {
    /** Line spacing as a multiple of the font size. */
    public static final double LEADING = 1.15;

    private final Typeface typeface;

    public TextFitter(Typeface typeface) {
        this.typeface = typeface;
    }

    /** The lines, or the first word that alone is wider than {@code widthMm}. */
    public record Wrapped(List<String> lines, Optional<String> tooWide, double tooWideByMm) {}

    public Wrapped wrap(String text, FontStyle style, double sizePt, double widthMm) {
        List<String> lines = new ArrayList<>();
        String[] words = text.split(" ", -1);
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            double w = typeface.widthMm(word, style, sizePt);
            if (w > widthMm + 1e-9) {
                return new Wrapped(List.of(), Optional.of(word), w - widthMm);
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && typeface.widthMm(candidate, style, sizePt) > widthMm + 1e-9) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return new Wrapped(lines, Optional.empty(), 0);
    }

    public double lineHeightMm(double sizePt) {
        return Dots.ptToMm(sizePt * LEADING);
    }

    public Typeface typeface() {
        return typeface;
    }
}
