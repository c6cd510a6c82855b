package org.packbench.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.packbench.app.Workbench;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.vk.Dac;

/** DAC: the seller's VK codes with their validity, and adding the new code when VK issues it. */
public final class DacScreen implements Screen {
    private final Workbench workbench;
    private final UiText text;
    private final Background background;

    private final VBox root = new VBox(14);
    private final TextField code = new TextField();
    private final javafx.scene.control.DatePicker issued = DateField.picker(null);
    private final Label status = new Label();
    private final TableView<Dac> table = new TableView<>();
    private LocalDate today;

    public DacScreen(Workbench workbench, UiText text, Background background) {
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        this.today = LocalDate.now(workbench.clock());
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
        issued.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == javafx.scene.input.KeyCode.ENTER) {
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
        status.setId("dac-status");
        status.setWrapText(true);

        table.setId("dac-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(text.get("dac.none")));
        table.getColumns().add(TextColumns.of(text, "dac.col.code", Dac::code));
        table.getColumns().add(TextColumns.of(text, "dac.col.issued", d -> LabelValues.date(d.issuedOn())));
        table.getColumns().add(TextColumns.of(text, "dac.col.lastDay", d -> LabelValues.date(d.lastValidDay())));
        table.getColumns().add(TextColumns.of(text, "dac.col.status", d -> text.get("dac.status." + d.status(today).name())
                + " (" + text.get("dac.daysLeft", d.daysLeft(today)) + ")"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Dac d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().removeAll("row-bad", "row-warn");
                if (!empty && d != null) {
                    switch (d.status(today)) {
                        case EXPIRED, NOT_YET_VALID -> getStyleClass().add("row-bad");
                        case EXPIRING_SOON -> getStyleClass().add("row-warn");
                        default -> { }
                    }
                }
            }
        });
        table.setOnKeyPressed(k -> {
            if (k.getCode() == javafx.scene.input.KeyCode.DELETE) {
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
        refresh();
        code.requestFocus();
    }

    private void refresh() {
        Task<List<Dac>> task = new Task<>() {
            @Override
            protected List<Dac> call() {
                return workbench.dacs().all();
            }
        };
        task.setOnSucceeded(e -> {
            today = workbench.dacs().today();
            table.setItems(FXCollections.observableArrayList(task.getValue()));
        });
        background.run(task);
    }

    private void add() {
        String c = code.getText();
        java.util.Optional<LocalDate> typed = DateField.value(issued);
        if (typed.isEmpty()) {
            fail(text.get("dac.dateFormat", issued.getEditor().getText()));
            issued.requestFocus();
            return;
        }
        LocalDate day = typed.get();
        Task<Dac> task = new Task<>() {
            @Override
            protected Dac call() {
                return workbench.dacs().add(c, day);
            }
        };
        task.setOnSucceeded(e -> {
            Dac d = task.getValue();
            status.getStyleClass().setAll("label", "status-ok");
            status.setText(text.get("dac.added", d.code(), LabelValues.date(d.lastValidDay())));
            code.clear();
            issued.setValue(null);
            issued.getEditor().clear();
            refresh();
            code.requestFocus();
        });
        task.setOnFailed(e -> fail(text.failure(task.getException())));
        background.run(task);
    }

    /** Del or the button: the selected code goes, after a yes; labels already printed keep it. */
    private void removeSelected() {
        Dac d = table.getSelectionModel().getSelectedItem();
        if (d == null) {
            fail(text.get("dac.remove.none"));
            return;
        }
        if (!Confirm.yes(text, text.get("dac.remove.confirm", d.code()))) {
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                workbench.dacs().remove(d.code());
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            status.getStyleClass().setAll("label", "status-ok");
            status.setText(text.get("dac.removed", d.code()));
            refresh();
            code.requestFocus();
        });
        task.setOnFailed(e -> fail(text.failure(task.getException())));
        background.run(task);
    }

    private void fail(String message) {
        status.getStyleClass().setAll("label", "status-error");
        status.setText(message);
    }
}
