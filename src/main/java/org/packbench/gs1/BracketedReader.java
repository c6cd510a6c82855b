package org.packbench.gs1;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.packbench.i18n.ProblemException;

/**
 * Splits bracketed data such as "(01)09506000134352(10)ABC" into elements. A value may hold a
 * literal '(' written as "\(" (the GS1 Syntax Engine's convention); ')' needs no escape.
 */
final class BracketedReader {
    private BracketedReader() {}

    static List<ParsedElement> read(String input) {
        if (input.isEmpty()) {
            throw new ProblemException("gs1.input.empty");
        }
        List<ParsedElement> elements = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            if (input.charAt(i) != '(') {
                throw new ProblemException("gs1.bracket.expected", i + 1, Shown.character(input.charAt(i)));
            }
            int close = input.indexOf(')', i + 1);
            if (close < 0) {
                throw new ProblemException("gs1.bracket.unclosed", i + 1);
            }
            AiDefinition definition = definition(input.substring(i + 1, close), i + 2);
            int valueStart = close + 1;
            StringBuilder value = new StringBuilder();
            int[] positions = new int[input.length() - valueStart];
            int j = valueStart;
            while (j < input.length()) {
                char c = input.charAt(j);
                if (c == '(') {
                    if (j == valueStart || input.charAt(j - 1) != '\\') {
                        break;
                    }
                    value.setLength(value.length() - 1);
                }
                positions[value.length()] = j + 1;
                value.append(c);
                j++;
            }
            ParsedElement e = new ParsedElement(
                    definition, value.toString(), i + 2, Arrays.copyOf(positions, value.length()), j + 1);
            ValueValidator.checkLength(e);
            elements.add(e);
            Limits.checkCount(elements);
            i = j;
        }
        return elements;
    }

    private static AiDefinition definition(String ai, int position) {
        if (ai.length() < 2 || ai.length() > 4 || !ai.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ProblemException("gs1.ai.malformed", position, ai);
        }
        return AiTable.get(ai).orElseThrow(() -> new ProblemException("gs1.ai.unknown", position, ai));
    }
}
