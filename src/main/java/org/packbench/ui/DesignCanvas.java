package org.packbench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.packbench.label.Dots;
import org.packbench.label.Rect;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.ui.model.DesignerModel;
import org.packbench.ui.model.UiText;
import org.packbench.verify.design.DesignFinding;

/**
 * The designer's label: the print raster the engine made from the sample, each element's frame
 * over it, rulers in mm along the top and left, the printer's dot grid when dots are big enough to
 * see, and in red every element a check refuses, with the reason beside it. The mouse is
 * {@link CanvasPointer}'s; the canvas shows where its drag would land.
 */
final class DesignCanvas {
    /** Room for the rulers, in screen pixels. */
    static final double RULER = 26;
    /** Dots closer than this on screen are not drawn: the grid would be a grey wash. */
    private static final double GRID_MIN_PX = 5;

    private static final Color FRAME = Color.web("#1f6feb");
    private static final Color REFUSED = Color.web("#d1242f");
    private static final Color RULER_FILL = Color.web("#eef1f4");

    private final DesignerModel model;
    private final UiText text;
    private final Canvas canvas = new Canvas(400, 300);
    private final Pane holder = new Pane(canvas);
    private final ScrollPane pane = new ScrollPane(holder);
    private double pxPerMm = 8;
    private WritableImage raster;

    private final CanvasPointer pointer;

    DesignCanvas(DesignerModel model, UiText text) {
        this.model = model;
        this.text = text;
        canvas.setId("designer-canvas");
        canvas.setFocusTraversable(true);
        canvas.getProperties().put(WedgeCapture.OWN_KEYS, true);
        pane.getStyleClass().add("preview-pane");
        // A press on the label gives the keys to the canvas; the scroll pane would take them for itself.
        pane.setFocusTraversable(false);
        model.draftProperty().addListener((o, a, b) -> redraw());
        model.selectedProperty().addListener((o, a, b) -> redraw());
        model.dpiProperty().addListener((o, a, b) -> redraw());
        model.checkedProperty().addListener((o, a, b) -> {
            raster = b == null ? null : SwingFXUtils.toFXImage(b.raster(), null);
            redraw();
        });
        pointer = new CanvasPointer(model, this);
    }

    Node node() {
        return pane;
    }

    /** The node that takes the designer's keys. */
    Canvas canvas() {
        return canvas;
    }

    double zoom() {
        return pxPerMm;
    }

    /**
     * Fits the label to the visible area once the area has a size: a screen shown for the first
     * time has none until it is laid out.
     */
    void fitWhenShown() {
        if (pane.getViewportBounds().getWidth() > 0) {
            fit();
            return;
        }
        javafx.beans.value.ChangeListener<javafx.geometry.Bounds> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(
                    javafx.beans.value.ObservableValue<? extends javafx.geometry.Bounds> o,
                    javafx.geometry.Bounds was,
                    javafx.geometry.Bounds now) {
                if (now.getWidth() > 0) {
                    pane.viewportBoundsProperty().removeListener(this);
                    fit();
                }
            }
        };
        pane.viewportBoundsProperty().addListener(once);
    }

    /** Screen pixels per millimetre of label. */
    void zoom(double value) {
        pxPerMm = Math.max(2, Math.min(48, value));
        redraw();
    }

    /** The zoom that shows the whole label in the visible area. */
    void fit() {
        model.template().ifPresent(t -> {
            // Room on the right and below for the reasons written beside a red element.
            double w = Math.max(200, pane.getViewportBounds().getWidth() - RULER - 120);
            double h = Math.max(200, pane.getViewportBounds().getHeight() - RULER - 70);
            zoom(Math.floor(Math.min(w / t.widthMm(), h / t.heightMm())));
        });
    }

    /** Where a point of the label (mm) is on the canvas, in pixels. */
    double x(double mm) {
        return RULER + mm * pxPerMm;
    }

    double y(double mm) {
        return RULER + mm * pxPerMm;
    }

    void redraw() {
        Optional<LabelTemplate> shown = model.template();
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (shown.isEmpty()) {
            canvas.setWidth(400);
            canvas.setHeight(300);
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        LabelTemplate t = shown.get();
        canvas.setWidth(Math.ceil(x(t.widthMm()) + 260));
        canvas.setHeight(Math.ceil(y(t.heightMm()) + 60));
        g.setFill(Color.web("#d9dde3"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.WHITE);
        g.fillRect(x(0), y(0), t.widthMm() * pxPerMm, t.heightMm() * pxPerMm);
        DesignerModel.Checked checked = model.checkedProperty().get();
        if (raster != null && checked != null) {
            g.setImageSmoothing(false);
            g.drawImage(raster, x(0), y(0), t.widthMm() * pxPerMm, t.heightMm() * pxPerMm);
        }
        grid(g, t);
        rulers(g, t);
        List<DesignFinding> findings =
                checked == null ? List.of() : checked.report().findings();
        String selected = model.selectedProperty().get();
        for (Element e : t.elements()) {
            if (e instanceof Element.Boxed b) {
                frame(g, e, pointer.shown(b), e.id().equals(selected) || holds(e, selected), refused(e, findings));
            }
        }
        labelWide(g, t, findings);
    }

    /** Whether {@code e} is the stack that holds the text {@code id}. */
    static boolean holds(Element e, String id) {
        return id != null
                && e instanceof Element.Stack s
                && s.children().stream().anyMatch(c -> c.id().equals(id));
    }

    /** The findings on an element, texts of a stack included. */
    private static List<DesignFinding> refused(Element e, List<DesignFinding> findings) {
        List<String> ids = new ArrayList<>();
        ids.add(e.id());
        if (e instanceof Element.Stack s) {
            s.children().forEach(c -> ids.add(c.id()));
        }
        return findings.stream().filter(f -> ids.contains(f.elementId())).toList();
    }

    private void frame(GraphicsContext g, Element e, Rect r, boolean picked, List<DesignFinding> found) {
        double x = x(r.x());
        double y = y(r.y());
        double w = Math.max(2, r.width() * pxPerMm);
        double h = Math.max(2, r.height() * pxPerMm);
        boolean red = found.stream().anyMatch(DesignFinding::blocksUse);
        if (red) {
            g.setFill(REFUSED.deriveColor(0, 1, 1, 0.12));
            g.fillRect(x, y, w, h);
        }
        g.setStroke(red ? REFUSED : FRAME);
        g.setLineWidth(red || picked ? 2 : 1);
        g.setLineDashes(picked || red ? null : new double[] {4, 3});
        g.strokeRect(x, y, w, h);
        g.setLineDashes((double[]) null);
        if (picked) {
            g.setFill(FRAME);
            g.fillRect(
                    x + w - CanvasPointer.HANDLE / 2,
                    y + h - CanvasPointer.HANDLE / 2,
                    CanvasPointer.HANDLE,
                    CanvasPointer.HANDLE);
            if (e instanceof Element.Stack s) {
                String child = model.selectedProperty().get();
                s.children().stream()
                        .filter(c -> c.id().equals(child))
                        .findFirst()
                        .ifPresent(c -> {
                            g.setStroke(FRAME);
                            g.setLineDashes(2, 2);
                            g.strokeRect(x(r.x() + c.box().x()), y, c.box().width() * pxPerMm, h);
                            g.setLineDashes((double[]) null);
                        });
            }
        }
        g.setFont(Font.font("PT Sans", FontWeight.BOLD, 11));
        g.setFill(red ? REFUSED : FRAME);
        g.fillText(e.id(), x + 2, y - 3);
        double line = y + h + 13;
        for (DesignFinding f : found) {
            g.setFill(f.blocksUse() ? REFUSED : Color.web("#9a6700"));
            g.setFont(Font.font("PT Sans", 12));
            g.fillText(text.of(f.message()), x, line);
            line += 14;
        }
    }

    /** Findings on no one element (the label as a whole) go in red above the label. */
    private void labelWide(GraphicsContext g, LabelTemplate t, List<DesignFinding> findings) {
        double line = y(t.heightMm()) + 40;
        for (DesignFinding f : findings) {
            if (f.elementId().equals(DesignFinding.WHOLE_LABEL)) {
                g.setStroke(REFUSED);
                g.setLineWidth(2);
                g.strokeRect(x(0), y(0), t.widthMm() * pxPerMm, t.heightMm() * pxPerMm);
                g.setFill(REFUSED);
                g.setFont(Font.font("PT Sans", 12));
                g.fillText(text.of(f.message()), x(0), line);
                line += 14;
            }
        }
    }

    /** The printer's dots, each a grey point, when a dot is at least a few pixels across. */
    private void grid(GraphicsContext g, LabelTemplate t) {
        int dpi = model.dpi();
        double pxPerDot = pxPerMm * Dots.MM_PER_INCH / dpi;
        int step = 1;
        while (pxPerDot * step < GRID_MIN_PX) {
            step *= 2;
        }
        g.setFill(Color.web("#9aa4b0"));
        int wide = Dots.of(t.widthMm(), dpi);
        int high = Dots.of(t.heightMm(), dpi);
        if ((long) (wide / step) * (high / step) > 200_000) {
            return;
        }
        for (int dy = 0; dy <= high; dy += step) {
            for (int dx = 0; dx <= wide; dx += step) {
                g.fillRect(x(Dots.toMm(dx, dpi)) - 0.5, y(Dots.toMm(dy, dpi)) - 0.5, 1, 1);
            }
        }
    }

    private void rulers(GraphicsContext g, LabelTemplate t) {
        g.setFill(RULER_FILL);
        g.fillRect(0, 0, canvas.getWidth(), RULER);
        g.fillRect(0, 0, RULER, canvas.getHeight());
        g.setStroke(Color.web("#57606a"));
        g.setFill(Color.web("#24292f"));
        g.setLineWidth(1);
        g.setFont(Font.font("PT Sans", 10));
        int labelEvery = pxPerMm >= 12 ? 5 : 10;
        for (int mm = 0; mm <= Math.floor(t.widthMm()); mm++) {
            double len = mm % labelEvery == 0 ? 12 : mm % 5 == 0 ? 8 : 4;
            if (pxPerMm >= 4 || mm % 5 == 0) {
                g.strokeLine(x(mm) + 0.5, RULER, x(mm) + 0.5, RULER - len);
            }
            if (mm % labelEvery == 0) {
                g.fillText(Integer.toString(mm), x(mm) + 2, 10);
            }
        }
        for (int mm = 0; mm <= Math.floor(t.heightMm()); mm++) {
            double len = mm % labelEvery == 0 ? 12 : mm % 5 == 0 ? 8 : 4;
            if (pxPerMm >= 4 || mm % 5 == 0) {
                g.strokeLine(RULER, y(mm) + 0.5, RULER - len, y(mm) + 0.5);
            }
            if (mm % labelEvery == 0) {
                g.fillText(Integer.toString(mm), 2, y(mm) + 11);
            }
        }
        g.fillText("мм", 2, 10);
    }
}
