package org.packbench.gs1;

import java.util.ArrayList;
import java.util.List;

/**
 * ^FD data for a GS1-128 symbol printed with ZPL's ^BC in its default mode (m = N), where the
 * field data chooses the Code 128 subsets itself through ZPL's invocation codes (Zebra ZPL II
 * Programming Guide, ^BC, "Code 128 Invocation Characters"):
 * <ul>
 *   <li>{@code >;} start in subset C, the digit-pair subset; every GS1 string starts with the
 *       digits of an AI, so it is always the right start;</li>
 *   <li>{@code >8} FNC1, valid in every subset: right after the start it marks the symbol as
 *       GS1-128, later it separates a variable-length value from the next AI;</li>
 *   <li>{@code >6} switch from C to B for letters, punctuation or an odd digit;
 *       {@code >5} back from B to C;</li>
 *   <li>{@code ><} the character '>' itself in subset B, since '>' starts an invocation code.</li>
 * </ul>
 * So "(01)09506000134352(10)AB1" becomes {@code >;>8010950600013435210>6AB1}. In subset C
 * ZPL silently drops a pair whose second character is not a digit, which is why the subsets are
 * switched here instead of leaving letters in subset C. The human-readable line should be
 * printed separately from {@link Gs1Formatter#hri}, as ZPL's own interpretation line would show
 * the invocation codes' effect rather than the AIs in brackets.
 */
final class ZplCode128 {
    private static final char FNC1 = 0;
    /** A run of this many digits in subset B is worth a switch to C and back. */
    private static final int DIGITS_WORTH_SUBSET_C = 4;

    private ZplCode128() {}

    static String fieldData(ElementString elements) {
        List<Character> symbols = symbols(elements);
        StringBuilder out = new StringBuilder(">;>8");
        boolean subsetC = true;
        int i = 0;
        while (i < symbols.size()) {
            char c = symbols.get(i);
            if (c == FNC1) {
                out.append(">8");
                i++;
            } else if (subsetC) {
                if (isDigit(symbols, i) && isDigit(symbols, i + 1)) {
                    out.append(c).append(symbols.get(i + 1));
                    i += 2;
                } else {
                    out.append(">6");
                    subsetC = false;
                }
            } else {
                int run = digitRun(symbols, i);
                if (run >= DIGITS_WORTH_SUBSET_C && run % 2 == 0) {
                    out.append(">5");
                    subsetC = true;
                } else {
                    out.append(c == '>' ? "><" : String.valueOf(c));
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** The data after the leading FNC1, with FNC1 where a separator belongs. */
    private static List<Character> symbols(ElementString elements) {
        List<Element> list = elements.elements();
        List<Character> symbols = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            for (char c : (list.get(i).ai() + list.get(i).value()).toCharArray()) {
                symbols.add(c);
            }
            if (Gs1Formatter.separatorAfter(list, i)) {
                symbols.add(FNC1);
            }
        }
        return symbols;
    }

    private static boolean isDigit(List<Character> symbols, int i) {
        return i < symbols.size() && symbols.get(i) >= '0' && symbols.get(i) <= '9';
    }

    private static int digitRun(List<Character> symbols, int from) {
        int i = from;
        while (isDigit(symbols, i)) {
            i++;
        }
        return i - from;
    }
}
