package org.packbench.render;

import java.util.List;

/**
 * Code 128 symbol characters as the data of a TSPL {@code BARCODE …,"128M",…}, the type whose
 * code sets are switched by hand (TSPL/TSPL2 Programming Manual, BARCODE): {@code !103 !104 !105}
 * start sets A, B, C; {@code !096}–{@code !102} are FNC3, FNC2, SHIFT, CODE C, CODE B or FNC4,
 * CODE A or FNC4, FNC1, as in the Code 128 table for the set in force. Set C takes digit pairs,
 * sets A and B take the characters themselves.
 */
public final class Code128Tspl {
    private enum Set {
        A,
        B,
        C
    }

    private Code128Tspl() {}

    /** The quoted-string content for {@code codewords} (start first, no check character, no stop). */
    public static String data(List<Integer> codewords) {
        if (codewords.isEmpty()) {
            throw new IllegalArgumentException("no Code 128 codewords");
        }
        int start = codewords.get(0);
        Set set =
                switch (start) {
                    case Code128Zpl.START_A -> Set.A;
                    case Code128Zpl.START_B -> Set.B;
                    case Code128Zpl.START_C -> Set.C;
                    default -> throw new IllegalArgumentException(
                            "Code 128 must begin with a start character: " + codewords);
                };
        StringBuilder out = new StringBuilder("!").append(start);
        boolean shifted = false;
        boolean literalBang = false;
        for (int i = 1; i < codewords.size(); i++) {
            int v = codewords.get(i);
            Set current = shifted ? (set == Set.A ? Set.B : Set.A) : set;
            shifted = false;
            if (v < 0 || v > Code128Zpl.FNC1) {
                throw new IllegalArgumentException("not a Code 128 data value at " + i + ": " + v);
            }
            String token;
            if (current == Set.C && v <= 99) {
                token = "" + (char) ('0' + v / 10) + (char) ('0' + v % 10);
            } else if (current != Set.C && v <= 95) {
                token = character(current, v);
            } else {
                token = "!" + String.format("%03d", v);
                if (current != Set.C && v == Code128Zpl.SHIFT) {
                    shifted = true;
                } else if (v == Code128Zpl.CODE_C && current != Set.C) {
                    set = Set.C;
                } else if (v == Code128Zpl.CODE_B && current != Set.B) {
                    set = Set.B;
                } else if (v == Code128Zpl.CODE_A && current != Set.A) {
                    set = Set.A;
                }
            }
            char first = token.charAt(0);
            if (literalBang && (Character.isDigit(first) || first == '!')) {
                // "!" then digits reads as a control code, and the manual gives no escape for it.
                throw new IllegalArgumentException(
                        "a literal '!' before a digit cannot be sent in TSPL 128M: " + codewords);
            }
            literalBang = token.equals("!");
            out.append(token);
        }
        return out.toString();
    }

    private static String character(Set set, int v) {
        if (set == Set.A && v >= 64) {
            // Set A's control characters would be raw control bytes inside a TSPL string.
            throw new IllegalArgumentException("Code 128 set A control character " + v + " cannot be sent in TSPL");
        }
        char c = (char) (' ' + v);
        // TSPL writes a double quote inside a string as \["].
        return c == '"' ? "\\[\"]" : String.valueOf(c);
    }
}
