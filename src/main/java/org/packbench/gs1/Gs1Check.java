package org.packbench.gs1;

import org.packbench.i18n.ProblemException;

/**
 * The verdict on a piece of GS1 data: valid, with its normalised bracketed form, or a
 * {@link ProblemException} saying what is wrong. The checks are those of the GS1 Barcode Syntax
 * Engine with its default settings (unknown AIs refused, mandatory associations enforced), so
 * that data accepted here is accepted by GS1's own reference and data refused here is refused
 * there.
 */
public final class Gs1Check {
    private Gs1Check() {}

    /**
     * Checks bracketed data "(01)…" or scan data "]C1…", "]d2…", "]Q3…", "]e0…" with GS
     * separators, and returns the bracketed form.
     */
    public static String check(String input) {
        return check(input, null);
    }

    /** The same, for scan data where the scanner sends {@code gsStandIn} in place of GS. */
    public static String check(String input, String gsStandIn) {
        if (input == null || input.isEmpty()) {
            throw new ProblemException("gs1.input.empty");
        }
        ElementString elements =
                switch (input.charAt(0)) {
                    case '(' -> Gs1Parser.parseBracketed(input);
                    case ']' -> Gs1Parser.parseScanData(input, gsStandIn);
                    default -> throw new ProblemException("gs1.input.unknownForm");
                };
        return Gs1Formatter.bracketed(elements);
    }

    /**
     * Checks elements put together by the program, e.g. from catalog data, and returns them
     * unchanged. Positions in messages refer to the bracketed form.
     */
    public static ElementString validate(ElementString elements) {
        return Gs1Parser.parseBracketed(Gs1Formatter.bracketed(elements));
    }
}
