package org.packbench.ui;

import org.packbench.ui.model.UiText;
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
    private final DatePicker day;
    private final TextField filter = new TextField();
    private final ComboBox<String> status = new ComboBox<>();
    private final Label count = new Label();
    private final Label chain = new Label();
    private final Label message = new Label();
    private final javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
    private final javafx.scene.control.Button cancel = new javafx.scene.control.Button();
    private volatile boolean exportCancelled;
    private final TableView<LabelLogEntry> table = new TableView<>();
    private FilteredList<LabelLogEntry> shown = new FilteredList<>(FXCollections.observableArrayList());
    /** Where each label of the day stands for dispatch, by label id. */
    private java.util.Map<Long, org.packbench.verify.dispatch.DispatchState> dispatch = java.util.Map.of();
    /** The day loaded; false while this person may not see it, when the table explains nothing. */
    private boolean loaded;

    public LogScreen(Workbench workbench, UiText text, Background background) {
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        this.day = DateField.picker(LocalDate.now(workbench.clock()));
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
        javafx.scene.control.Button voidButton = new javafx.scene.control.Button(text.get("log.voidButton"));
        voidButton.setId("log-void");
        voidButton.setOnAction(e -> voidSelected());
        javafx.scene.control.Button export = new javafx.scene.control.Button(text.get("log.export"));
        export.setId("log-export");
        export.setOnAction(e -> exportDay());
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {voidButton, export, count, status}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        filter.setPrefColumnCount(12);
        HBox tools = new HBox(12, day, filter, status, voidButton, export, count);
        tools.setAlignment(Pos.CENTER_LEFT);
        chain.setId("log-chain");
        chain.setWrapText(true);
        message.setId("log-message");
        message.setWrapText(true);
        progress.setId("log-progress");
        progress.setVisible(false);
        cancel.setText(text.get("log.export.cancel"));
        cancel.setId("log-export-cancel");
        cancel.setVisible(false);
        cancel.setOnAction(e -> exportCancelled = true);
        HBox exporting = new HBox(12, message, progress, cancel);
        exporting.setAlignment(Pos.CENTER_LEFT);
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        exporting.managedProperty().bind(message.textProperty().isNotEmpty().or(progress.visibleProperty()));
        exporting.visibleProperty().bind(exporting.managedProperty());

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
        table.getColumns().add(TextColumns.of(text, "log.col.dispatch", e -> dispatch.containsKey(e.id())
                ? text.get("log.dispatch." + dispatch.get(e.id()).code()) : "—"));
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
        root.getChildren().addAll(title, chain, tools, exporting, table);
        javafx.scene.input.KeyCombination ctrlE = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.E,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
        javafx.scene.input.KeyCombination delete = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.DELETE);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
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


    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        message.setText("");
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
                    workbench.labelLog().voidLabel(entry.id(), reason);
                    return null;
                }
            };
            task.setOnSucceeded(e -> refresh());
            task.setOnFailed(e -> fail(task.getException()));
            background.run(task);
        });
    }

    private void refresh() {
        LocalDate d = chosenDay();
        record Day(List<LabelLogEntry> labels, java.util.Map<Long, org.packbench.verify.dispatch.DispatchState> dispatch) {
        }
        Task<Day> task = new Task<>() {
            @Override
            protected Day call() {
                return new Day(workbench.labelLog().labelsOn(d), workbench.labelLog().dispatchOn(d));
            }
        };
        task.setOnSucceeded(e -> {
            loaded = true;
            dispatch = task.getValue().dispatch();
            shown = new FilteredList<>(FXCollections.observableArrayList(task.getValue().labels()));
            table.setItems(shown);
            applyFilter();
            checkChain();
        });
        task.setOnFailed(e -> {
            // a packer, or a supervisor whose session lapsed: say so instead of an empty table
            loaded = false;
            shown = new FilteredList<>(FXCollections.observableArrayList());
            table.setItems(shown);
            // not "no labels today": the labels are there, this person may not see them
            table.setPlaceholder(new Label(""));
            chain.setText("");
            fail(task.getException());
        });
        background.run(task);
    }

    /**
     * The whole chain, walked in the background, and the database held against what is kept outside
     * it: the first broken entry or the first sign of tampering in red, or how many entries hold.
     */
    private void checkChain() {
        record Checked(org.packbench.journal.ChainCheck.Report chain, java.util.List<org.packbench.i18n.Message> tampering) {
        }
        Task<Checked> task = new Task<>() {
            @Override
            protected Checked call() {
                org.packbench.app.LabelLogService log = workbench.labelLog();
                return new Checked(log.verify(), log.tampering());
            }
        };
        task.setOnSucceeded(e -> {
            Checked r = task.getValue();
            boolean sound = r.chain().intact() && r.tampering().isEmpty();
            chain.getStyleClass().setAll("label", sound ? "status-ok" : "status-error");
            java.util.List<String> lines = new java.util.ArrayList<>();
            r.chain().broken().ifPresent(b -> lines.add(text.of(b.message())));
            r.tampering().forEach(t -> lines.add(text.of(t)));
            chain.setText(sound ? text.of(org.packbench.i18n.Message.of("log.intact", r.chain().checked(),
                    r.chain().headHash())) : String.join("\n", lines));
        });
        background.run(task);
    }

    /** Ctrl+E: the day in CSV, XLSX and PDF, to the end-of-day folder if one is set, else PackBench/exports at home. */
    void exportDay() {
        LocalDate d = chosenDay();
        exportCancelled = false;
        progress.setVisible(true);
        cancel.setVisible(true);
        message.setText(text.get("log.exporting"));
        message.getStyleClass().setAll("label");
        Task<List<java.nio.file.Path>> task = new Task<>() {
            @Override
            protected List<java.nio.file.Path> call() {
                java.nio.file.Path folder = workbench.config().get(org.packbench.app.LogAutoExport.FOLDER_SETTING)
                        .map(java.nio.file.Path::of)
                        .orElse(java.nio.file.Path.of(System.getProperty("user.home"), "PackBench", "exports"));
                List<org.packbench.app.LabelLogService.Format> all = List.of(org.packbench.app.LabelLogService.Format.values());
                List<java.nio.file.Path> written = new java.util.ArrayList<>();
                org.packbench.app.LabelLogService log = workbench.labelLog();
                for (int i = 0; i < all.size() && !exportCancelled; i++) {
                    updateProgress(i, all.size());
                    written.addAll(log.exportFiles(log.period(d, d), List.of(all.get(i)), folder, ';', text.locale(),
                            () -> exportCancelled));
                }
                updateProgress(all.size(), all.size());
                return written;
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            done();
            message.getStyleClass().setAll("label", "status-ok");
            message.setText(exportCancelled ? text.get("log.export.cancelled", task.getValue().size())
                    : text.get("log.exported", String.join(", ", task.getValue().stream()
                    .map(java.nio.file.Path::toString).toList())));
        });
        task.setOnFailed(e -> {
            done();
            fail(task.getException());
        });
        background.run(task);
    }

    private void done() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        cancel.setVisible(false);
        filter.requestFocus();
    }

    private void fail(Throwable t) {
        message.getStyleClass().setAll("label", "status-error");
        message.setText(text.failure(t));
    }

    private void applyFilter() {
        // A tracking label or QR scanned into the filter under the Russian layout (КГ…МЛ) is read
        // as the keys typed it, by the same ScanInput rule as Упаковка and Отгрузка.
        String needle = new org.packbench.scan.ScanInput(java.util.Optional.empty(),
                t -> shown.getSource().stream().anyMatch(e -> matches(e, t.strip().toLowerCase(Locale.ROOT))))
                .read(filter.getText()).strip().toLowerCase(Locale.ROOT);
        String wanted = status.getValue() == null ? "" : status.getValue();
        shown.setPredicate(e -> (wanted.isEmpty() || wanted.equals(e.status())) && (needle.isEmpty() || matches(e, needle)));
        count.setText(text.get("log.count", shown.size(), shown.getSource().size()));
        if (loaded) {
            // An empty day and a filter that matches nothing are different news.
            table.setPlaceholder(new Label(text.get(shown.getSource().isEmpty() ? "log.empty" : "log.noMatch")));
        }
    }

    private static boolean matches(org.packbench.marketplace.LabelLogEntry e, String needle) {
        return (e.labelId() + " " + e.sku() + " " + e.order() + " " + e.tracking() + " " + e.sscc())
                .toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The day in the date field; today when it holds no date (the field itself says ДД.ММ.ГГГГ). */
    private LocalDate chosenDay() {
        return DateField.value(day).orElse(LocalDate.now(workbench.clock()));
    }
}
