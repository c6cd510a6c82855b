package org.packbench.connect;

/** What a key or an id sent as a header may hold: printable ASCII, no spaces, nothing that could end the line. */
final class HeaderValue {
    private HeaderValue() {}

    static boolean plain(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (!plain(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean plain(char[] value) {
        for (char c : value) {
            if (!plain(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(char c) {
        return c > ' ' && c < 0x7f;
    }
}
