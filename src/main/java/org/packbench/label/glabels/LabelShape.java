package org.packbench.label.glabels;

import java.util.List;
import java.util.Optional;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Rect;

/**
 * The label's size from the document's {@code <Template>}: a rectangle as it is; a round, oval or
 * CD label as the rectangle around it, since a template is a rectangle. gLabels describes a whole
 * sheet (so many labels across and down); PackBench prints one label at a time, so one is taken.
 */
final class LabelShape {
    private static final List<String> SHAPES = List.of("Label-rectangle", "Label-round", "Label-ellipse", "Label-cd");

    /**
     * The largest side taken: an A4 sheet as one label. The checks draw the label at the printer's
     * resolution; a label of metres would take more memory than the bench has.
     */
    static final double MAX_SIDE_MM = 300;

    private LabelShape() {}

    static Rect of(GlabelsNode document, List<Message> notes) {
        Optional<GlabelsNode> shape = document.child("Template").flatMap(t -> t.children().stream()
                .filter(c -> SHAPES.contains(c.name()))
                .findFirst());
        if (shape.isEmpty()) {
            throw new ProblemException("glabels.noLabel");
        }
        GlabelsNode s = shape.get();
        double w;
        double h;
        switch (s.name()) {
            case "Label-round" -> {
                w = 2 * s.mm("radius", 0);
                h = w;
                notes.add(Message.of("glabels.note.roundLabel", Importing.mm(w)));
            }
            case "Label-cd" -> {
                double diameter = 2 * s.mm("radius", 0);
                w = s.mm("width", diameter);
                h = s.mm("height", diameter);
                notes.add(Message.of("glabels.note.cdLabel", Importing.mm(w), Importing.mm(h)));
            }
            case "Label-ellipse" -> {
                w = s.mm("width", 0);
                h = s.mm("height", 0);
                notes.add(Message.of("glabels.note.ellipseLabel", Importing.mm(w), Importing.mm(h)));
            }
            default -> {
                w = s.mm("width", 0);
                h = s.mm("height", 0);
            }
        }
        if (!(w > 0) || !(h > 0) || w > MAX_SIDE_MM || h > MAX_SIDE_MM) {
            throw new ProblemException(
                    "glabels.labelSize", s.name(), Importing.mm(w), Importing.mm(h), Importing.plain(MAX_SIDE_MM));
        }
        long labels = 0;
        for (GlabelsNode layout : s.children("Layout")) {
            labels += Math.max(0, (long) layout.number("nx", 1)) * Math.max(0, (long) layout.number("ny", 1));
        }
        if (labels > 1) {
            notes.add(Message.of("glabels.note.sheet", labels));
        }
        return new Rect(0, 0, w, h);
    }
}
