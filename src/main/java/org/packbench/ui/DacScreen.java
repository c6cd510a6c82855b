package org.packbench.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.packbench.app.Workbench;
import org.packbench.ui.model.DacModel;
import org.packbench.ui.model.UiText;

/** DAC: the seller's VK codes with their validity, and adding the new code when VK issues it. */
public final class DacScreen implements Screen {
    private final UiText text;
    private final DacModel model;

    private final VBox root = new VBox(14);
    private final TextField code = new TextField();
    private final DatePicker issued = DateField.picker(null);
    private final TableView<DacModel.Row> table = new TableView<>();

    public DacScreen(Workbench workbench, UiText text, Background background) {
        this.text = text;
        this.model = new DacModel(workbench.dacs(), text, background);
        build();
    }

    private void build() {
        Label title = new Label(text.get("nav.dac"));
        title.getStyleClass().add("screen-title");
        Label explain = new Label(text.get("dac.explain"));
        explain.getStyleClass().add("muted");
        explain.setWrapText(true);
        code.setId("dac-code");
        code.setPromptText(text.get("dac.code"));
        code.getStyleClass().add("scan-field");
        issued.setId("dac-issued");
        issued.setPromptText(text.get("dac.issued"));
        issued.setPrefWidth(220);
        issued.getStyleClass().add("scan-field");
        Button add = new Button(text.get("dac.add"));
        add.setId("dac-add");
        add.getStyleClass().add("primary");
        add.setOnAction(e -> add());
        // Enter adds the code, as in the code field; the typed text is read even before the picker commits it.
        issued.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER) {
                k.consume();
                add();
            }
        });
        HBox.setHgrow(code, Priority.ALWAYS);
        Button remove = new Button(text.get("dac.remove"));
        remove.setId("dac-remove");
        remove.setOnAction(e -> removeSelected());
        HBox form = new HBox(12, code, issued, add, remove);
        form.setAlignment(Pos.CENTER_LEFT);
        Label status = StatusLabel.of(model.status(), "dac-status");

        table.setId("dac-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(text.get("dac.none")));
        table.getColumns().add(TextColumns.of(text, "dac.col.code", DacModel.Row::code));
        table.getColumns().add(TextColumns.of(text, "dac.col.issued", DacModel.Row::issued));
        table.getColumns().add(TextColumns.of(text, "dac.col.lastDay", DacModel.Row::lastDay));
        table.getColumns().add(TextColumns.of(text, "dac.col.status", DacModel.Row::status));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DacModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("row-bad", "row-warn");
                if (!empty && row != null) {
                    switch (row.standing()) {
                        case UNUSABLE -> getStyleClass().add("row-bad");
                        case EXPIRING_SOON -> getStyleClass().add("row-warn");
                        default -> {}
                    }
                }
            }
        });
        table.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.DELETE) {
                removeSelected();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, explain, form, status, table);
        root.getStyleClass().add("screen");
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        model.refresh();
        code.requestFocus();
    }

    private void add() {
        boolean sent = model.add(
                code.getText(), DateField.value(issued), issued.getEditor().getText(), () -> {
                    code.clear();
                    issued.setValue(null);
                    issued.getEditor().clear();
                    code.requestFocus();
                });
        if (!sent) {
            issued.requestFocus();
        }
    }

    /** Del or the button: the selected code goes, after a yes; labels already printed keep it. */
    private void removeSelected() {
        DacModel.Row row = table.getSelectionModel().getSelectedItem();
        if (model.canRemove(row) && Confirm.yes(text, model.removeQuestion(row))) {
            model.remove(row, code::requestFocus);
        }
    }
}
