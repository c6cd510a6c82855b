package org.packbench.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.packbench.app.Workbench;
import org.packbench.marketplace.LabelLogEntry;

/** Журнал: the labels of a day (today by default) with what the checks and the readback said, filtered as the supervisor types. */
public final class LogScreen implements Screen {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Workbench workbench;
    private final UiText text;
    private final Background background;

    private final VBox root = new VBox(12);
    private final DatePicker day = new DatePicker(LocalDate.now());
    private final TextField filter = new TextField();
    private final ComboBox<String> status = new ComboBox<>();
    private final Label count = new Label();
    private final TableView<LabelLogEntry> table = new TableView<>();
    private FilteredList<LabelLogEntry> shown = new FilteredList<>(FXCollections.observableArrayList());

    public LogScreen(Workbench workbench, UiText text, Background background) {
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        build();
    }

    private void build() {
        Label title = new Label(text.get("nav.log"));
        title.getStyleClass().add("screen-title");
        day.setId("log-day");
        day.setOnAction(e -> refresh());
        filter.setId("log-filter");
        filter.setPromptText(text.get("log.filter"));
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.textProperty().addListener((o, a, b) -> applyFilter());
        status.setId("log-status");
        status.getItems().addAll("", "issued", "refused", "voided");
        status.setValue("");
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? text.get("log.status.all") : text.get("log.status." + code);
            }

            @Override
            public String fromString(String shown) {
                return shown;
            }
        });
        status.setOnAction(e -> applyFilter());
        count.setId("log-count");
        count.getStyleClass().add("muted");
        javafx.scene.control.Button voidButton = new javafx.scene.control.Button(text.get("log.void"));
        voidButton.setId("log-void");
        voidButton.setOnAction(e -> voidSelected());
        HBox tools = new HBox(12, day, filter, status, voidButton, count);
        tools.setAlignment(Pos.CENTER_LEFT);

        table.setId("log-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(text.get("log.empty")));
        table.getColumns().add(TextColumns.of(text, "log.col.time", e -> TIME.format(e.createdAt())));
        table.getColumns().add(TextColumns.of(text, "log.col.label", LabelLogEntry::labelId));
        table.getColumns().add(TextColumns.of(text, "log.col.template", LabelLogEntry::template));
        table.getColumns().add(TextColumns.of(text, "log.col.sku", LabelLogEntry::sku));
        table.getColumns().add(TextColumns.of(text, "log.col.order", e -> e.order().isEmpty() ? e.sscc() : e.order()));
        table.getColumns().add(TextColumns.of(text, "log.col.tracking", LabelLogEntry::tracking));
        table.getColumns().add(TextColumns.of(text, "log.col.status", e -> text.get("log.status." + e.status())
                + (e.voidReason().isEmpty() ? "" : ": " + e.voidReason())));
        table.getColumns().add(TextColumns.of(text, "log.col.checks", e -> e.checks() + " · " + e.readback()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LabelLogEntry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().remove("row-bad");
                if (!empty && e != null && !"issued".equals(e.status())) {
                    getStyleClass().add("row-bad");
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, tools, table);
        root.getStyleClass().add("screen");
    }


    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        refresh();
        filter.requestFocus();
    }

    /** Voids the selected label after asking why; its copies are refused at dispatch from then on. */
    private void voidSelected() {
        LabelLogEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry == null || !"issued".equals(entry.status())) {
            return;
        }
        ReasonDialog.ask(text, "log.void", entry.labelId()).ifPresent(reason -> {
            Task<Void> task = new Task<>() {
                @Override
                protected Void call() {
                    workbench.dispatchRecords().voidLabel(entry.id(), reason);
                    return null;
                }
            };
            task.setOnSucceeded(e -> refresh());
            background.run(task);
        });
    }

    private void refresh() {
        LocalDate d = day.getValue() == null ? LocalDate.now() : day.getValue();
        Task<List<LabelLogEntry>> task = new Task<>() {
            @Override
            protected List<LabelLogEntry> call() {
                return workbench.labelsOn(d);
            }
        };
        task.setOnSucceeded(e -> {
            shown = new FilteredList<>(FXCollections.observableArrayList(task.getValue()));
            table.setItems(shown);
            applyFilter();
        });
        background.run(task);
    }

    private void applyFilter() {
        String needle = filter.getText().strip().toLowerCase(Locale.ROOT);
        String wanted = status.getValue() == null ? "" : status.getValue();
        shown.setPredicate(e -> (wanted.isEmpty() || wanted.equals(e.status()))
                && (needle.isEmpty() || (e.labelId() + " " + e.sku() + " " + e.order() + " " + e.tracking() + " " + e.sscc())
                        .toLowerCase(Locale.ROOT).contains(needle)));
        count.setText(text.get("log.count", shown.size(), shown.getSource().size()));
    }
}
