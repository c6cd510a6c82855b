package org.packbench.ui;

import org.packbench.ui.model.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.packbench.app.Workbench;
import org.packbench.print.DeliverNow;
import org.packbench.print.JobStatus;
import org.packbench.print.PrintJob;
import org.packbench.print.PrinterProfile;

/**
 * Принтеры: each printer with the state it reports (paper out, head open, paused, offline), the
 * test and calibration label, and the queue with retry and cancel. Asking a printer for its
 * state is device I/O, so it runs in the background and the table fills in as answers come.
 */
public final class PrintersScreen implements Screen {
    private final Workbench workbench;
    private final UiText text;
    private final Background background;

    private final VBox root = new VBox(12);
    private final TableView<PrinterProfile> printers = new TableView<>();
    private final TableView<PrintJob> jobs = new TableView<>();
    private final Label status = new Label();
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final NewPrinterRow addRow;

    public PrintersScreen(Workbench workbench, UiText text, Background background) {
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        this.addRow = new NewPrinterRow(workbench, text, background, this::added, this::fail);
        build();
    }

    private void build() {
        Label title = new Label(text.get("nav.printers"));
        title.getStyleClass().add("screen-title");
        printers.setId("printers-table");
        printers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        printers.setPlaceholder(new Label(text.get("printers.none")));
        printers.getColumns().add(TextColumns.of(text, "printers.col.name", PrinterProfile::name));
        printers.getColumns().add(TextColumns.of(text, "printers.col.language", p -> p.language().code().toUpperCase()));
        printers.getColumns().add(TextColumns.of(text, "printers.col.dpi", p -> Integer.toString(p.dpi())));
        printers.getColumns().add(TextColumns.of(text, "printers.col.transport", p -> p.transport().toString()));
        printers.getColumns().add(TextColumns.of(text, "printers.col.state", p -> states.getOrDefault(p.name(), text.get("printers.asking"))));
        printers.setPrefHeight(200);

        Button test = new Button(text.get("printers.test"));
        test.setId("printers-test");
        test.setOnAction(e -> testLabel());
        Button refresh = new Button(text.get("printers.refresh"));
        refresh.setId("printers-refresh");
        refresh.setOnAction(e -> refresh());
        Button retry = new Button(text.get("queue.retry"));
        retry.setId("queue-retry");
        retry.setOnAction(e -> retry());
        Button cancel = new Button(text.get("queue.cancel"));
        cancel.setId("queue-cancel");
        cancel.setOnAction(e -> cancel());
        Button reprint = new Button(text.get("queue.reprint"));
        reprint.setId("queue-reprint");
        reprint.setOnAction(e -> reprint());
        Button remove = new Button(text.get("printers.remove"));
        remove.setId("printers-remove");
        remove.setOnAction(e -> removeSelected());
        printers.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.DELETE) {
                removeSelected();
            }
        });
        // A row that wraps rather than cuts the shortcut off a button on a 1366 px screen.
        javafx.scene.layout.FlowPane tools = new javafx.scene.layout.FlowPane(12, 8, test, refresh, retry, cancel, reprint,
                remove);
        tools.setAlignment(Pos.CENTER_LEFT);
        status.setId("printers-status");
        status.setWrapText(true);

        jobs.setId("queue-table");
        jobs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        jobs.setPlaceholder(new Label(text.get("queue.empty")));
        jobs.getColumns().add(TextColumns.of(text, "queue.col.id", j -> Long.toString(j.id())));
        jobs.getColumns().add(TextColumns.of(text, "queue.col.printer", PrintJob::printer));
        jobs.getColumns().add(TextColumns.of(text, "queue.col.label", j -> j.labelId().isPresent()
                ? org.packbench.marketplace.LabelValues.labelId(j.labelId().getAsLong()) : "—"));
        jobs.getColumns().add(TextColumns.of(text, "queue.col.status", j -> text.get("queue.status." + j.status().name())));
        jobs.getColumns().add(TextColumns.of(text, "queue.col.attempts", j -> Integer.toString(j.attempts())));
        jobs.getColumns().add(TextColumns.of(text, "queue.col.error", PrintJob::lastError));
        VBox.setVgrow(jobs, Priority.ALWAYS);
        root.getChildren().addAll(title, printers, addRow.node(), tools, status, new Label(text.get("queue.title")), jobs);
        root.getStyleClass().add("screen");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), this::testLabel);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::retry);
            }
        });
    }



    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        refresh();
        // Keys work at once: typing starts a new printer, Ctrl+T and Ctrl+R act on the tables.
        addRow.focus();
    }

    /** Reloads the printers and the queue, then asks each printer for its state. */
    public void refresh() {
        Task<List<PrinterProfile>> load = new Task<>() {
            @Override
            protected List<PrinterProfile> call() {
                return workbench.printers().all();
            }
        };
        load.setOnSucceeded(e -> {
            printers.setItems(FXCollections.observableArrayList(load.getValue()));
            load.getValue().forEach(this::askState);
        });
        background.run(load);
        reloadJobs();
    }

    private void reloadJobs() {
        Task<List<PrintJob>> task = new Task<>() {
            @Override
            protected List<PrintJob> call() {
                return workbench.printQueue().list(true);
            }
        };
        task.setOnSucceeded(e -> jobs.setItems(FXCollections.observableArrayList(task.getValue())));
        background.run(task);
    }

    private void askState(PrinterProfile p) {
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                return PrinterStateText.ask(workbench.transports(), p, text).text();
            }
        };
        task.setOnSucceeded(e -> {
            states.put(p.name(), task.getValue());
            printers.refresh();
        });
        background.run(task);
    }

    /** Adds a profile with the same rules as {@code printer add}: the domain checks name, dpi and address. */
    private void added(PrinterProfile p) {
        status.getStyleClass().setAll("label", "status-ok");
        status.setText(text.get("printers.added", p.name()));
        refresh();
    }

    private void testLabel() {
        PrinterProfile p = printers.getSelectionModel().getSelectedItem();
        if (p == null) {
            if (printers.getItems().isEmpty()) {
                return;
            }
            p = printers.getItems().get(0);
        }
        String name = p.name();
        run(() -> {
            PrintJob job = workbench.printing().printTest(name);
            return workbench.deliverNow().jobs(List.of(job.id()));
        });
    }

    private void retry() {
        List<Long> ids = new ArrayList<>();
        PrintJob selected = jobs.getSelectionModel().getSelectedItem();
        if (selected != null) {
            ids.add(selected.id());
        }
        run(() -> ids.isEmpty() ? workbench.deliverNow().all() : workbench.deliverNow().jobs(ids));
    }

    private void cancel() {
        PrintJob selected = jobs.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        run(() -> {
            PrintJob j = workbench.printQueue().cancel(selected.id());
            return List.of(new DeliverNow.Delivery(j.id(), j.printer(), j.status(), ""));
        });
    }

    /** Del on the printers or the button: the selected printer goes, once nothing waits for it in the queue. */
    private void removeSelected() {
        PrinterProfile selected = printers.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        if (!Confirm.yes(text, text.get("printers.remove.confirm", selected.name()))) {
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                workbench.printQueue().removePrinter(selected.name(), workbench.printers());
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            status.getStyleClass().setAll("label", "status-ok");
            status.setText(text.get("printers.removed", selected.name()));
            refresh();
        });
        task.setOnFailed(e -> fail(task.getException()));
        background.run(task);
    }

    /** A reprint is an explicit action with a reason: a new job for the same label, logged against the old one. */
    private void reprint() {
        PrintJob selected = jobs.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        ReasonDialog.ask(text, "queue.reprint", text.get("queue.col.id") + " " + selected.id()).ifPresent(reason -> run(() -> {
            PrintJob j = workbench.printQueue().reprint(selected.id(), reason);
            return workbench.deliverNow().jobs(List.of(j.id()));
        }));
    }

    private interface Work {
        List<DeliverNow.Delivery> run();
    }

    /** Delivery and cancelling touch the database and the printers: in the background, then the result. */
    private void run(Work work) {
        Task<List<DeliverNow.Delivery>> task = new Task<>() {
            @Override
            protected List<DeliverNow.Delivery> call() {
                return work.run();
            }
        };
        task.setOnSucceeded(e -> {
            StringBuilder sb = new StringBuilder();
            for (DeliverNow.Delivery d : task.getValue()) {
                sb.append(text.get("queue.delivery", d.jobId(), d.printer(), text.get("queue.status." + d.status().name()),
                        d.detail())).append('\n');
            }
            boolean ok = task.getValue().stream().allMatch(d -> d.status() == JobStatus.SENT || d.status() == JobStatus.CANCELLED);
            status.getStyleClass().setAll("label", ok ? "status-ok" : "status-error");
            status.setText(sb.toString().strip());
            refresh();
        });
        task.setOnFailed(e -> fail(task.getException()));
        background.run(task);
    }

    private void fail(Throwable t) {
        status.getStyleClass().setAll("label", "status-error");
        status.setText(text.failure(t));
    }
}
