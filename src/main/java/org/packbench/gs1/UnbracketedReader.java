package org.packbench.gs1;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.packbench.i18n.ProblemException;

/**
 * Splits an unbracketed element string into elements. The AI's length follows from its first
 * two digits; a predefined-length value is cut at its length, any other runs to the next GS or
 * the end. A GS after a predefined-length value and a GS at the very end are tolerated, as
 * readers commonly send them.
 */
final class UnbracketedReader {
    private UnbracketedReader() {}

    static List<ParsedElement> read(SourceText source) {
        String data = source.text();
        if (data.isEmpty()) {
            throw new ProblemException("gs1.input.empty");
        }
        List<ParsedElement> elements = new ArrayList<>();
        int i = 0;
        while (i < data.length()) {
            if (data.charAt(i) == SourceText.GS) {
                throw new ProblemException("gs1.separator.stray", source.positionOf(i));
            }
            AiDefinition definition = definitionAt(source, i);
            int valueStart = i + definition.code().length();
            int next = data.indexOf(SourceText.GS, valueStart);
            int fieldEnd = next < 0 ? data.length() : next;
            int valueEnd = Math.min(fieldEnd, valueStart + definition.maxLength());
            int[] positions = Arrays.copyOfRange(source.positions(), valueStart, valueEnd);
            ParsedElement e = new ParsedElement(
                    definition,
                    data.substring(valueStart, valueEnd),
                    source.positionOf(i),
                    positions,
                    source.positionOf(valueEnd));
            ValueValidator.checkLength(e);
            if (!definition.predefinedLength() && valueEnd < fieldEnd) {
                throw e.problem(definition.maxLength(), "gs1.separator.missing", definition.maxLength());
            }
            elements.add(e);
            Limits.checkCount(elements);
            i = valueEnd;
            if (i < data.length() && data.charAt(i) == SourceText.GS) {
                i++;
            }
        }
        return elements;
    }

    private static AiDefinition definitionAt(SourceText source, int i) {
        String data = source.text();
        StringBuilder rest = new StringBuilder();
        for (char c : data.substring(i, Math.min(data.length(), i + 4)).toCharArray()) {
            rest.append(c == SourceText.GS ? "<GS>" : Shown.character(c));
        }
        int length = i + 1 < data.length() ? AiTable.aiLength(data.charAt(i), data.charAt(i + 1)) : 0;
        if (length == 0 || i + length > data.length()) {
            throw new ProblemException("gs1.ai.noneHere", source.positionOf(i), rest.toString());
        }
        String code = data.substring(i, i + length);
        return AiTable.get(code).orElseThrow(() -> new ProblemException("gs1.ai.unknown", source.positionOf(i), code));
    }
}
