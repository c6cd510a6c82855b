package org.packbench.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Script checks for Russian product names. A Latin "a" or "K" typed into a Cyrillic word looks
 * right on screen but is a different character: a marketplace comparing the label with the
 * card sees a mismatch, and search does not find the product.
 */
public final class RussianText {
    private RussianText() {}

    /** A letter of the other script inside a word, with its 1-based position in the text. */
    public record ForeignLetter(char letter, int position) {
        @Override
        public String toString() {
            return "'" + letter + "' @" + position;
        }
    }

    public static boolean isCyrillic(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }

    public static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    public static boolean hasCyrillic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isCyrillic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Latin letters that sit inside words that are otherwise Cyrillic. A word is a run of
     * letters; whole Latin words such as "USB" or "TWS" are fine, mixed words are not.
     */
    public static List<ForeignLetter> latinInCyrillicWords(String text) {
        List<ForeignLetter> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int cyrillic = 0;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                if (isCyrillic(text.charAt(i))) {
                    cyrillic++;
                }
                i++;
            }
            if (cyrillic > 0 && cyrillic < i - start) {
                for (int j = start; j < i; j++) {
                    if (isLatin(text.charAt(j))) {
                        found.add(new ForeignLetter(text.charAt(j), j + 1));
                    }
                }
            }
        }
        return found;
    }
}
