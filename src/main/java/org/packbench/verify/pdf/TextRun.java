package org.packbench.verify.pdf;

import java.util.List;

/**
 * Glyphs that read as one piece of text: on one baseline, in one direction, with no gap wider
 * than a few spaces between them. A wrapped field is several runs, one per line.
 *
 * @param x     where the run starts along its baseline, pt
 * @param y     its baseline, pt downwards
 * @param endX  where it ends along its baseline, pt
 * @param cells the text in order, each piece with the size it is printed at
 */
public record TextRun(int page, boolean upright, double x, double y, double endX, List<Cell> cells) {

    /** A glyph's text, or a space put in where the PDF leaves a word gap without a space glyph. */
    public record Cell(String text, double sizePt) {}

    public TextRun {
        cells = List.copyOf(cells);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        cells.forEach(c -> sb.append(c.text()));
        return normalised(sb.toString());
    }

    /** The largest size in the run: what decides how far apart its lines may be. */
    public double sizePt() {
        return cells.stream().mapToDouble(Cell::sizePt).max().orElse(0);
    }

    /** Whitespace of any kind (no-break spaces too) as single spaces, none at the ends. */
    public static String normalised(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }
}
