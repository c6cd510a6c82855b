package org.packbench.ui;

import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.TransferMode;
import org.packbench.ui.model.PdfDropModel;
import org.packbench.ui.model.StatusLine;

/**
 * Where a label PDF is dropped on a screen, and the line that says what its audit found. The
 * audit and its words are the {@link PdfDropModel}'s.
 */
final class PdfDropAudit {
    private final PdfDropModel model;
    private final Label result = new Label();

    PdfDropAudit(PdfDropModel model) {
        this.model = model;
        result.setId("packing-drop");
        result.setWrapText(true);
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        result.getStyleClass().add("muted");
        result.textProperty().bind(model.status().textProperty());
        model.status().toneProperty().addListener((o, was, now) -> tone(now));
    }

    /** The line under the form with the audit's answer. */
    Label result() {
        return result;
    }

    /** Audits {@code pdf} as if it had been dropped. */
    void audit(java.nio.file.Path pdf) {
        model.audit(pdf);
    }

    /** Files dropped anywhere on {@code target} go to the audit. */
    void acceptDropsOn(Node target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles()) {
                model.dropped(
                        e.getDragboard().getFiles().stream().map(File::toPath).toList());
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    // The line stays muted in every tone; the tone only adds its colour.
    private void tone(StatusLine.Tone tone) {
        result.getStyleClass().removeAll("status-ok", "status-error", "status-warn");
        switch (tone) {
            case OK -> result.getStyleClass().add("status-ok");
            case WARN -> result.getStyleClass().add("status-warn");
            case ERROR -> result.getStyleClass().add("status-error");
            default -> {}
        }
    }
}
