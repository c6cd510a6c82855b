package org.packbench.marking;

import java.util.Random;

/**
 * Marking codes shaped like the marking system's: (01) a GTIN-14, (21) a serial from GS1's
 * character set 82 (13 characters in the long form, 6 or 7 in the short), then (91) a 4-character
 * key and (92) a 44- or 88-character crypto-tail, or (93) a 4-character tail. Serials are drawn
 * to hold AI-like digits ("91", "92", "93") and the set's awkward characters, where a reader that
 * searches for AIs instead of parsing them goes wrong.
 */
public final class MarkingCodes {
    public static final char GS = '\u001D';
    private static final String SET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private MarkingCodes() {}

    /** The element string (no ]d2, GS as ASCII 29) of a random code of {@code gtin14}. */
    public static String random(Random r, String gtin14) {
        int form = r.nextInt(3);
        StringBuilder b = new StringBuilder("01").append(gtin14).append("21");
        if (form == 2) {
            b.append(serial(r, 6 + r.nextInt(2))).append(GS).append("93").append(of(r, ALNUM, 4));
        } else {
            b.append(serial(r, 13))
                    .append(GS)
                    .append("91")
                    .append(of(r, ALNUM, 4))
                    .append(GS)
                    .append("92")
                    .append(of(r, BASE64, form == 0 ? 44 : 88));
        }
        return b.toString();
    }

    /** A GTIN-14 with a valid check digit, beginning with 0 (a GTIN-13 in the catalog). */
    public static String gtin14(Random r) {
        StringBuilder b = new StringBuilder("0460");
        while (b.length() < 13) {
            b.append(r.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            int d = b.charAt(12 - i) - '0';
            sum += i % 2 == 0 ? d * 3 : d;
        }
        return b.append((10 - sum % 10) % 10).toString();
    }

    private static String serial(Random r, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            // One serial in four carries an AI's digits, the trap of a reader that searches for them.
            if (r.nextInt(4) == 0 && b.length() + 2 <= length) {
                b.append(new String[] {"91", "92", "93", "21", "01"}[r.nextInt(5)]);
            } else {
                b.append(SET_82.charAt(r.nextInt(SET_82.length())));
            }
        }
        return b.toString();
    }

    private static String of(Random r, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
