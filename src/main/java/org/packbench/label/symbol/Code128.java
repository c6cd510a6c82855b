package org.packbench.label.symbol;

import java.util.ArrayList;
import java.util.List;
import org.packbench.i18n.ProblemException;

/**
 * Code 128 (ISO/IEC 15417) and GS1-128: the symbol values chosen for the data, and the bars.
 * Written here rather than taken from a library because printers that draw the symbol
 * themselves (ZPL ^BC, TSPL 128M) must be told the same code-set choices, or they would draw
 * different bars from the ones the readback checked.
 */
public final class Code128 {
    /** Stands for FNC1 in the data given to {@link #encode}; GS1 element strings use it. */
    public static final char FNC1 = '\u00F1';

    public static final int CODE_C = 99;
    public static final int CODE_B = 100;
    public static final int FNC1_VALUE = 102;
    public static final int START_B = 104;
    public static final int START_C = 105;

    // Bar/space widths of each symbol value 0..105, from the ISO/IEC 15417 table; each sums to 11.
    private static final String[] PATTERNS = {
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232"
    };
    private static final String STOP = "2331112";

    private Code128() {}

    /**
     * Symbol values for {@code data} (printable ASCII, with {@link #FNC1} where a function 1 goes):
     * start, data with code-set changes, no check character, no stop. Code set C takes runs of
     * four or more digits (or two at the start), set B the rest.
     */
    public static List<Integer> codewords(String data) {
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c != FNC1 && (c < 32 || c > 126)) {
                throw new ProblemException("barcode.code128.char", String.valueOf(c), i + 1);
            }
        }
        List<Integer> out = new ArrayList<>();
        int leading = digitRun(data, firstNonFnc1(data));
        boolean setC = leading >= 4 || leading >= 2 && leading % 2 == 0;
        out.add(setC ? START_C : START_B);
        int i = 0;
        while (i < data.length()) {
            char c = data.charAt(i);
            if (c == FNC1) {
                out.add(FNC1_VALUE);
                i++;
                continue;
            }
            if (setC) {
                if (digitRun(data, i) >= 2) {
                    out.add((c - '0') * 10 + (data.charAt(i + 1) - '0'));
                    i += 2;
                    continue;
                }
                out.add(CODE_B);
                setC = false;
                continue;
            }
            int run = digitRun(data, i);
            if (run >= 4) {
                if (run % 2 != 0) {
                    // An odd run: the first digit goes in B, so the rest pair up in C.
                    out.add(c - 32);
                    i++;
                }
                out.add(CODE_C);
                setC = true;
                continue;
            }
            out.add(c - 32);
            i++;
        }
        return out;
    }

    /** The check character: the start value plus each following value times its position, mod 103. */
    public static int checkValue(List<Integer> codewords) {
        long sum = codewords.get(0);
        for (int i = 1; i < codewords.size(); i++) {
            sum += (long) codewords.get(i) * i;
        }
        return (int) (sum % 103);
    }

    /** Dark and light modules of the whole symbol, without quiet zones. */
    public static boolean[] modules(List<Integer> codewords) {
        StringBuilder widths = new StringBuilder();
        for (int v : codewords) {
            widths.append(PATTERNS[v]);
        }
        widths.append(PATTERNS[checkValue(codewords)]).append(STOP);
        int total = 0;
        for (int i = 0; i < widths.length(); i++) {
            total += widths.charAt(i) - '0';
        }
        boolean[] bars = new boolean[total];
        int at = 0;
        for (int i = 0; i < widths.length(); i++) {
            int w = widths.charAt(i) - '0';
            // Every pattern has six elements starting with a bar, and so does the stop (seven):
            // even positions are bars throughout.
            boolean dark = i % 2 == 0;
            for (int k = 0; k < w; k++) {
                bars[at++] = dark;
            }
        }
        return bars;
    }

    /** Number of data characters as GS1 counts them for the 48-character limit (FNC1 separators included, the leading one not). */
    public static int gs1DataLength(String data) {
        return data.startsWith(String.valueOf(FNC1)) ? data.length() - 1 : data.length();
    }

    static int patternWidth(int value) {
        return PATTERNS[value].chars().map(ch -> ch - '0').sum();
    }

    private static int firstNonFnc1(String data) {
        int i = 0;
        while (i < data.length() && data.charAt(i) == FNC1) {
            i++;
        }
        return i;
    }

    private static int digitRun(String data, int from) {
        int n = 0;
        while (from + n < data.length() && Character.isDigit(data.charAt(from + n)) && data.charAt(from + n) < 128) {
            n++;
        }
        return n;
    }
}
