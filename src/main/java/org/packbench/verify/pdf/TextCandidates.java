package org.packbench.verify.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text on the label that a field could be printed as: one upright run, or a run and the
 * lines wrapped under it (joined with single spaces), each also without a caption such as
 * "Изготовитель:" in front. Wrapped lines are followed down their own column, so a second column
 * on the same baselines does not get spliced into the field.
 */
final class TextCandidates {
    /** More lines than any label gives a name or a manufacturer. */
    static final int MAX_LINES = 6;
    /** The next line of a wrapped text starts within this many ems below the last. */
    private static final double NEXT_LINE_EM = 2.5;
    /** A caption: up to three words and a colon, e.g. "Производитель:", "Вес нетто:", "Made by:". */
    private static final Pattern CAPTION =
            Pattern.compile("^\\p{L}[\\p{L}.\\-]*(?: \\p{L}[\\p{L}.\\-]*){0,2} ?: (.+)$");

    private TextCandidates() {}

    /** The candidates in reading order, shorter before longer, each once. */
    static List<String> of(List<TextRun> runs) {
        List<TextRun> upright = runs.stream().filter(TextRun::upright).toList();
        Set<String> out = new LinkedHashSet<>();
        for (TextRun start : upright) {
            StringBuilder text = new StringBuilder();
            Optional<String> caption = Optional.empty();
            TextRun line = start;
            for (int n = 0; n < MAX_LINES && line != null; n++) {
                if (n == 0) {
                    text.append(line.text());
                    caption = withoutCaption(line.text());
                } else {
                    text.append(' ').append(line.text());
                }
                out.add(text.toString());
                if (caption.isPresent()) {
                    out.add(
                            n == 0
                                    ? caption.get()
                                    : caption.get()
                                            + text.substring(start.text().length()));
                }
                line = below(line, upright).orElse(null);
            }
        }
        return new ArrayList<>(out);
    }

    static Optional<String> withoutCaption(String text) {
        Matcher m = CAPTION.matcher(text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The nearest run on the next line down that shares some width with {@code line}. */
    private static Optional<TextRun> below(TextRun line, List<TextRun> runs) {
        TextRun best = null;
        double limit = line.y() + NEXT_LINE_EM * line.sizePt();
        for (TextRun r : runs) {
            boolean under = r.page() == line.page() && r.y() > line.y() && r.y() <= limit;
            boolean overlaps = r.x() < line.endX() && line.x() < r.endX();
            if (under && overlaps && (best == null || r.y() < best.y() || r.y() == best.y() && r.x() < best.x())) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }
}
