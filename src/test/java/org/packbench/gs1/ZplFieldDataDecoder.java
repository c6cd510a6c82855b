package org.packbench.gs1;

/**
 * Reads ^BC field data the way the ZPL II guide describes subsets B and C and the invocation
 * codes, with FNC1 shown as GS. It lets the tests check {@link ZplCode128} against the rules of
 * ZPL rather than against its own output.
 */
final class ZplFieldDataDecoder {
    private ZplFieldDataDecoder() {}

    static String decode(String fieldData) {
        StringBuilder out = new StringBuilder();
        char subset = 'B';
        int i = 0;
        while (i < fieldData.length()) {
            char c = fieldData.charAt(i);
            if (c == '>') {
                char code = fieldData.charAt(i + 1);
                switch (code) {
                    case ';', '5' -> subset = 'C';
                    case ':', '6' -> subset = 'B';
                    case '8' -> out.append('\u001D');
                    case '<' -> out.append(subset == 'B' ? ">" : "?");
                    default -> throw new AssertionError("unexpected invocation >" + code);
                }
                i += 2;
            } else if (subset == 'C') {
                char second = fieldData.charAt(i + 1);
                if (!Character.isDigit(c) || !Character.isDigit(second)) {
                    throw new AssertionError("subset C pair " + c + second + " would be dropped by the printer");
                }
                out.append(c).append(second);
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
