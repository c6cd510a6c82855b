package org.packbench.gs1;

/** How a single input character appears in a message, so that control characters stay visible. */
final class Shown {
    private Shown() {}

    static String character(char c) {
        if (c < 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
            return String.format("U+%04X", (int) c);
        }
        return String.valueOf(c);
    }

    static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }
}
