package org.packbench.label.glabels;

import java.util.Optional;
import org.packbench.i18n.Message;
import org.packbench.label.Rect;
import org.packbench.label.Shape;
import org.packbench.label.template.Element;

/**
 * gLabels boxes and lines as shapes, placed where their ink is. gLabels strokes a line or an
 * outline centred on its path with square-cut ends, so the ink reaches half the line's width
 * beyond the object's box; a template's box outline is drawn inward from its box, and a ruled line
 * is a filled rectangle, so each gets the box of the ink itself.
 */
final class ShapeObject {
    /** gLabels' own line width when a file gives none: one point. */
    private static final double DEFAULT_LINE_MM = 25.4 / 72;

    private static final double EPS = 1e-6;

    private ShapeObject() {}

    static Optional<Element> box(GlabelsNode object, Importing in) {
        Placement at = Placement.of(object);
        double w = object.mm("w", 0);
        double h = object.mm("h", 0);
        // A box flipped in gLabels has a negative size: its ink is the same rectangle.
        Rect shape =
                new Rect(Math.min(at.xMm(), at.xMm() + w), Math.min(at.yMm(), at.yMm() + h), Math.abs(w), Math.abs(h));
        double line = object.mm("line_width", DEFAULT_LINE_MM);
        boolean outline = line > EPS && inked(object, "line_color", "line_color_field");
        boolean filled = inked(object, "fill_color", "fill_color_field");
        if (!outline && !filled || shape.width() <= EPS && shape.height() <= EPS) {
            in.note(
                    "glabels.note.invisible",
                    Message.of("glabels.kind.box"),
                    Importing.mm(at.xMm()),
                    Importing.mm(at.yMm()));
            return Optional.empty();
        }
        Rect ink = outline ? shape.grow(line / 2) : shape;
        String id = in.id("box");
        at.report(id, in);
        colours(object, id, in, outline, filled);
        if (object.bool("shadow", false)) {
            in.note("glabels.note.shadow", id);
        }
        return in.onLabel(ink, id, "glabels.kind.box")
                .map(box -> filled
                        ? new Element.Shape(id, Shape.Kind.LINE, box, 0)
                        : new Element.Shape(id, Shape.Kind.BOX, box, line));
    }

    static Optional<Element> line(GlabelsNode object, Importing in) {
        Placement at = Placement.of(object);
        double dx = object.mm("dx", 0);
        double dy = object.mm("dy", 0);
        double line = object.mm("line_width", DEFAULT_LINE_MM);
        String x = Importing.mm(at.xMm());
        String y = Importing.mm(at.yMm());
        boolean horizontal = Math.abs(dy) <= EPS;
        boolean vertical = Math.abs(dx) <= EPS;
        if (line <= EPS || horizontal && vertical || !inked(object, "line_color", "line_color_field")) {
            in.note("glabels.note.invisible", Message.of("glabels.kind.line"), x, y);
            return Optional.empty();
        }
        if (!horizontal && !vertical) {
            in.note("glabels.note.diagonalLine", x, y);
            return Optional.empty();
        }
        Rect ink = horizontal
                ? new Rect(Math.min(at.xMm(), at.xMm() + dx), at.yMm() - line / 2, Math.abs(dx), line)
                : new Rect(at.xMm() - line / 2, Math.min(at.yMm(), at.yMm() + dy), line, Math.abs(dy));
        String id = in.id("line");
        at.report(id, in);
        colours(object, id, in, true, false);
        if (object.bool("shadow", false)) {
            in.note("glabels.note.shadow", id);
        }
        return in.onLabel(ink, id, "glabels.kind.line").map(box -> new Element.Shape(id, Shape.Kind.LINE, box, 0));
    }

    /** Whether the colour (or a colour from a merge field, which may be any) leaves ink. */
    private static boolean inked(GlabelsNode object, String colour, String field) {
        return object.has(field) || object.colour(colour).map(Ink::prints).orElse(false);
    }

    private static void colours(GlabelsNode object, String id, Importing in, boolean outline, boolean filled) {
        for (String[] c : new String[][] {{"line_color", "line_color_field"}, {"fill_color", "fill_color_field"}}) {
            boolean used = c[0].equals("line_color") ? outline : filled;
            if (!used) {
                continue;
            }
            object.text(c[1]).ifPresentOrElse(f -> in.note("glabels.note.colourField", id, f), () -> object.colour(c[0])
                    .filter(ink -> !ink.black())
                    .ifPresent(ink -> in.note("glabels.note.colour", id, ink.written())));
        }
    }
}
