package org.packbench.label.glabels;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The words of a gLabels text object: lines of literal text and merge fields. gLabels 3 keeps them
 * in one {@code <Span>}, fields as {@code <Field name=…/>} and line breaks as {@code <NL/>}; a
 * field may also stand in the text as {@code ${NAME}}, as gLabels 4 writes it and sellers type it.
 */
record SpanText(List<List<Part>> lines) {

    /** A piece of a line. */
    sealed interface Part {}

    record Words(String text) implements Part {}

    record Field(String name) implements Part {}

    private static final java.util.regex.Pattern DOLLAR_FIELD = java.util.regex.Pattern.compile("\\$\\{([^{}]*)}");

    static SpanText of(GlabelsNode span) {
        List<List<Part>> lines = new ArrayList<>();
        List<Part> line = new ArrayList<>();
        for (Node n = span.element().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String data = n.getNodeValue();
                // gLabels' own rule: text that starts with a line feed is the file's indentation.
                if (data.isEmpty() || data.charAt(0) == '\n') {
                    continue;
                }
                String[] pieces = data.split("\r?\n", -1);
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0) {
                        lines.add(line);
                        line = new ArrayList<>();
                    }
                    line.addAll(parts(pieces[i].replace('\t', ' ')));
                }
            } else if (n instanceof Element e) {
                GlabelsNode child = new GlabelsNode(e);
                if (child.name().equals("Field")) {
                    line.add(new Field(child.text("name").orElse("")));
                } else if (child.name().equals("NL")) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
                // A nested <Span> is rich text, which gLabels 3 itself skips when it reads a file.
            }
        }
        lines.add(line);
        return new SpanText(lines);
    }

    /** Literal text with any {@code ${NAME}} in it taken as a field. */
    static List<Part> parts(String text) {
        List<Part> line = new ArrayList<>();
        Matcher m = DOLLAR_FIELD.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                line.add(new Words(text.substring(at, m.start())));
            }
            line.add(new Field(m.group(1)));
            at = m.end();
        }
        if (at < text.length()) {
            line.add(new Words(text.substring(at)));
        }
        return line;
    }

    /** The names of every field, in the order they stand. */
    List<String> fields() {
        List<String> out = new ArrayList<>();
        for (List<Part> line : lines) {
            for (Part p : line) {
                if (p instanceof Field f) {
                    out.add(f.name());
                }
            }
        }
        return out;
    }
}
