package org.packbench.label.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.packbench.i18n.ProblemException;

/**
 * Text with {@code {field}} placeholders, such as {@code Вес нетто: {net_weight_g} г}. The
 * values are put in as they are: a label prints the record's text, never a reformatted copy.
 */
public record Pattern(String source, List<String> fields) {

    public Pattern {
        fields = List.copyOf(fields);
    }

    public static Pattern parse(String source) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            int open = source.indexOf('{', i);
            if (open < 0) {
                break;
            }
            int close = source.indexOf('}', open);
            if (close < 0) {
                throw new ProblemException("template.pattern.unclosed", source, open + 1);
            }
            String name = source.substring(open + 1, close);
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new ProblemException("template.pattern.name", source, name);
            }
            fields.add(name);
            i = close + 1;
        }
        return new Pattern(source, fields);
    }

    /** A pattern that is one field: {@code {name_ru}}. */
    public static Pattern field(String name) {
        return parse("{" + name + "}");
    }

    public String resolve(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            int open = source.indexOf('{', i);
            if (open < 0) {
                out.append(source, i, source.length());
                break;
            }
            int close = source.indexOf('}', open);
            out.append(source, i, open);
            String value = values.get(source.substring(open + 1, close));
            out.append(value == null ? "" : value);
            i = close + 1;
        }
        return out.toString();
    }

    /** True when every field this pattern uses is empty or absent in {@code values}. */
    public boolean allEmpty(Map<String, String> values) {
        return !fields.isEmpty()
                && fields.stream().allMatch(f -> values.getOrDefault(f, "").isEmpty());
    }
}
