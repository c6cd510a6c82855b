package org.packbench.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.packbench.app.Workbench;
import org.packbench.ui.model.PrintersModel;
import org.packbench.ui.model.PrintersModel.JobRow;
import org.packbench.ui.model.PrintersModel.PrinterRow;
import org.packbench.ui.model.UiText;

/**
 * Принтеры: each printer with the state it reports (paper out, head open, paused, offline), the
 * test and calibration label, and the queue with retry and cancel. {@link PrintersModel} asks the
 * printers in the background; the table fills in as answers come.
 */
public final class PrintersScreen implements Screen {
    private final UiText text;
    private final PrintersModel model;

    private final VBox root = new VBox(12);
    private final TableView<PrinterRow> printers = new TableView<>();
    private final TableView<JobRow> jobs = new TableView<>();
    private final NewPrinterRow addRow;

    public PrintersScreen(Workbench workbench, UiText text, Background background) {
        this.text = text;
        this.model = new PrintersModel(workbench, text, background);
        this.addRow = new NewPrinterRow(model, text);
        build();
    }

    private void build() {
        Label title = new Label(text.get("nav.printers"));
        title.getStyleClass().add("screen-title");
        buildPrinters();
        buildJobs();
        Label status = StatusLabel.of(model.status(), "printers-status");
        root.getChildren()
                .addAll(title, printers, addRow.node(), tools(), status, new Label(text.get("queue.title")), jobs);
        root.getStyleClass().add("screen");
        ScreenKeys.of(root)
                .on(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), this::testLabel)
                .on(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::retry);
    }

    private void buildPrinters() {
        printers.setId("printers-table");
        printers.setItems(model.printers());
        printers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        printers.setPlaceholder(new Label(text.get("printers.none")));
        printers.getColumns().add(TextColumns.of(text, "printers.col.name", PrinterRow::name));
        printers.getColumns().add(TextColumns.of(text, "printers.col.language", PrinterRow::language));
        printers.getColumns().add(TextColumns.of(text, "printers.col.dpi", PrinterRow::dpi));
        printers.getColumns().add(TextColumns.of(text, "printers.col.transport", PrinterRow::transport));
        TableColumn<PrinterRow, String> state = new TableColumn<>(text.get("printers.col.state"));
        // The state arrives after the row: the cell follows it.
        state.setCellValueFactory(cell -> cell.getValue().stateProperty());
        printers.getColumns().add(state);
        printers.setPrefHeight(200);
        printers.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.DELETE) {
                removeSelected();
            }
        });
    }

    /** A row that wraps rather than cuts the shortcut off a button on a 1366 px screen. */
    private FlowPane tools() {
        FlowPane tools = new FlowPane(
                12,
                8,
                button("printers.test", "printers-test", this::testLabel),
                button("printers.refresh", "printers-refresh", model::refresh),
                button("queue.retry", "queue-retry", this::retry),
                button(
                        "queue.cancel",
                        "queue-cancel",
                        () -> model.cancel(jobs.getSelectionModel().getSelectedItem())),
                button("queue.reprint", "queue-reprint", this::reprint),
                button("printers.remove", "printers-remove", this::removeSelected));
        tools.setAlignment(Pos.CENTER_LEFT);
        return tools;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(text.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void buildJobs() {
        jobs.setId("queue-table");
        jobs.setItems(model.jobs());
        jobs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        jobs.setPlaceholder(new Label(text.get("queue.empty")));
        jobs.getColumns().add(TextColumns.of(text, "queue.col.id", JobRow::number));
        jobs.getColumns().add(TextColumns.of(text, "queue.col.printer", JobRow::printer));
        jobs.getColumns().add(TextColumns.of(text, "queue.col.label", JobRow::label));
        jobs.getColumns().add(TextColumns.of(text, "queue.col.status", JobRow::status));
        jobs.getColumns().add(TextColumns.of(text, "queue.col.attempts", JobRow::attempts));
        jobs.getColumns().add(TextColumns.of(text, "queue.col.error", JobRow::error));
        VBox.setVgrow(jobs, Priority.ALWAYS);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        model.refresh();
        // Keys work at once: typing starts a new printer, Ctrl+T and Ctrl+R act on the tables.
        addRow.focus();
    }

    /** Reloads the printers and the queue, then asks each printer for its state. */
    public void refresh() {
        model.refresh();
    }

    private void testLabel() {
        model.printTest(printers.getSelectionModel().getSelectedItem());
    }

    private void retry() {
        model.retry(jobs.getSelectionModel().getSelectedItem());
    }

    /** Del on the printers or the button: the selected printer goes, after a yes, once nothing waits for it. */
    private void removeSelected() {
        PrinterRow selected = printers.getSelectionModel().getSelectedItem();
        if (selected != null && Confirm.yes(text, model.removeQuestion(selected))) {
            model.remove(selected);
        }
    }

    /** A reprint asks for its reason first. */
    private void reprint() {
        JobRow selected = jobs.getSelectionModel().getSelectedItem();
        if (selected != null) {
            ReasonDialog.ask(text, "queue.reprint", model.reprintSubject(selected))
                    .ifPresent(reason -> model.reprint(selected, reason));
        }
    }
}
