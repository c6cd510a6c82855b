package org.packbench.verify.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups glyphs into runs: first into lines (one page, one direction, one baseline), then each
 * line into runs wherever a gap is wider than a few spaces, as between two columns.
 */
final class RunBuilder {
    /** Glyphs whose baselines differ by less than this share of their size sit on one line. */
    private static final double SAME_BASELINE = 0.35;
    /** A gap wider than this many ems (about four spaces) parts two runs of one line. */
    private static final double RUN_GAP_EM = 1.5;
    /**
     * A gap wider than this many ems with no space glyph in it is a word space. Producers that
     * position words instead of drawing spaces leave a quarter em or more; kerning is far less.
     */
    private static final double WORD_GAP_EM = 0.15;

    private RunBuilder() {}

    static List<TextRun> runs(List<PdfGlyph> glyphs) {
        Map<String, List<PdfGlyph>> byDirection = new LinkedHashMap<>();
        for (PdfGlyph g : glyphs) {
            byDirection
                    .computeIfAbsent(g.page() + "/" + g.angle(), k -> new ArrayList<>())
                    .add(g);
        }
        List<TextRun> runs = new ArrayList<>();
        for (List<PdfGlyph> group : byDirection.values()) {
            for (List<PdfGlyph> line : lines(group)) {
                runs.addAll(split(line));
            }
        }
        runs.sort(Comparator.comparingInt(TextRun::page)
                .thenComparing(r -> !r.upright())
                .thenComparingDouble(TextRun::y)
                .thenComparingDouble(TextRun::x));
        return runs;
    }

    private static List<List<PdfGlyph>> lines(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::y).thenComparingDouble(PdfGlyph::x));
        List<List<PdfGlyph>> lines = new ArrayList<>();
        List<PdfGlyph> line = new ArrayList<>();
        double baseline = Double.NaN;
        double size = 0;
        for (PdfGlyph g : sorted) {
            if (!line.isEmpty() && g.y() - baseline > SAME_BASELINE * Math.max(size, g.sizePt())) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                baseline = g.y();
                size = 0;
            }
            line.add(g);
            size = Math.max(size, g.sizePt());
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        for (List<PdfGlyph> l : lines) {
            l.sort(Comparator.comparingDouble(PdfGlyph::x));
        }
        return lines;
    }

    private static List<TextRun> split(List<PdfGlyph> line) {
        List<TextRun> runs = new ArrayList<>();
        List<TextRun.Cell> cells = new ArrayList<>();
        PdfGlyph first = null;
        PdfGlyph previous = null;
        for (PdfGlyph g : line) {
            if (previous != null) {
                double em = Math.max(previous.sizePt(), g.sizePt());
                double gap = g.x() - (previous.x() + previous.advance());
                if (gap > RUN_GAP_EM * em) {
                    runs.add(run(first, previous, cells));
                    cells = new ArrayList<>();
                    first = null;
                } else if (gap > WORD_GAP_EM * em && g.upright() && !g.blank() && !previous.blank()) {
                    cells.add(new TextRun.Cell(" ", previous.sizePt()));
                }
            }
            if (first == null) {
                first = g;
            }
            cells.add(new TextRun.Cell(g.text(), g.sizePt()));
            previous = g;
        }
        if (first != null) {
            runs.add(run(first, previous, cells));
        }
        runs.removeIf(r -> r.text().isEmpty());
        return runs;
    }

    private static TextRun run(PdfGlyph first, PdfGlyph last, List<TextRun.Cell> cells) {
        double baseline = first.y();
        return new TextRun(first.page(), first.upright(), first.x(), baseline, last.x() + last.advance(), cells);
    }
}
