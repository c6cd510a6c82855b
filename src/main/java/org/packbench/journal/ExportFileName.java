package org.packbench.journal;

import java.util.Map;

/**
 * Company_DocType_Date, as the VK rules ask documents to be named, in characters safe on every
 * operating system: Cyrillic is transliterated, everything else but letters and digits becomes a dash.
 */
public final class ExportFileName {
    /** Used when the bench has no company name set, so that an export never fails for want of one. */
    public static final String NO_COMPANY = "Company";

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ё', "e"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "y"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "kh"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "shch"),
            Map.entry('ъ', ""),
            Map.entry('ы', "y"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ю', "yu"),
            Map.entry('я', "ya"));

    private ExportFileName() {}

    /** For example {@code OOO-Romashka_LabelLog_2026-11-24.pdf}. */
    public static String of(String company, String docType, LogPeriod period, String extension) {
        return safe(company) + "_" + docType + "_" + period.label() + "." + extension;
    }

    /**
     * A document about one thing on one day, the thing's reference last: for example
     * {@code OOO-Romashka_Invoice_2026-11-25_VK-1001.pdf} for an order's invoice.
     */
    public static String of(
            String company, String docType, java.time.LocalDate date, String reference, String extension) {
        String ref = part(reference);
        return safe(company) + "_" + docType + "_" + date + "_" + (ref.isEmpty() ? "-" : ref) + "." + extension;
    }

    /** The company as a file-name part: Latin letters, digits and single dashes, at most 60 characters. */
    public static String safe(String company) {
        String s = part(company);
        return s.isEmpty() ? NO_COMPANY : s;
    }

    private static String part(String text) {
        StringBuilder b = new StringBuilder();
        for (char ch : (text == null ? "" : text).toCharArray()) {
            char lower = Character.toLowerCase(ch);
            String latin = LATIN.get(lower);
            if (latin != null) {
                b.append(
                        Character.isUpperCase(ch) && !latin.isEmpty()
                                ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1)
                                : latin);
            } else if (ch < 128 && Character.isLetterOrDigit(ch)) {
                b.append(ch);
            } else {
                b.append('-');
            }
        }
        String s = b.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-$", "");
        }
        return s;
    }
}
