package org.packbench.seal;

/** The one way values are joined before they are hashed or sealed: each as its length, a colon, itself and a newline. */
public final class Encoding {
    private Encoding() {}

    /** {@code first} then {@code rest}, each length-prefixed, so that no two different lists give the same text. */
    public static String lengthPrefixed(String first, String... rest) {
        StringBuilder b = new StringBuilder(512);
        append(b, first);
        for (String v : rest) {
            append(b, v);
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String v) {
        b.append(v.length()).append(':').append(v).append('\n');
    }
}
