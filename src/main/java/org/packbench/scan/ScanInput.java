package org.packbench.scan;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Turns what a scanner delivered into the code it read: the trailing terminator removed, a
 * configured GS stand-in turned back into GS (0x1D), and text typed under the Russian layout
 * mapped back to QWERTY when, and only when, that gives a valid code. An AIM symbology
 * identifier (]C1, ]d2, ]Q3, ]e0 …) is kept: the GS1 reader needs it.
 */
public final class ScanInput {
    public static final char GS = '\u001D';

    private final Optional<String> gsStandIn;
    private final Predicate<String> valid;

    /**
     * @param gsStandIn what the scanner sends in place of GS, if it was set up to replace it
     * @param valid     whether a text is a code this bench knows how to read (a QR payload, GS1
     *                  data, a SKU, a GTIN, a tracking number); decides the layout question
     */
    public ScanInput(Optional<String> gsStandIn, Predicate<String> valid) {
        this.gsStandIn = gsStandIn.filter(s -> !s.isEmpty());
        this.valid = valid;
    }

    public String read(String raw) {
        String text = stripTerminator(raw == null ? "" : raw);
        String asTyped = restoreGs(text);
        if (KeyboardLayouts.looksRussian(text)) {
            String mapped = restoreGs(KeyboardLayouts.russianToUs(text));
            if (!valid.test(asTyped) && valid.test(mapped)) {
                return mapped;
            }
        }
        return asTyped;
    }

    /** The AIM symbology identifier the scanner put in front, if any: "]C1" for GS1-128. */
    public static Optional<String> symbologyIdentifier(String code) {
        if (code.length() >= 3
                && code.charAt(0) == ']'
                && Character.isLetter(code.charAt(1))
                && Character.isLetterOrDigit(code.charAt(2))) {
            return Optional.of(code.substring(0, 3));
        }
        return Optional.empty();
    }

    private String restoreGs(String text) {
        return gsStandIn.map(s -> text.replace(s, String.valueOf(GS))).orElse(text);
    }

    private static String stripTerminator(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\r' || s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }
}
