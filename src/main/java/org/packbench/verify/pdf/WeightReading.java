package org.packbench.verify.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weight printed on a label, e.g. "Вес нетто: 38 г", "Масса нетто 38 г", "Net weight 38 g" or a
 * bare "0,038 кг", read as an exact quantity of grams: "0,038 кг" and "38 г" are the same weight,
 * "38,5 г" is not 38 g.
 *
 * @param text     the quantity as printed, e.g. "0,038 кг"
 * @param labelled whether a net-weight caption stands right before it
 */
public record WeightReading(String text, BigDecimal grams, boolean labelled) {
    private static final String NUMBER = "(\\d{1,3}(?: \\d{3})+|\\d+)(?:[.,](\\d+))?";
    private static final String UNIT = "(килограмм\\p{L}*|кг|kg|грамм\\p{L}*|гр|г|grams?|gr|g)(?![\\p{L}\\d])";
    private static final String QUANTITY = "(?<![\\p{L}\\d.,])" + NUMBER + " ?" + UNIT;
    private static final String CAPTION =
            "(?<!\\p{L})(?:(?:вес|масса) нетто|нетто|net weight|net wt\\.?|net mass|net|вес|масса|weight)"
                    + "(?: ?\\([^)\\n]{0,24}\\))?[ \\n]?[:\\-–—]?[ \\n]?";
    private static final Pattern LABELLED =
            Pattern.compile(CAPTION + QUANTITY, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BARE = Pattern.compile(QUANTITY, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A gross weight is not the net weight, even without a caption of its own. */
    private static final Pattern GROSS_BEFORE =
            Pattern.compile("(?:брутто|gross)[^\\n]{0,12}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The record's weight as a label prints it. */
    static String expected(int grams) {
        return grams + " г";
    }

    /**
     * Every weight in {@code text} (lines separated by '\n', whitespace otherwise normalised),
     * captioned ones first, in order.
     */
    public static List<WeightReading> findIn(String text) {
        List<WeightReading> found = new ArrayList<>();
        List<Integer> captionedAt = new ArrayList<>();
        Matcher m = LABELLED.matcher(text);
        while (m.find()) {
            found.add(reading(m, true));
            captionedAt.add(m.start(1));
        }
        Matcher b = BARE.matcher(text);
        while (b.find()) {
            boolean gross = GROSS_BEFORE.matcher(text.substring(0, b.start())).find();
            if (!captionedAt.contains(b.start(1)) && !gross) {
                found.add(reading(b, false));
            }
        }
        return found;
    }

    private static WeightReading reading(Matcher m, boolean labelled) {
        String whole = m.group(1).replace(" ", "");
        BigDecimal value = new BigDecimal(m.group(2) == null ? whole : whole + "." + m.group(2));
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        boolean kilograms = unit.startsWith("к") || unit.equals("kg");
        BigDecimal grams = kilograms ? value.movePointRight(3) : value;
        String printed = m.group().substring(m.start(1) - m.start());
        return new WeightReading(printed, grams, labelled);
    }

    public boolean is(int grams) {
        return this.grams.compareTo(BigDecimal.valueOf(grams)) == 0;
    }

    /**
     * The verdict on the net weight: every captioned weight must be the record's; without a
     * caption anywhere, any bare weight that is the record's will do (a label may also print a
     * year as "2026 г.").
     */
    static FieldCheck check(String field, List<WeightReading> readings, int expectedGrams) {
        String expected = expected(expectedGrams);
        List<WeightReading> captioned =
                readings.stream().filter(WeightReading::labelled).toList();
        if (!captioned.isEmpty()) {
            Optional<WeightReading> wrong =
                    captioned.stream().filter(r -> !r.is(expectedGrams)).findFirst();
            return wrong.map(r -> FieldCheck.mismatch(field, expected, r.text(), List.of()))
                    .orElseGet(() ->
                            FieldCheck.match(field, expected, captioned.get(0).text()));
        }
        Optional<WeightReading> right =
                readings.stream().filter(r -> r.is(expectedGrams)).findFirst();
        if (right.isPresent()) {
            return FieldCheck.match(field, expected, right.get().text());
        }
        return readings.isEmpty()
                ? FieldCheck.missing(field, expected)
                : FieldCheck.mismatch(field, expected, readings.get(0).text(), List.of());
    }
}
