package org.packbench.scan;

import java.util.HashMap;
import java.util.Map;

/**
 * A keyboard-wedge scanner types key presses, not characters: with the bench's layout switched to
 * Russian, "RU123" arrives as "КГ123" and "PB1|vk" as "ЗИ1/мл". This maps text typed under the
 * Russian ЙЦУКЕН layout back to what the same keys give under US QWERTY.
 */
public final class KeyboardLayouts {
    // The same physical keys, unshifted and shifted, as the two layouts label them.
    private static final String US =
            "`qwertyuiop[]\\asdfghjkl;'zxcvbnm,./" + "~QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?" + "@#$^&";
    private static final String RU =
            "ёйцукенгшщзхъ\\фывапролджэячсмитьбю." + "ЁЙЦУКЕНГШЩЗХЪ/ФЫВАПРОЛДЖЭЯЧСМИТЬБЮ," + "\"№;:?";
    private static final Map<Character, Character> RU_TO_US = new HashMap<>();

    static {
        for (int i = 0; i < RU.length(); i++) {
            RU_TO_US.putIfAbsent(RU.charAt(i), US.charAt(i));
        }
    }

    private KeyboardLayouts() {}

    /** The text the same keys would have typed under US QWERTY. Characters both layouts share stay. */
    public static String russianToUs(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            out.append(RU_TO_US.getOrDefault(c, c));
        }
        return out.toString();
    }

    /** Whether the text holds a character that only the Russian layout types. */
    public static boolean looksRussian(String typed) {
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= 'А' && c <= 'я' || c == 'ё' || c == 'Ё' || c == '№') {
                return true;
            }
        }
        return false;
    }
}
