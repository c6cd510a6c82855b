package org.packbench.ui;

import org.packbench.ui.model.UiText;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.packbench.app.BatchRun;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportProblem;

/**
 * "Пакетная печать" on Упаковка: a CSV of parcels chosen, issued on the chosen printer by the same
 * {@link BatchRun} as {@code packbench batch}, with progress, Esc to cancel, and the rows that were
 * refused listed by line at the end. The window's queue worker prints the jobs.
 */
final class BatchPrint {
    private final Workbench workbench;
    private final UiText text;
    private final Background background;
    private final FileSources files;

    BatchPrint(Workbench workbench, UiText text, Background background, FileSources files) {
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        this.files = files;
    }

    /** Asks for the file and runs it on {@code printer}; {@code done} is told when the run ends. */
    void start(Window owner, String printer, Runnable done) {
        files.open(text.get("batch.choose"), text.get("batch.csv"), "*.csv", "*.txt")
                .ifPresent(file -> run(owner, printer, file, done));
    }

    void run(Window owner, String printer, Path file, Runnable done) {
        AtomicBoolean cancel = new AtomicBoolean();
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(520);
        bar.setId("batch-progress");
        Label line = new Label(text.get("batch.reading", file.getFileName()));
        line.setId("batch-line");
        line.setWrapText(true);
        TextArea result = new TextArea();
        result.setId("batch-result");
        result.setEditable(false);
        result.setWrapText(true);
        result.setPrefRowCount(8);
        result.setVisible(false);
        result.setManaged(false);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("batch.title"));
        dialog.setHeaderText(text.get("batch.header", file.getFileName(), printer));
        dialog.getDialogPane().setContent(new VBox(10, bar, line, result));
        dialog.getDialogPane().setPrefWidth(600);
        ButtonType stop = new ButtonType(text.get("batch.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(stop);
        Button stopButton = (Button) dialog.getDialogPane().lookupButton(stop);
        stopButton.setId("batch-cancel");

        Task<BatchRun.Summary> task = new Task<>() {
            @Override
            protected BatchRun.Summary call() throws Exception {
                byte[] content = org.packbench.app.InputFile.read(file, org.packbench.app.InputFile.Kind.BATCH);
                return workbench.batch().run(content, Optional.empty(), false, BatchRun.Target.printer(printer),
                        labels -> { }, new BatchRun.Progress() {
                            @Override
                            public void done(int rows, int total) {
                                updateProgress(rows, total);
                                updateMessage(text.get("batch.progress", rows, total));
                            }

                            @Override
                            public boolean cancelled() {
                                return cancel.get();
                            }
                        });
            }
        };
        bar.progressProperty().bind(task.progressProperty());
        task.messageProperty().addListener((obs, old, now) -> line.setText(now));
        // While it runs the button cancels (the rows committed so far stay, they are printed labels);
        // once it ends the same button closes the summary.
        stopButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (task.isRunning()) {
                cancel.set(true);
                line.setText(text.get("batch.cancelling"));
                e.consume();
            }
        });
        task.setOnSucceeded(e -> {
            BatchRun.Summary s = task.getValue();
            bar.progressProperty().unbind();
            bar.setProgress(1);
            line.setText(text.get(s.complete() ? "batch.done" : "batch.doneWithProblems", s.total(),
                    s.count(BatchRun.Outcome.ISSUED), s.count(BatchRun.Outcome.ALREADY_ISSUED),
                    s.count(BatchRun.Outcome.REFUSED) + s.count(BatchRun.Outcome.FAILED),
                    s.invalid().stream().filter(ImportProblem::isError).count()));
            line.getStyleClass().setAll("label", s.complete() ? "status-ok" : "status-error");
            StringBuilder sb = new StringBuilder();
            s.invalid().forEach(p -> sb.append(p.in(text.locale())).append('\n'));
            for (BatchRun.RowResult r : s.rows()) {
                if (r.outcome() == BatchRun.Outcome.REFUSED || r.outcome() == BatchRun.Outcome.FAILED) {
                    sb.append(text.get("batch.rowRefused", r.line(), r.key()));
                    r.reasons().forEach(m -> sb.append("\n  • ").append(text.of(m)));
                    sb.append('\n');
                }
            }
            if (s.cancelled()) {
                sb.append(text.get("batch.wasCancelled")).append('\n');
            }
            if (sb.length() > 0) {
                result.setText(sb.toString());
                result.setVisible(true);
                result.setManaged(true);
            }
            stopButton.setText(text.get("batch.close"));
            done.run();
        });
        task.setOnFailed(e -> {
            bar.progressProperty().unbind();
            line.setText(text.failure(task.getException()));
            line.getStyleClass().setAll("label", "status-error");
            stopButton.setText(text.get("batch.close"));
            done.run();
        });
        dialog.show();
        background.run(task);
    }
}
