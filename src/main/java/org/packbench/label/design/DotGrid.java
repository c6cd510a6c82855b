package org.packbench.label.design;

import java.util.Optional;
import org.packbench.label.Dots;
import org.packbench.label.Rect;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;

/**
 * The printer's dot grid at one resolution, and where an element moved, aligned or resized by hand
 * lands on it: on whole dots, whatever it was placed at before, so what the designer shows is
 * what the printer can make. Each answer is an {@link Edit}, or none when nothing would move.
 */
public record DotGrid(int dpi) {
    /** The margin {@link #onLabel} keeps from the label's edge, as the bundled templates do. */
    public static final double MARGIN_MM = 1.5;

    /** Where {@link #onLabel} puts an element. */
    public enum OnLabel {
        LEFT,
        CENTER,
        RIGHT,
        TOP,
        MIDDLE,
        BOTTOM
    }

    /** {@code mm} on the grid. */
    public double snap(double mm) {
        return Dots.toMm((int) Math.round(mm * dpi / Dots.MM_PER_INCH), dpi);
    }

    /** A move by {@code dxMm, dyMm} (a mouse drag) whose end is put on the grid. */
    public Optional<Edit> dragBy(LabelTemplate t, String id, double dxMm, double dyMm) {
        if (dxMm == 0 && dyMm == 0) {
            return Optional.empty();
        }
        Optional<Rect> at = boxOf(t, id);
        double dx = at.map(b -> snap(b.x() + dxMm) - b.x()).orElse(snap(dxMm));
        double dy = at.map(b -> snap(b.y() + dyMm) - b.y()).orElse(snap(dyMm));
        dx = Math.abs(dx) < 1e-9 ? 0 : dx;
        dy = Math.abs(dy) < 1e-9 ? 0 : dy;
        return dx == 0 && dy == 0 ? Optional.empty() : Optional.of(new Edit.Move(id, dx, dy));
    }

    /** A move to an edge of the label ({@link #MARGIN_MM} in) or to its middle, on the grid. */
    public Optional<Edit> onLabel(LabelTemplate t, String id, OnLabel where) {
        return boxOf(t, id).flatMap(b -> {
            double w = t.widthMm();
            double h = t.heightMm();
            double x =
                    switch (where) {
                        case LEFT -> MARGIN_MM;
                        case CENTER -> (w - b.width()) / 2;
                        case RIGHT -> w - MARGIN_MM - b.width();
                        default -> b.x();
                    };
            double y =
                    switch (where) {
                        case TOP -> MARGIN_MM;
                        case MIDDLE -> (h - b.height()) / 2;
                        case BOTTOM -> h - MARGIN_MM - b.height();
                        default -> b.y();
                    };
            return dragBy(t, id, x - b.x(), y - b.y());
        });
    }

    /** A size rounded to whole dots, never under one dot. */
    public Edit resizeTo(String id, double widthMm, double heightMm) {
        double one = Dots.toMm(1, dpi);
        return new Edit.Resize(id, Math.max(one, snap(widthMm)), Math.max(one, snap(heightMm)));
    }

    /** The box of a top-level element (a stack's text is placed by its stack). */
    private static Optional<Rect> boxOf(LabelTemplate t, String id) {
        return t.elements().stream()
                .filter(e -> e.id().equals(id) && e instanceof Element.Boxed)
                .map(e -> ((Element.Boxed) e).box())
                .findFirst();
    }
}
