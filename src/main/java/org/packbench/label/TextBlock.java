package org.packbench.label;

import java.util.List;

/**
 * A text element after layout: the whole text as resolved from the SKU and order, the SKU fields
 * it was made from (so the checks can compare them with the record), and its lines.
 *
 * @param regulated whether this is a field the law requires on a Russian product label: such a
 *                  text is never truncated and never below the minimum size
 */
public record TextBlock(
        String elementId, String text, List<String> fields, boolean regulated, double sizePt, List<TextLine> lines) {

    public TextBlock {
        fields = List.copyOf(fields);
        lines = List.copyOf(lines);
    }

    /** The lines joined back: wrapping only breaks at spaces, so this equals {@link #text()}. */
    public String printed() {
        return String.join(" ", lines.stream().map(TextLine::text).toList());
    }
}
