package org.packbench.label.glabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.Pattern;

/**
 * A gLabels text object as a text element: one line as a text, several lines (gLabels' line
 * breaks) as a stack of texts, one per line, in the object's box. Each line wraps in the box's
 * width, as it did in gLabels. The type keeps gLabels' size, except that a Russian product label
 * cannot hold text under 10 pt at all: that is raised, and said.
 */
final class TextObject {
    /** The size a text with no size of its own gets: the smallest a Russian product label allows. */
    static final double DEFAULT_PT = LabelTemplate.REGULATED_MIN_PT;
    /**
     * How far a text gLabels let shrink to fit ({@code auto_shrink}) may shrink here. gLabels sets
     * no floor; below 6 pt a 203 dpi printer's strokes run together.
     */
    static final double SHRINK_FLOOR_PT = 6;

    private TextObject() {}

    static Optional<Element> read(GlabelsNode object, Importing in) {
        Placement at = Placement.of(object);
        Optional<GlabelsNode> span = object.child("Span");
        List<List<SpanText.Part>> all =
                span.map(SpanText::of).map(SpanText::lines).orElse(List.of());
        List<List<SpanText.Part>> lines = all.stream().filter(l -> !blank(l)).toList();
        if (lines.isEmpty()) {
            in.note("glabels.note.emptyText", Importing.mm(at.xMm()), Importing.mm(at.yMm()));
            return Optional.empty();
        }
        String id = in.id(lines.size() == 1 ? base(lines.get(0), "text") : "block");
        at.report(id, in);
        double w = object.mm("w", 0);
        double h = object.mm("h", 0);
        if (w <= 0 || h <= 0) {
            w = w > 0 ? w : in.label().right() - at.xMm();
            h = h > 0 ? h : in.label().bottom() - at.yMm();
            in.note("glabels.note.noBox", id);
        }
        Optional<Rect> box = in.onLabel(new Rect(at.xMm(), at.yMm(), w, h), id, "glabels.kind.text");
        if (box.isEmpty()) {
            return Optional.empty();
        }
        Type type = type(object, span.orElseThrow(), id, in);
        if (lines.size() < all.size()) {
            in.note("glabels.note.blankLines", id);
        }
        Element.Align align = align(object);
        if (lines.size() == 1) {
            return Optional.of(text(id, box.get(), in.pattern(lines.get(0), id), type, align));
        }
        List<Element.Text> children = new ArrayList<>();
        for (List<SpanText.Part> line : lines) {
            String childId = in.id(base(line, "text"));
            children.add(text(childId, new Rect(0, 0, box.get().width(), 0), in.pattern(line, childId), type, align));
        }
        return Optional.of(new Element.Stack(id, box.get(), 0, children));
    }

    /** The type of a text: size, how small it may shrink, face. */
    private record Type(double sizePt, double minPt, FontStyle style) {}

    private static Type type(GlabelsNode object, GlabelsNode span, String id, Importing in) {
        double size = span.number("font_size", 0);
        if (size <= 0) {
            in.note("glabels.note.noFontSize", id, Importing.plain(DEFAULT_PT));
            size = DEFAULT_PT;
        }
        if (in.regulated() && size < LabelTemplate.REGULATED_MIN_PT) {
            in.note(
                    "glabels.note.fontRaised",
                    id,
                    Importing.plain(size),
                    Importing.plain(LabelTemplate.REGULATED_MIN_PT));
            size = LabelTemplate.REGULATED_MIN_PT;
        }
        double min = size;
        if (object.bool("auto_shrink", false)) {
            min = Math.min(size, in.regulated() ? LabelTemplate.REGULATED_MIN_PT : SHRINK_FLOOR_PT);
        }
        if (span.bool("font_italic", false)) {
            in.note("glabels.note.italic", id);
        }
        span.text("color_field")
                .ifPresentOrElse(f -> in.note("glabels.note.colourField", id, f), () -> span.colour("color")
                        .filter(c -> !c.black())
                        .ifPresent(c -> in.note("glabels.note.colour", id, c.written())));
        double spacing = span.number("line_spacing", 1);
        if (Math.abs(spacing - 1) > 0.01) {
            in.note("glabels.note.lineSpacing", id, Importing.plain(spacing));
        }
        String valign = object.text("valign").orElse("Top");
        if (!valign.equalsIgnoreCase("Top")) {
            in.note("glabels.note.valign", id, valign);
        }
        if (object.bool("shadow", false)) {
            in.note("glabels.note.shadow", id);
        }
        FontStyle face =
                span.text("font_weight").orElse("").equalsIgnoreCase("Bold") ? FontStyle.BOLD : FontStyle.REGULAR;
        return new Type(size, min, face);
    }

    private static Element.Text text(String id, Rect box, Pattern pattern, Type type, Element.Align align) {
        return new Element.Text(id, box, pattern, type.sizePt(), type.minPt(), type.style(), 0, align, false);
    }

    private static Element.Align align(GlabelsNode object) {
        String justify = object.text("justify").orElse("Left");
        if (justify.equalsIgnoreCase("Center")) {
            return Element.Align.CENTER;
        }
        return justify.equalsIgnoreCase("Right") ? Element.Align.RIGHT : Element.Align.LEFT;
    }

    /** An id from the line's first field, such as {@code name_ru}; {@code fallback} when it has none. */
    private static String base(List<SpanText.Part> line, String fallback) {
        for (SpanText.Part p : line) {
            if (p instanceof SpanText.Field f) {
                Optional<String> ours = MergeFields.ours(f.name());
                if (ours.isPresent()) {
                    return ours.get();
                }
            }
        }
        return fallback;
    }

    private static boolean blank(List<SpanText.Part> line) {
        return line.stream()
                .allMatch(p -> p instanceof SpanText.Words w && w.text().isBlank());
    }
}
