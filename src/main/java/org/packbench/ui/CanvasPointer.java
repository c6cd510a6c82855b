package org.packbench.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import org.packbench.label.Rect;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.ui.model.DesignerModel;

/**
 * The mouse on the designer's canvas: a click picks an element, a drag moves it, the square at
 * its lower right corner resizes it. What a drag becomes is the model's (whole dots, undoable);
 * while it lasts, {@link #shown} says where it would land, for the canvas to draw.
 */
final class CanvasPointer {
    /** A press and release closer than this (screen pixels) is a click, not a drag. */
    private static final double CLICK_SLOP = 3;
    /** The resize handle's side, in screen pixels. */
    static final double HANDLE = 9;

    /** A drag under way: the element, whether it resizes, where it began and how far it has gone. */
    private record Drag(String id, boolean resize, Rect start, double fromX, double fromY, double dx, double dy) {}

    private final DesignerModel model;
    private final DesignCanvas canvas;
    private Drag drag;

    CanvasPointer(DesignerModel model, DesignCanvas canvas) {
        this.model = model;
        this.canvas = canvas;
        canvas.canvas().setOnMousePressed(this::pressed);
        canvas.canvas().setOnMouseDragged(this::dragged);
        canvas.canvas().setOnMouseReleased(this::released);
        canvas.canvas().setOnMouseMoved(this::hover);
    }

    /** A box as the drag would leave it, or as it is. */
    Rect shown(Element.Boxed b) {
        Rect r = b.box();
        if (drag == null || !drag.id().equals(b.id())) {
            return r;
        }
        if (drag.resize()) {
            return new Rect(
                    r.x(),
                    r.y(),
                    Math.max(0.1, model.snap(drag.start().width() + drag.dx())),
                    Math.max(0.1, model.snap(drag.start().height() + drag.dy())));
        }
        return new Rect(r.x() + model.snap(drag.dx()), r.y() + model.snap(drag.dy()), r.width(), r.height());
    }

    private Optional<Element.Boxed> at(double px, double py) {
        Optional<LabelTemplate> t = model.template();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        List<Element> elements = t.get().elements();
        // The one on top is the one drawn last.
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i) instanceof Element.Boxed b && inside(b.box(), px, py, 3)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private boolean inside(Rect r, double px, double py, double slack) {
        return px >= canvas.x(r.x()) - slack
                && px <= canvas.x(r.right()) + slack
                && py >= canvas.y(r.y()) - slack
                && py <= canvas.y(r.bottom()) + slack;
    }

    private Optional<Element.Boxed> picked() {
        String id = model.selectedProperty().get();
        return model.template().flatMap(t -> t.elements().stream()
                .filter(e -> e.id().equals(id) || DesignCanvas.holds(e, id))
                .filter(Element.Boxed.class::isInstance)
                .map(Element.Boxed.class::cast)
                .findFirst());
    }

    private boolean onHandle(Element.Boxed b, double px, double py) {
        Rect r = b.box();
        return Math.abs(px - canvas.x(r.right())) <= HANDLE && Math.abs(py - canvas.y(r.bottom())) <= HANDLE;
    }

    private void pressed(MouseEvent m) {
        canvas.canvas().requestFocus();
        Optional<Element.Boxed> current = picked();
        if (current.isPresent() && onHandle(current.get(), m.getX(), m.getY())) {
            Element.Boxed b = current.get();
            drag = new Drag(b.id(), true, b.box(), m.getX(), m.getY(), 0, 0);
            return;
        }
        Optional<Element.Boxed> hit = at(m.getX(), m.getY());
        String keep = model.selectedProperty().get();
        // A text of the stack stays picked when its stack is pressed: the list picked it.
        if (hit.isPresent() && !(hit.get().id().equals(keep) || DesignCanvas.holds(hit.get(), keep))) {
            model.selectedProperty().set(hit.get().id());
        } else if (hit.isEmpty()) {
            model.selectedProperty().set(null);
        }
        drag = hit.map(b -> new Drag(b.id(), false, b.box(), m.getX(), m.getY(), 0, 0))
                .orElse(null);
    }

    private void dragged(MouseEvent m) {
        if (drag != null) {
            drag = new Drag(
                    drag.id(),
                    drag.resize(),
                    drag.start(),
                    drag.fromX(),
                    drag.fromY(),
                    (m.getX() - drag.fromX()) / canvas.zoom(),
                    (m.getY() - drag.fromY()) / canvas.zoom());
            canvas.redraw();
        }
    }

    private void released(MouseEvent m) {
        // The scroll pane around the canvas takes the focus on a press, after the canvas asked for it.
        canvas.canvas().requestFocus();
        Drag done = drag;
        drag = null;
        if (done == null) {
            return;
        }
        // A click picks; only a real drag (a few pixels) moves or resizes.
        if (Math.hypot(m.getX() - done.fromX(), m.getY() - done.fromY()) < CLICK_SLOP) {
            canvas.redraw();
            return;
        }
        if (done.resize()) {
            model.resizeTo(
                    done.id(), done.start().width() + done.dx(), done.start().height() + done.dy());
        } else {
            model.dragBy(done.id(), done.dx(), done.dy());
        }
        canvas.redraw();
    }

    private void hover(MouseEvent m) {
        Optional<Element.Boxed> current = picked();
        if (current.isPresent() && onHandle(current.get(), m.getX(), m.getY())) {
            canvas.canvas().setCursor(Cursor.SE_RESIZE);
        } else if (at(m.getX(), m.getY()).isPresent()) {
            canvas.canvas().setCursor(Cursor.MOVE);
        } else {
            canvas.canvas().setCursor(Cursor.DEFAULT);
        }
    }
}
