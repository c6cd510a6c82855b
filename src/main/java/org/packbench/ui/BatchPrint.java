package org.packbench.ui;

import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.packbench.app.Workbench;
import org.packbench.ui.model.BatchPrintModel;
import org.packbench.ui.model.UiText;

/**
 * "Пакетная печать" on Упаковка: a CSV of parcels, or a list or PDF of Честный ЗНАК marking codes
 * (each on its own GS1 DataMatrix label), chosen, and its run shown in a dialog with
 * progress, Esc to cancel, and the refused rows at the end. The run and its words are the
 * {@link BatchPrintModel}'s; the window's queue worker prints the jobs.
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
        files.open(text.get("batch.choose"), text.get("batch.csv"), "*.csv", "*.txt", "*.pdf")
                .ifPresent(file -> run(owner, printer, file, done));
    }

    void run(Window owner, String printer, Path file, Runnable done) {
        BatchPrintModel model = new BatchPrintModel(workbench::batch, text, background);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("batch.title"));
        dialog.setHeaderText(text.get("batch.header", file.getFileName(), printer));
        dialog.getDialogPane()
                .setContent(new VBox(10, bar(model), StatusLabel.of(model.line(), "batch-line"), result(model)));
        dialog.getDialogPane().setPrefWidth(760);
        ButtonType stop = new ButtonType(text.get("batch.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(stop);
        Button stopButton = (Button) dialog.getDialogPane().lookupButton(stop);
        stopButton.setId("batch-cancel");
        stopButton.textProperty().bind(model.buttonProperty());
        stopButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.stop()) {
                e.consume();
            }
        });
        ButtonType again = new ButtonType(text.get("batch.reprint"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().add(again);
        Button againButton = (Button) dialog.getDialogPane().lookupButton(again);
        againButton.setId("batch-reprint");
        againButton.visibleProperty().bind(model.reprintableProperty());
        againButton.managedProperty().bind(againButton.visibleProperty());
        againButton.addEventFilter(ActionEvent.ACTION, e -> {
            // The dialog stays: it shows the reprint's run as it showed the first.
            e.consume();
            ReasonDialog.ask(text, "batch.reprintTitle", text.get("batch.reprintWhy"))
                    .ifPresent(reason -> model.reprint(reason, done));
        });
        // From the keyboard too, as every action of the bench.
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown()
                    && e.getCode() == javafx.scene.input.KeyCode.R
                    && model.reprintableProperty().get()) {
                e.consume();
                againButton.fire();
            }
        });
        // The refused rows and the reprint button appear when the run ends: the window grows to
        // show them rather than cut its buttons off.
        javafx.beans.InvalidationListener grow = o -> javafx.application.Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null
                    && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        model.resultProperty().addListener(grow);
        model.reprintableProperty().addListener(grow);
        dialog.show();
        model.run(file, printer, done);
    }

    private static ProgressBar bar(BatchPrintModel model) {
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(700);
        bar.setId("batch-progress");
        bar.progressProperty().bind(model.progressProperty());
        return bar;
    }

    private static TextArea result(BatchPrintModel model) {
        TextArea result = new TextArea();
        result.setId("batch-result");
        result.setEditable(false);
        result.setWrapText(true);
        result.setPrefRowCount(8);
        result.textProperty().bind(model.resultProperty());
        result.visibleProperty().bind(model.resultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        return result;
    }
}
