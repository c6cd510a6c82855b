package org.packbench.ui;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.packbench.app.DesignPreview;
import org.packbench.app.Workbench;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.design.DotGrid;
import org.packbench.label.design.Edit;
import org.packbench.label.design.NewElement;
import org.packbench.label.template.Element;
import org.packbench.render.BundledTypeface;
import org.packbench.render.RasterWriter;
import org.packbench.ui.model.DesignerModel;
import org.packbench.ui.model.UiText;

/**
 * Шаблоны: a supervisor lays a label out on the canvas while the engine checks it. The palette
 * adds elements, the canvas moves and resizes them by mouse (arrows by one dot, Shift+arrows by
 * 1 mm), the panel on the right sets what each shows and how; every change is checked on the
 * sample product and what the checks refuse is marked red. Saving for use is refused while
 * anything is red; a draft can always be saved.
 */
public final class DesignerScreen implements Screen {
    /** What the screen shows before anything is opened: the VK product label, the one most often changed. */
    private static final String FIRST_SHOWN = "vk-product-58x40";

    private final UiText text;
    private final FileSources files;
    private final DesignerModel model;
    private final DesignCanvas canvas;
    private final ElementPanel panel;
    private final TemplateSources sources;
    private final BorderPane root = new BorderPane();
    private final ListView<String> elements = new ListView<>();
    private final Label sampleLine = new Label();

    public DesignerScreen(Workbench workbench, UiText text, Background background, FileSources files) {
        this.text = text;
        this.files = files;
        this.model = new DesignerModel(
                workbench.templateDesigns(),
                new DesignPreview(new LabelComposer(BundledTypeface.get()), new RasterWriter()),
                text,
                background);
        this.canvas = new DesignCanvas(model, text);
        this.panel = new ElementPanel(model, text);
        this.sources = new TemplateSources(model, canvas, text, files);
        build();
    }

    /** Where a point of the label (mm from its top left corner) is on the screen, for the window's tests. */
    javafx.geometry.Point2D onScreen(double xMm, double yMm) {
        return canvas.canvas().localToScreen(canvas.x(xMm), canvas.y(yMm));
    }

    /** Puts the keys on the canvas, as a click on it does. */
    void focusCanvas() {
        canvas.canvas().requestFocus();
    }

    /** The model, for the window's tests. */
    DesignerModel model() {
        return model;
    }

    private void build() {
        Label title = new Label(text.get("nav.designer"));
        title.getStyleClass().add("screen-title");
        HBox top = new HBox(4, title, toolbar());
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setLeft(palette());
        VBox middle = new VBox(6, canvas.node(), panel.findings());
        VBox.setVgrow(canvas.node(), Priority.ALWAYS);
        root.setCenter(middle);
        root.setRight(panel.node());
        Label status = StatusLabel.of(model.status(), "designer-status");
        status.getStyleClass().add("designer-status");
        sampleLine.setId("designer-sample");
        // What is being edited, and whether it is saved: the id is what labels and the log name.
        Label editing = new Label();
        editing.setId("designer-template");
        editing.getStyleClass().add("field-label");
        editing.setMinWidth(Label.USE_PREF_SIZE);
        Runnable name = () -> editing.setText(model.template()
                .map(t -> text.get(
                        model.unsavedProperty().get() ? "designer.editing.unsaved" : "designer.editing",
                        t.id(),
                        t.title(),
                        ElementPanel.decimal(t.widthMm()),
                        ElementPanel.decimal(t.heightMm())))
                .orElse(""));
        model.draftProperty().addListener((o, a, b) -> name.run());
        model.unsavedProperty().addListener((o, a, b) -> name.run());
        Label notes = new Label();
        notes.setId("designer-notes");
        notes.setWrapText(true);
        notes.getStyleClass().add("status-warn");
        notes.textProperty().bind(model.notesProperty());
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        // Two lines at most under the canvas; the whole list is in the tooltip.
        notes.setMaxHeight(44);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(model.notesProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(700);
        notes.setTooltip(whole);
        HBox about = new HBox(16, editing, sampleLine);
        VBox bottom = new VBox(2, status, notes, about);
        bottom.setPadding(new Insets(6, 0, 0, 0));
        root.setBottom(bottom);
        root.getStyleClass().addAll("screen", "designer");
        BorderPane.setMargin(middle, new Insets(0, 8, 0, 8));

        model.checkedProperty().addListener((o, a, c) -> {
            if (c != null) {
                sampleLine.setText(
                        c.sample().isEmpty()
                                ? text.get("designer.sample.none")
                                : text.get("designer.sample.shown", c.sample(), c.dpi()));
            }
        });
        model.draftProperty().addListener((o, a, d) -> listElements());
        model.selectedProperty().addListener((o, a, id) -> {
            if (id != null && !id.equals(elements.getSelectionModel().getSelectedItem())) {
                elements.getSelectionModel().select(id);
            }
        });
        elements.getSelectionModel().selectedItemProperty().addListener((o, a, id) -> {
            if (id != null) {
                model.selectedProperty().set(id);
            }
        });
        canvas.canvas().addEventFilter(KeyEvent.KEY_PRESSED, this::canvasKey);
        canvas.canvas().addEventFilter(KeyEvent.KEY_TYPED, this::canvasChar);
        ScreenKeys.of(root)
                .on(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), sources::newTemplate)
                .on(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), sources::openTemplate)
                .on(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::saveForUse)
                .on(
                        new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        this::saveDraft)
                .on(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), model::undo)
                .on(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), model::redo)
                .on(
                        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        model::redo)
                .on(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), panel::toggleBold);
    }

    private FlowPane toolbar() {
        ChoiceBox<Integer> dpi = new ChoiceBox<>();
        dpi.setId("designer-dpi");
        dpi.getItems().setAll(203, 300, 600);
        dpi.setValue(model.dpi());
        dpi.valueProperty().addListener((o, a, v) -> model.setDpi(v));
        ChoiceBox<org.packbench.label.design.LabelSize> size = new ChoiceBox<>();
        size.setId("designer-size");
        size.getItems().setAll(org.packbench.label.design.LabelSize.PRESETS);
        size.setTooltip(new javafx.scene.control.Tooltip(text.get("designer.size.tip")));
        size.setOnAction(e -> {
            // Only a size other than the label's: the choice also follows the draft.
            if (size.getValue() != null
                    && model.template()
                            .map(t -> t.widthMm() != size.getValue().widthMm()
                                    || t.heightMm() != size.getValue().heightMm())
                            .orElse(false)) {
                model.edit(new Edit.SetLabelSize(
                        size.getValue().widthMm(), size.getValue().heightMm()));
                canvas.fit();
            }
        });
        model.draftProperty()
                .addListener((o, a, d) -> size.setValue(
                        d == null
                                ? null
                                : org.packbench.label.design.LabelSize.PRESETS.stream()
                                        .filter(p -> p.widthMm() == d.template().widthMm()
                                                && p.heightMm() == d.template().heightMm())
                                        .findFirst()
                                        .orElse(null)));
        TextField sample = new TextField();
        sample.setId("designer-sample-sku");
        sample.setPromptText(text.get("designer.sample.prompt"));
        sample.setPrefColumnCount(22);
        sample.setOnAction(e -> model.setSample(Optional.of(sample.getText())));
        FlowPane bar = new FlowPane(
                8,
                6,
                tipped("designer.new", "designer.new.tip", "designer-new", sources::newTemplate),
                tipped("designer.open", "designer.open.tip", "designer-open", sources::openTemplate),
                tipped("designer.import", "designer.import.tip", "designer-import", sources::importGlabels),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                tipped("designer.saveForUse", "designer.saveForUse.tip", "designer-save", this::saveForUse),
                tipped("designer.saveDraft", "designer.saveDraft.tip", "designer-save-draft", this::saveDraft),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                tipped("designer.undo", "designer.undo.tip", "designer-undo", model::undo),
                tipped("designer.redo", "designer.redo.tip", "designer-redo", model::redo),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                size,
                new Label(text.get("designer.dpi")),
                dpi,
                tipped(
                        "designer.zoomOut",
                        "designer.zoomOut.tip",
                        "designer-zoom-out",
                        () -> canvas.zoom(canvas.zoom() / 1.5)),
                tipped(
                        "designer.zoomIn",
                        "designer.zoomIn.tip",
                        "designer-zoom-in",
                        () -> canvas.zoom(canvas.zoom() * 1.5)),
                tipped("designer.zoomFit", "designer.zoomFit.tip", "designer-zoom-fit", canvas::fit),
                sample);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox palette() {
        VBox box = new VBox(4);
        box.setMinHeight(0);
        box.getStyleClass().add("palette");
        box.setPrefWidth(150);
        Label add = new Label(text.get("designer.palette"));
        add.getStyleClass().add("field-label");
        box.getChildren().add(add);
        for (NewElement kind : NewElement.values()) {
            Button b = button("designer.add." + kind.name(), "designer-add-" + kind.name(), () -> addElement(kind));
            b.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(b);
        }
        Button picture = button("designer.add.PICTURE", "designer-add-PICTURE", sources::addPicture);
        picture.setMaxWidth(Double.MAX_VALUE);
        box.getChildren().add(picture);
        Label list = new Label(text.get("designer.elements"));
        list.getStyleClass().add("field-label");
        elements.setId("designer-elements");
        elements.setMinHeight(0);
        VBox.setVgrow(elements, Priority.ALWAYS);
        box.getChildren().addAll(list, elements);
        return box;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(text.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A toolbar button: short on the bar, its whole meaning and shortcut in the tooltip. */
    private Button tipped(String key, String tip, String id, Runnable action) {
        Button b = button(key, id, action);
        b.setTooltip(new javafx.scene.control.Tooltip(text.get(tip)));
        return b;
    }

    private void addElement(NewElement kind) {
        model.template().ifPresent(t -> {
            model.edit(
                    kind.at(t, model.snap(Math.min(2, t.widthMm() / 10)), model.snap(Math.min(2, t.heightMm() / 10))));
            canvas.canvas().requestFocus();
        });
    }

    private void listElements() {
        String keep = model.selectedProperty().get();
        List<String> ids = model.template()
                .map(t -> List.copyOf(org.packbench.label.design.Elements.ids(t)))
                .orElse(List.of());
        if (!ids.equals(elements.getItems())) {
            elements.getItems().setAll(ids);
        }
        if (keep != null && ids.contains(keep)) {
            elements.getSelectionModel().select(keep);
        }
    }

    /**
     * The canvas's keys: arrows move the picked element by one printer dot, with Shift by 1 mm;
     * Ctrl+arrows put it at that edge of the label, Ctrl+E in the middle across; Alt+arrows resize
     * it by one dot; Delete takes it off; Tab picks the next one; + and − change a text's size by
     * 1 pt.
     */
    private void canvasKey(KeyEvent k) {
        int dx = k.getCode() == KeyCode.LEFT ? -1 : k.getCode() == KeyCode.RIGHT ? 1 : 0;
        int dy = k.getCode() == KeyCode.UP ? -1 : k.getCode() == KeyCode.DOWN ? 1 : 0;
        if (k.isShortcutDown() && k.getCode() == KeyCode.E) {
            model.alignOnLabel(DotGrid.OnLabel.CENTER);
            k.consume();
        } else if (dx != 0 || dy != 0) {
            if (k.isShortcutDown()) {
                model.alignOnLabel(
                        dx < 0
                                ? DotGrid.OnLabel.LEFT
                                : dx > 0
                                        ? DotGrid.OnLabel.RIGHT
                                        : dy < 0 ? DotGrid.OnLabel.TOP : DotGrid.OnLabel.BOTTOM);
            } else if (k.isAltDown()) {
                panel.resizeByDots(dx, dy);
            } else if (k.isShiftDown()) {
                model.nudgeMm(dx, dy);
            } else {
                model.nudgeDots(dx, dy);
            }
            k.consume();
        } else if (k.getCode() == KeyCode.DELETE || k.getCode() == KeyCode.BACK_SPACE) {
            Optional.ofNullable(model.selectedProperty().get()).ifPresent(id -> model.edit(new Edit.Remove(id)));
            k.consume();
        } else if (k.getCode() == KeyCode.TAB) {
            pickNext(k.isShiftDown() ? -1 : 1);
            k.consume();
        }
    }

    /** + and − by the character typed, so they work on a Russian layout and on the keypad alike. */
    private void canvasChar(KeyEvent k) {
        switch (k.getCharacter()) {
            case "+", "=" -> panel.stepFontSize(1);
            case "-", "−" -> panel.stepFontSize(-1);
            default -> {
                return;
            }
        }
        k.consume();
    }

    private void pickNext(int step) {
        List<String> ids = elements.getItems();
        if (ids.isEmpty()) {
            return;
        }
        int at = ids.indexOf(model.selectedProperty().get());
        model.selectedProperty().set(ids.get(Math.floorMod(at + step, ids.size())));
    }

    /** What is typed in the panel counts: a value not yet entered is entered before saving. */
    private void saveForUse() {
        panel.commitTyping();
        model.saveForUse();
    }

    private void saveDraft() {
        panel.commitTyping();
        model.saveDraft();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        if (model.template().isEmpty()) {
            model.openSaved(FIRST_SHOWN);
        }
        canvas.fitWhenShown();
        javafx.application.Platform.runLater(() -> canvas.canvas().requestFocus());
    }

    /** Elements sit in a box; the watermark alone covers the label. */
    static boolean boxed(Element e) {
        return e instanceof Element.Boxed;
    }

    /** An HBox with a caption and a control, as the panel lays its fields out. */
    static HBox row(String caption, Node control) {
        Label l = new Label(caption);
        l.setMinWidth(110);
        HBox row = new HBox(8, l, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
