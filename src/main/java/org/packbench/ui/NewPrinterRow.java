package org.packbench.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.packbench.ui.model.PrintersModel;
import org.packbench.ui.model.UiText;

/**
 * The row of Принтеры that adds a printer: name, language, resolution, address and label size,
 * each field named above it, Enter in any of them adding it as the button does.
 */
final class NewPrinterRow {
    private final PrintersModel model;
    private final UiText text;
    private final TextField name = new TextField();
    private final ComboBox<String> language = new ComboBox<>();
    private final ComboBox<Integer> dpi = new ComboBox<>();
    private final TextField transport = new TextField();
    private final TextField size = new TextField();
    private final HBox node;

    NewPrinterRow(PrintersModel model, UiText text) {
        this.model = model;
        this.text = text;
        name.setId("printer-name");
        name.setPromptText(text.get("printers.add.name"));
        language.setId("printer-language");
        language.getItems().addAll(model.languages());
        language.setValue(model.languages().get(0));
        dpi.setId("printer-dpi");
        dpi.getItems().addAll(model.resolutions());
        dpi.setValue(model.resolutions().get(0));
        transport.setId("printer-transport");
        transport.setPromptText("tcp://192.0.2.10:9100 · spooler://QUEUE · serial:///dev/ttyUSB0?baud=9600");
        size.setId("printer-size");
        size.setPromptText(text.get("printers.add.size"));
        size.setPrefColumnCount(7);
        Button add = new Button(text.get("printers.add"));
        add.setId("printer-add");
        add.setOnAction(e -> add());
        // Each field says what it wants (a prompt disappears as soon as one types).
        VBox transportField = field("printers.add.transportLabel", transport);
        HBox.setHgrow(transportField, Priority.ALWAYS);
        node = new HBox(
                8,
                field("printers.add.nameLabel", name),
                field("printers.add.languageLabel", language),
                field("printers.add.dpiLabel", dpi),
                transportField,
                field("printers.add.sizeLabel", size),
                add);
        node.setAlignment(Pos.BOTTOM_LEFT);
        // Only the address gives way on a narrow screen: a choice cut to "…" cannot be read.
        for (Control c : new Control[] {language, dpi, add}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        node.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            boolean choosing = k.getTarget() instanceof ComboBox<?> box && box.isShowing();
            if (k.getCode() == KeyCode.ENTER && !choosing) {
                k.consume();
                add();
            }
        });
    }

    Node node() {
        return node;
    }

    /** The cursor in the name field: typing starts a new printer. */
    void focus() {
        name.requestFocus();
    }

    /** A form field with its name above it. */
    private VBox field(String key, Control control) {
        Label label = new Label(text.get(key));
        label.getStyleClass().add("muted");
        label.setLabelFor(control);
        control.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, label, control);
    }

    private void add() {
        model.add(
                new PrintersModel.NewPrinter(
                        name.getText(), language.getValue(), dpi.getValue(), transport.getText(), size.getText()),
                () -> {
                    name.clear();
                    transport.clear();
                });
    }
}
