package org.packbench.verify.pdf;

import java.util.List;
import org.packbench.catalog.RussianText;

/**
 * Looks for a text field of the SKU record (name, manufacturer) on the label. Only the exact
 * text counts as a match; a text that is nearly the same (a look-alike Latin letter, a word
 * changed) is a mismatch, reported with what is printed; anything further off is missing.
 */
final class FieldFinder {
    /**
     * How alike a printed text must be to count as a misprint of the field rather than some other
     * text: one word of a 40-letter name changed scores about 0.8; two different fields of a
     * label score well under 0.5.
     */
    static final double NEARLY_EQUAL = 0.7;

    private final List<String> candidates;

    private FieldFinder(List<String> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** The finder over every text a field could be printed as on these runs. */
    static FieldFinder of(List<TextRun> runs) {
        return new FieldFinder(TextCandidates.of(runs));
    }

    FieldCheck check(String field, String recordValue) {
        String expected = TextRun.normalised(recordValue);
        if (candidates.contains(expected)) {
            return FieldCheck.match(field, expected, expected);
        }
        String nearest = null;
        double best = NEARLY_EQUAL;
        for (String c : candidates) {
            if (TextDistance.tooDifferentInLength(c, expected, NEARLY_EQUAL)) {
                continue;
            }
            double s = TextDistance.similarity(c, expected);
            if (s >= best && (nearest == null || s > best)) {
                best = s;
                nearest = c;
            }
        }
        if (nearest == null) {
            return FieldCheck.missing(field, expected);
        }
        return FieldCheck.mismatch(field, expected, nearest, RussianText.latinInCyrillicWords(nearest));
    }
}
