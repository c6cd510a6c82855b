package org.packbench.journal;

/**
 * Company_DocType_Date, as the VK rules ask documents to be named, in characters safe on every
 * operating system: Cyrillic is transliterated, everything else but letters and digits becomes a dash.
 */
public final class ExportFileName {
    /** Used when the bench has no company name set, so that an export never fails for want of one. */
    public static final String NO_COMPANY = "Company";

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
        return org.packbench.i18n.LatinName.of(text, 60);
    }
}
