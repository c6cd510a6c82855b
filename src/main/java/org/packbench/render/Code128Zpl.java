package org.packbench.render;

import java.util.List;

/**
 * Code 128 symbol characters as ^BC field data in ZPL's manual mode (mode N), so the printer
 * draws the very characters our encoder chose instead of picking its own code sets.
 *
 * <p>From the ZPL II Programming Guide (^BC, "Code 128 Invocation Characters"): {@code >9 >: >;}
 * start code sets A, B, C; {@code >5 >6 >7} are the symbol values 99, 100, 101 (CODE C, CODE
 * B or FNC4, CODE A or FNC4, depending on the set in force); {@code >8} is FNC1; {@code >2 >3 >4}
 * are FNC3, FNC2, SHIFT; in set B {@code ><}, {@code >0}, {@code >=} and {@code >1} stand for the
 * values of ^, >, ~ and DEL, which cannot be written as themselves. Sets A and C take pairs of
 * digits, the pair being the symbol value (in A the guide maps 00–95 to the set-A characters);
 * set B takes the characters themselves.
 */
public final class Code128Zpl {
    static final int SHIFT = 98;
    static final int CODE_C = 99;
    static final int CODE_B = 100;
    static final int CODE_A = 101;
    static final int FNC1 = 102;
    static final int START_A = 103;
    static final int START_B = 104;
    static final int START_C = 105;

    private enum Set {
        A,
        B,
        C
    }

    private Code128Zpl() {}

    /** Field data for {@code codewords} (start character first, no check character, no stop). */
    public static String fieldData(List<Integer> codewords) {
        if (codewords.isEmpty()) {
            throw new IllegalArgumentException("no Code 128 codewords");
        }
        StringBuilder out = new StringBuilder();
        Set set =
                switch (codewords.get(0)) {
                    case START_A -> Set.A;
                    case START_B -> Set.B;
                    case START_C -> Set.C;
                    default -> throw new IllegalArgumentException(
                            "Code 128 must begin with a start character: " + codewords);
                };
        out.append(
                switch (set) {
                    case A -> ">9";
                    case B -> ">:";
                    case C -> ">;";
                });
        boolean shifted = false;
        for (int i = 1; i < codewords.size(); i++) {
            int v = codewords.get(i);
            Set current = shifted ? (set == Set.A ? Set.B : Set.A) : set;
            shifted = false;
            if (v < 0 || v > FNC1) {
                throw new IllegalArgumentException("not a Code 128 data value at " + i + ": " + v);
            }
            if (current == Set.C) {
                if (v <= 99) {
                    out.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
                    continue;
                }
            } else if (v <= 95) {
                out.append(current == Set.A ? pair(v) : setB(v));
                continue;
            }
            out.append('>').append((char) ('2' + (v - 96)));
            if (current != Set.C && v == SHIFT) {
                shifted = true;
            } else if (v == CODE_C && current != Set.C) {
                set = Set.C;
            } else if (v == CODE_B && current != Set.B) {
                set = Set.B;
            } else if (v == CODE_A && current != Set.A) {
                set = Set.A;
            }
        }
        return out.toString();
    }

    private static String pair(int v) {
        return "" + (char) ('0' + v / 10) + (char) ('0' + v % 10);
    }

    private static String setB(int v) {
        return switch (v) {
            case 30 -> ">0";
            case 62 -> "><";
            case 94 -> ">=";
            case 95 -> ">1";
            default -> String.valueOf((char) (' ' + v));
        };
    }
}
