package org.packbench.gs1;

/** Rejects the first character of a value part that its character set does not contain. */
final class CharSetCheck {
    private CharSetCheck() {}

    static void check(CharSet set, String part, int offset, ParsedElement at) {
        if (set == CharSet.CSET_64) {
            checkBase64(part, offset, at);
            return;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!set.contains(c)) {
                throw at.problem(offset + i, keyFor(set, c), Shown.character(c));
            }
        }
    }

    private static String keyFor(CharSet set, char c) {
        if (set == CharSet.NUMERIC) {
            return "gs1.char.digit";
        }
        // Russian product data often carries a Cyrillic letter that looks Latin; say so plainly.
        if (Shown.isCyrillic(c)) {
            return "gs1.char.cyrillic";
        }
        return set == CharSet.CSET_39 ? "gs1.char.set39" : "gs1.char.set82";
    }

    // '=' may only pad the end: at most two, and only when the padded length is a multiple of 3.
    private static void checkBase64(String part, int offset, ParsedElement at) {
        int pads = 0;
        while (pads < part.length() && part.charAt(part.length() - 1 - pads) == '=') {
            pads++;
        }
        int body = part.length() - pads;
        if (pads > 2 || pads > 0 && part.length() % 3 != 0) {
            throw at.problem(offset + body, "gs1.base64.padding");
        }
        for (int i = 0; i < body; i++) {
            char c = part.charAt(i);
            if (!CharSet.CSET_64.contains(c)) {
                throw at.problem(offset + i, "gs1.char.set64", Shown.character(c));
            }
        }
    }
}
