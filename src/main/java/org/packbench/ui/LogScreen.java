package org.packbench.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.packbench.app.Workbench;
import org.packbench.marketplace.LabelLogEntry;
import org.packbench.ui.model.LogModel;
import org.packbench.ui.model.UiText;

/** Журнал: the labels of a day (today by default) with what the checks and the readback said, filtered as the supervisor types. */
public final class LogScreen implements Screen {
    private final UiText text;
    private final LogModel model;

    private final VBox root = new VBox(12);
    private final DatePicker day;
    private final TextField filter = new TextField();
    private final TableView<LabelLogEntry> table = new TableView<>();

    public LogScreen(Workbench workbench, UiText text, Background background) {
        this.text = text;
        this.model = new LogModel(workbench.labelLog(), workbench.clock(), text, background);
        this.day = DateField.picker(model.today());
        build();
    }

    private void build() {
        Label title = new Label(text.get("nav.log"));
        title.getStyleClass().add("screen-title");
        Label chain = StatusLabel.of(model.chain(), "log-chain");
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, chain, tools(), exporting(), table);
        KeyCombination ctrlE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
        KeyCombination delete = new KeyCodeCombination(KeyCode.DELETE);
        root.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (ctrlE.match(k)) {
                exportDay();
                k.consume();
            } else if (delete.match(k) && table.isFocused()) {
                voidSelected();
                k.consume();
            }
        });
        root.getStyleClass().add("screen");
    }

    /** The day, the filter, the status, and what can be done with the day. */
    private HBox tools() {
        day.setId("log-day");
        day.setOnAction(e -> model.load(DateField.value(day)));
        filter.setId("log-filter");
        filter.setPromptText(text.get("log.filter"));
        filter.setPrefColumnCount(12);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.textProperty().bindBidirectional(model.filter());
        ComboBox<String> status = statusChoice();
        Label count = new Label();
        count.setId("log-count");
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.count());
        Button voidButton = new Button(text.get("log.voidButton"));
        voidButton.setId("log-void");
        voidButton.setOnAction(e -> voidSelected());
        Button export = new Button(text.get("log.export"));
        export.setId("log-export");
        export.setOnAction(e -> exportDay());
        for (Control c : new Control[] {voidButton, export, count, status}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox tools = new HBox(12, day, filter, status, voidButton, export, count);
        tools.setAlignment(Pos.CENTER_LEFT);
        return tools;
    }

    private ComboBox<String> statusChoice() {
        ComboBox<String> status = new ComboBox<>();
        status.setId("log-status");
        status.getItems().addAll(model.statuses());
        status.valueProperty().bindBidirectional(model.status());
        status.setConverter(ShownAs.names(model::statusName));
        return status;
    }

    /** The last answer, and while the day is exported, how far it has got and a way to stop it. */
    private HBox exporting() {
        Label message = StatusLabel.of(model.message(), "log-message");
        ProgressBar progress = new ProgressBar();
        progress.setId("log-progress");
        progress.progressProperty().bind(model.exported());
        progress.visibleProperty().bind(model.exporting());
        Button cancel = new Button(text.get("log.export.cancel"));
        cancel.setId("log-export-cancel");
        cancel.visibleProperty().bind(model.exporting());
        cancel.setOnAction(e -> model.cancelExport());
        HBox exporting = new HBox(12, message, progress, cancel);
        exporting.setAlignment(Pos.CENTER_LEFT);
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        exporting.managedProperty().bind(message.textProperty().isNotEmpty().or(progress.visibleProperty()));
        exporting.visibleProperty().bind(exporting.managedProperty());
        return exporting;
    }

    private static <T> TableColumn<T, String> sized(TableColumn<T, String> c, double width) {
        c.setPrefWidth(width);
        return c;
    }

    private void buildTable() {
        table.setId("log-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.placeholder());
        table.setPlaceholder(placeholder);
        // Widths in proportion to what each column holds at 1366×768: a time is short, a template
        // with its version («vk-product-58x40 v2») and an order number are long.
        table.getColumns().add(sized(TextColumns.of(text, "log.col.time", model::time), 80));
        table.getColumns().add(sized(TextColumns.of(text, "log.col.label", LabelLogEntry::labelId), 100));
        table.getColumns().add(sized(TextColumns.of(text, "log.col.template", LabelLogEntry::templateShown), 175));
        table.getColumns().add(sized(TextColumns.of(text, "log.col.sku", LabelLogEntry::sku), 110));
        table.getColumns().add(sized(TextColumns.of(text, "log.col.order", model::orderOf), 150));
        table.getColumns().add(sized(TextColumns.of(text, "log.col.tracking", LabelLogEntry::tracking), 130));
        table.getColumns().add(sized(TextColumns.of(text, "log.col.status", model::statusOf), 100));
        table.getColumns().add(sized(TextColumns.of(text, "log.col.dispatch", model::dispatchOf), 110));
        table.getColumns().add(sized(TextColumns.of(text, "log.col.checks", model::checksOf), 150));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LabelLogEntry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().remove("row-bad");
                if (!empty && e != null && model.isBad(e)) {
                    getStyleClass().add("row-bad");
                }
            }
        });
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        model.opened(DateField.value(day));
        filter.requestFocus();
    }

    /** Voids the selected label after asking why; its copies are refused at dispatch from then on. */
    private void voidSelected() {
        LabelLogEntry entry = table.getSelectionModel().getSelectedItem();
        if (model.canVoid(entry)) {
            ReasonDialog.ask(text, "log.void", entry.labelId()).ifPresent(reason -> model.voidLabel(entry, reason));
        }
    }

    /** Ctrl+E: the day in CSV, XLSX and PDF, where the label log service says a day's export goes. */
    void exportDay() {
        model.export(DateField.value(day), filter::requestFocus);
    }
}
