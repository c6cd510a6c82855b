package org.packbench.i18n;

import java.util.Locale;

/**
 * A value from a file or a command line as a message quotes it: whole when short, else its
 * beginning, an ellipsis and its full length. A 20 MB one-line CSV once came back as 63 MB of
 * error text, quoted once per problem; the beginning is enough to find the value, the length
 * tells the reader it is not all of it.
 */
public final class ValueExcerpt {
    /** Characters of a value a message quotes; a GTIN, a name or a path fits, a runaway row does not. */
    public static final int LIMIT = 80;

    private ValueExcerpt() {}

    /** {@code value} itself when it is at most {@link #LIMIT} characters; otherwise its excerpt in {@code locale}. */
    public static String of(String value, Locale locale) {
        if (value.length() <= LIMIT) {
            return value;
        }
        int end = LIMIT;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            // Never cut a character in two: an emoji or a rare CJK letter is two chars.
            end--;
        }
        return Message.of("value.excerpt", value.substring(0, end), value.length())
                .in(locale);
    }

    /**
     * A value kept by its beginning and length only, which quote it as fully as the value would:
     * a list of a thousand problems of a file with megabyte cells need not hold the megabytes.
     */
    public record Kept(String beginning, int length) {
        /** {@code value} itself when a message would quote it whole, else its beginning and length. */
        public static Object of(String value) {
            if (value.length() <= LIMIT) {
                return value;
            }
            int end = Character.isHighSurrogate(value.charAt(LIMIT - 1)) ? LIMIT - 1 : LIMIT;
            return new Kept(value.substring(0, end), value.length());
        }

        public String in(Locale locale) {
            return Message.of("value.excerpt", beginning, length).in(locale);
        }
    }
}
