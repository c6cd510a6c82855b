package org.packbench.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.packbench.label.Dots;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.design.Edit;
import org.packbench.label.template.Element;
import org.packbench.ui.model.DesignerModel;
import org.packbench.ui.model.UiText;
import org.packbench.verify.design.DesignFinding;

/**
 * The designer's right-hand panel: what the picked element shows and how (position and size in
 * mm, the field or pattern, type size, bold, alignment, lines, the barcode's module), and every
 * finding of the last check, red when it keeps the template from use. A value typed here is an
 * edit like any other: applied on Enter, undoable, checked at once.
 */
final class ElementPanel {
    /**
     * The fields a supervisor picks from, each with the pattern it is usually printed in. A text
     * or barcode showing something else (free text, two fields) is typed in the line below.
     */
    private static final List<java.util.Map.Entry<String, String>> FIELDS = List.of(
            java.util.Map.entry("designer.field.name", "{name_ru}"),
            java.util.Map.entry("designer.field.weight", "Вес нетто: {net_weight_g} г"),
            java.util.Map.entry("designer.field.manufacturer", "{manufacturer}"),
            java.util.Map.entry("designer.field.country", "Страна: {country_of_origin}"),
            java.util.Map.entry("designer.field.eac", "{eac_cert}"),
            java.util.Map.entry("designer.field.sku", "Арт. {sku}"),
            java.util.Map.entry("designer.field.order", "Заказ {order}"),
            java.util.Map.entry("designer.field.tracking", "{tracking}"),
            java.util.Map.entry("designer.field.gtin", "{gtin}"),
            java.util.Map.entry("designer.field.qr", "{qr_payload}"),
            java.util.Map.entry("designer.field.sscc", "00{sscc}"),
            java.util.Map.entry("designer.field.mark", "{mark}"),
            java.util.Map.entry("designer.field.dac", "DAC {dac}"));

    private final DesignerModel model;
    private final UiText text;
    private final VBox root = new VBox(6);
    private final Label id = new Label();
    private final TextField x = number("designer-x");
    private final TextField y = number("designer-y");
    private final TextField w = number("designer-w");
    private final TextField h = number("designer-h");
    private final ChoiceBox<java.util.Map.Entry<String, String>> field = new ChoiceBox<>();
    private final TextField content = new TextField();
    private final TextField size = number("designer-font-size");
    private final CheckBox bold = new CheckBox();
    private final ChoiceBox<Element.Align> align = new ChoiceBox<>();
    private final TextField lines = number("designer-lines");
    private final TextField minPt = number("designer-min-pt");
    private final TextField module = number("designer-module");
    private final ListView<DesignFinding> findings = new ListView<>();
    private boolean filling;

    ElementPanel(DesignerModel model, UiText text) {
        this.model = model;
        this.text = text;
        build();
        model.selectedProperty().addListener((o, a, b) -> fill());
        model.draftProperty().addListener((o, a, b) -> fill());
        model.checkedProperty().addListener((o, a, c) -> findings.getItems()
                .setAll(c == null ? List.of() : c.report().findings()));
    }

    Node node() {
        return root;
    }

    /** The checks' findings, shown under the canvas where there is room for whole sentences. */
    Node findings() {
        return findings;
    }

    private void build() {
        root.setPrefWidth(340);
        root.setPadding(new Insets(0, 0, 0, 4));
        id.setId("designer-element-id");
        id.getStyleClass().add("field-label");
        field.setId("designer-field");
        field.getItems().setAll(FIELDS);
        field.setMaxWidth(Double.MAX_VALUE);
        field.setConverter(ShownAs.names(f -> f == null ? text.get("designer.field.own") : text.get(f.getKey())));
        field.setOnAction(e -> {
            if (!filling && field.getValue() != null) {
                picked().ifPresent(el ->
                        model.edit(new Edit.SetPattern(el, field.getValue().getValue())));
            }
        });
        content.setId("designer-content");
        content.setMaxWidth(Double.MAX_VALUE);
        content.setOnAction(e -> {
            if (!filling) {
                picked().ifPresent(el -> model.edit(new Edit.SetPattern(el, content.getText())));
            }
        });
        bold.setId("designer-bold");
        bold.setOnAction(e -> picked().ifPresent(el ->
                model.edit(new Edit.SetStyle(el, bold.isSelected() ? FontStyle.BOLD : FontStyle.REGULAR))));
        align.setId("designer-align");
        align.getItems().setAll(Element.Align.values());
        align.setConverter(ShownAs.<Element.Align>names(a -> a == null ? "" : text.get("designer.align." + a.name())));
        align.setOnAction(e -> {
            if (!filling && align.getValue() != null) {
                picked().ifPresent(el -> model.edit(new Edit.SetAlign(el, align.getValue())));
            }
        });
        x.setOnAction(e -> place());
        y.setOnAction(e -> place());
        w.setOnAction(e -> resize());
        h.setOnAction(e -> resize());
        size.setOnAction(
                e -> typed(size).ifPresent(pt -> picked().ifPresent(el -> model.edit(new Edit.SetFontSize(el, pt)))));
        lines.setOnAction(e -> fit());
        minPt.setOnAction(e -> fit());
        module.setOnAction(
                e -> typed(module).ifPresent(v -> picked().ifPresent(el -> model.edit(new Edit.SetModule(el, v)))));
        // A value typed and left (a click on the canvas, Ctrl+S) counts as entered, as on Enter.
        for (TextField f : typedFields()) {
            f.focusedProperty().addListener((o, had, has) -> {
                if (had && !has) {
                    commit(f);
                }
            });
        }
        Button remove = new Button(text.get("designer.remove"));
        remove.setId("designer-remove");
        remove.setOnAction(e -> picked().ifPresent(el -> model.edit(new Edit.Remove(el))));

        findings.setId("designer-findings");
        findings.setPlaceholder(new Label(text.get("designer.findings.none")));
        findings.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DesignFinding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll("finding-blocks", "finding-note");
                if (empty || f == null) {
                    setText(null);
                } else {
                    setText(text.of(f.message()));
                    setWrapText(true);
                    setPrefWidth(0);
                    getStyleClass().add(f.blocksUse() ? "finding-blocks" : "finding-note");
                }
            }
        });
        findings.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null && !f.elementId().isEmpty()) {
                model.selectedProperty().set(f.elementId());
            }
        });
        findings.setPrefHeight(120);
        javafx.scene.layout.GridPane form = new javafx.scene.layout.GridPane();
        form.setHgap(8);
        form.setVgap(4);
        int row = 0;
        form.addRow(row++, new Label(text.get("designer.x")), x, new Label(text.get("designer.y")), y);
        form.addRow(row++, new Label(text.get("designer.w")), w, new Label(text.get("designer.h")), h);
        form.add(new Label(text.get("designer.field")), 0, row);
        form.add(field, 1, row++, 3, 1);
        form.add(new Label(text.get("designer.content")), 0, row);
        form.add(content, 1, row++, 3, 1);
        form.addRow(row++, new Label(text.get("designer.size")), size, new Label(text.get("designer.bold")), bold);
        form.addRow(row++, new Label(text.get("designer.align")), align, new Label(text.get("designer.lines")), lines);
        form.addRow(row, new Label(text.get("designer.minPt")), minPt, new Label(text.get("designer.module")), module);
        form.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                l.setMinWidth(Label.USE_PREF_SIZE);
            }
        });
        root.getChildren().addAll(id, form, remove);
        fill();
    }

    private static TextField number(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        return f;
    }

    private Optional<String> picked() {
        return Optional.ofNullable(model.selectedProperty().get());
    }

    private Optional<Element> element() {
        String sel = model.selectedProperty().get();
        if (sel == null) {
            return Optional.empty();
        }
        return model.template().flatMap(t -> org.packbench.label.design.Elements.find(t, sel));
    }

    /** Puts the picked element's values in the fields; an element that lacks a property greys it out. */
    private void fill() {
        filling = true;
        try {
            Optional<Element> picked = element();
            id.setText(picked.map(e -> text.get("designer.element", e.id(), kind(e)))
                    .orElse(text.get("designer.element.none")));
            Optional<Rect> box = picked.filter(Element.Boxed.class::isInstance).map(e -> ((Element.Boxed) e).box());
            set(x, box.map(Rect::x));
            set(y, box.map(Rect::y));
            set(w, box.map(Rect::width));
            set(h, box.map(Rect::height));
            Optional<Element.Text> txt =
                    picked.filter(Element.Text.class::isInstance).map(Element.Text.class::cast);
            Optional<Element.Barcode> bar =
                    picked.filter(Element.Barcode.class::isInstance).map(Element.Barcode.class::cast);
            Optional<Element.Watermark> wm =
                    picked.filter(Element.Watermark.class::isInstance).map(Element.Watermark.class::cast);
            Optional<String> shows = txt.map(t -> t.pattern().source())
                    .or(() -> bar.map(b -> b.data().source()))
                    .or(() -> wm.map(m -> m.text().source()));
            content.setDisable(shows.isEmpty());
            show(content, shows.orElse(""));
            field.setDisable(shows.isEmpty());
            field.setValue(shows.flatMap(p ->
                            FIELDS.stream().filter(f -> f.getValue().equals(p)).findFirst())
                    .orElse(null));
            set(size, txt.map(Element.Text::sizePt).or(() -> wm.map(Element.Watermark::sizePt)));
            bold.setDisable(txt.isEmpty());
            bold.setSelected(txt.map(t -> t.style() == FontStyle.BOLD).orElse(false));
            align.setDisable(txt.isEmpty() && bar.isEmpty());
            align.setValue(txt.map(Element.Text::align)
                    .or(() -> bar.map(Element.Barcode::align))
                    .orElse(null));
            set(lines, txt.map(t -> (double) t.maxLines()));
            set(minPt, txt.map(Element.Text::minPt));
            set(module, bar.map(Element.Barcode::moduleMm));
        } finally {
            filling = false;
        }
    }

    private String kind(Element e) {
        String k = e instanceof Element.Text
                ? "TEXT"
                : e instanceof Element.Stack
                        ? "STACK"
                        : e instanceof Element.Barcode b
                                ? b.symbology().name()
                                : e instanceof Element.Shape s
                                        ? s.kind().name()
                                        : e instanceof Element.Image ? "IMAGE" : "WATERMARK";
        return text.get("designer.kind." + k);
    }

    private static void set(TextField f, Optional<Double> v) {
        f.setDisable(v.isEmpty());
        show(f, v.map(ElementPanel::decimal).orElse(""));
    }

    /** Puts {@code value} in {@code f} and remembers it, so that leaving the field unchanged changes nothing. */
    private static void show(TextField f, String value) {
        f.setText(value);
        f.getProperties().put(SHOWN, value);
    }

    private static final String SHOWN = "packbench.designer.shown";

    private List<TextField> typedFields() {
        return List.of(x, y, w, h, content, size, lines, minPt, module);
    }

    /** A value typed but not yet entered is applied, as Enter would: before a save, or as the field is left. */
    void commitTyping() {
        typedFields().stream().filter(TextField::isFocused).forEach(this::commit);
    }

    private void commit(TextField f) {
        if (!filling && !f.isDisabled() && !f.getText().equals(f.getProperties().get(SHOWN))) {
            f.fireEvent(new javafx.event.ActionEvent(f, f));
        }
    }

    /** A number as a person types it: no trailing zeros, a comma or a point both read back. */
    static String decimal(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }

    private Optional<Double> typed(TextField f) {
        try {
            double v = Double.parseDouble(f.getText().strip().replace(',', '.'));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException(f.getText());
            }
            return Optional.of(v);
        } catch (NumberFormatException notANumber) {
            model.status().error(text.get("designer.notANumber", f.getText()));
            return Optional.empty();
        }
    }

    private void place() {
        element()
                .filter(Element.Boxed.class::isInstance)
                .map(e -> (Element.Boxed) e)
                .ifPresent(b -> {
                    Optional<Double> nx = typed(x);
                    Optional<Double> ny = typed(y);
                    if (nx.isPresent() && ny.isPresent()) {
                        model.edit(new Edit.Move(
                                b.id(),
                                model.snap(nx.get()) - b.box().x(),
                                model.snap(ny.get()) - b.box().y()));
                    }
                });
    }

    private void resize() {
        Optional<Double> nw = typed(w);
        Optional<Double> nh = typed(h);
        if (nw.isPresent() && nh.isPresent()) {
            picked().ifPresent(el -> model.resizeTo(el, nw.get(), nh.get()));
        }
    }

    private void fit() {
        Optional<Double> n = typed(lines);
        Optional<Double> min = typed(minPt);
        if (n.isPresent() && min.isPresent()) {
            picked().ifPresent(el -> model.edit(new Edit.SetFit(el, (int) Math.round(n.get()), min.get())));
        }
    }

    /** Alt+arrows: the picked element one printer dot wider, narrower, taller or shorter. */
    void resizeByDots(int dx, int dy) {
        element()
                .filter(Element.Boxed.class::isInstance)
                .map(e -> (Element.Boxed) e)
                .ifPresent(b -> {
                    double dot = Dots.toMm(1, model.dpi());
                    model.resizeTo(b.id(), b.box().width() + dx * dot, b.box().height() + dy * dot);
                });
    }

    /** + and −: a text's type size up or down by 1 pt. */
    void stepFontSize(int by) {
        element().ifPresent(e -> {
            if (e instanceof Element.Text t && t.sizePt() + by > 0) {
                model.edit(new Edit.SetFontSize(t.id(), t.sizePt() + by));
            } else if (e instanceof Element.Watermark m && m.sizePt() + by > 0) {
                model.edit(new Edit.SetFontSize(m.id(), m.sizePt() + by));
            }
        });
    }

    /** Ctrl+B: the picked text bold, or regular again. */
    void toggleBold() {
        element().ifPresent(e -> {
            if (e instanceof Element.Text t) {
                model.edit(new Edit.SetStyle(t.id(), t.style() == FontStyle.BOLD ? FontStyle.REGULAR : FontStyle.BOLD));
            }
        });
    }
}
