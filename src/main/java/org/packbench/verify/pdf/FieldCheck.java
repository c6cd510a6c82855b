package org.packbench.verify.pdf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.packbench.catalog.RussianText.ForeignLetter;

/**
 * The verdict on one field of the SKU record as the label prints it.
 *
 * @param field        the catalog column, e.g. {@code name_ru}, {@code net_weight_g}, {@code gtin}
 * @param expected     the record's value as a label would print it
 * @param found        what the label says instead (or, for a match, the matching text); empty when missing
 * @param latinLetters Latin letters inside Cyrillic words of {@code found}, 1-based positions in it
 */
public record FieldCheck(
        String field, FieldVerdict verdict, String expected, Optional<String> found, List<ForeignLetter> latinLetters) {

    public FieldCheck {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
        latinLetters = List.copyOf(latinLetters);
    }

    static FieldCheck match(String field, String expected, String found) {
        return new FieldCheck(field, FieldVerdict.MATCH, expected, Optional.of(found), List.of());
    }

    static FieldCheck mismatch(String field, String expected, String found, List<ForeignLetter> latin) {
        return new FieldCheck(field, FieldVerdict.MISMATCH, expected, Optional.of(found), latin);
    }

    static FieldCheck missing(String field, String expected) {
        return new FieldCheck(field, FieldVerdict.MISSING, expected, Optional.empty(), List.of());
    }

    public boolean matches() {
        return verdict == FieldVerdict.MATCH;
    }
}
