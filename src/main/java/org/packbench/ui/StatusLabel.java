package org.packbench.ui;

import javafx.scene.control.Label;
import org.packbench.ui.model.StatusLine;

/** Draws a view model's {@link StatusLine} in a label, in the style of its tone. */
final class StatusLabel {
    private StatusLabel() {}

    static Label of(StatusLine line, String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        bind(label, line);
        return label;
    }

    static void bind(Label label, StatusLine line) {
        label.textProperty().bind(line.textProperty());
        style(label, line.tone());
        line.toneProperty().addListener((o, was, now) -> style(label, now));
    }

    private static void style(Label label, StatusLine.Tone tone) {
        switch (tone) {
            case OK -> label.getStyleClass().setAll("label", "status-ok");
            case WARN -> label.getStyleClass().setAll("label", "status-warn");
            case ERROR -> label.getStyleClass().setAll("label", "status-error");
            default -> label.getStyleClass().setAll("label");
        }
    }
}
