package org.packbench.gs1;

import org.packbench.i18n.ProblemException;

/**
 * A Serial Shipping Container Code, AI (00): extension digit, GS1 company prefix, serial
 * reference and check digit, 18 digits in all. The company prefix and serial reference share
 * 16 digits, so a longer prefix leaves fewer serials.
 */
public record Sscc(String digits) {
    private static final int LENGTH = 18;
    private static final int PREFIX_AND_SERIAL = 16;
    /** Prefixes outside this range do not occur in SSCCs: GS1 allocates 6 to 12 digits (7 to 10 in practice). */
    private static final int MIN_PREFIX = 6;

    private static final int MAX_PREFIX = 12;

    public Sscc {
        if (digits == null || digits.length() != LENGTH) {
            throw new ProblemException("gs1.sscc.length", digits == null ? 0 : digits.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw new ProblemException("gs1.sscc.notDigit", Shown.character(digits.charAt(i)), i + 1);
            }
        }
        int expected = CheckDigit.compute(digits.substring(0, LENGTH - 1));
        if (digits.charAt(LENGTH - 1) - '0' != expected) {
            throw new ProblemException("gs1.sscc.checkDigit", digits.substring(LENGTH - 1), expected);
        }
    }

    /** Reads 18 digits, optionally written "(00)…" as under the barcode. */
    public static Sscc parse(String text) {
        if (text != null && text.startsWith("(00)")) {
            return new Sscc(text.substring(4));
        }
        return new Sscc(text);
    }

    /** Builds the SSCC for serial reference {@code serial} under {@code companyPrefix}, adding the check digit. */
    public static Sscc compose(int extension, String companyPrefix, long serial) {
        if (extension < 0 || extension > 9) {
            throw new ProblemException("gs1.sscc.extension", extension);
        }
        long max = maxSerial(companyPrefix);
        if (serial < 0 || serial > max) {
            throw new ProblemException("gs1.sscc.serialRange", serial, max, companyPrefix);
        }
        int serialDigits = PREFIX_AND_SERIAL - companyPrefix.length();
        String body = extension + companyPrefix + String.format("%0" + serialDigits + "d", serial);
        return new Sscc(body + CheckDigit.compute(body));
    }

    /** The largest serial reference that fits beside {@code companyPrefix}: 10^(16 - prefix length) - 1. */
    public static long maxSerial(String companyPrefix) {
        if (companyPrefix == null || companyPrefix.length() < MIN_PREFIX || companyPrefix.length() > MAX_PREFIX) {
            throw new ProblemException(
                    "gs1.sscc.prefixLength",
                    companyPrefix == null ? 0 : companyPrefix.length(),
                    MIN_PREFIX,
                    MAX_PREFIX);
        }
        for (int i = 0; i < companyPrefix.length(); i++) {
            if (companyPrefix.charAt(i) < '0' || companyPrefix.charAt(i) > '9') {
                throw new ProblemException("gs1.sscc.prefixNotDigit", Shown.character(companyPrefix.charAt(i)), i + 1);
            }
        }
        long max = 1;
        for (int i = 0; i < PREFIX_AND_SERIAL - companyPrefix.length(); i++) {
            max *= 10;
        }
        return max - 1;
    }

    public int extensionDigit() {
        return digits.charAt(0) - '0';
    }

    /** The element (00) carrying this SSCC. */
    public Element element() {
        return new Element("00", digits);
    }

    /** "(00)" and the digits, as printed under the barcode. */
    public String bracketed() {
        return "(00)" + digits;
    }

    @Override
    public String toString() {
        return digits;
    }
}
