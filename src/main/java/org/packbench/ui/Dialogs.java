package org.packbench.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import org.packbench.ui.model.UiText;

/**
 * What every dialog of ours shares. JavaFX names its stock buttons (OK, Cancel, Yes, No) from
 * its own bundles, which have no Russian, so ours carry the GUI's words; and a long header would
 * make the dialog as wide as its text (1461 px on a 1366 px screen), so the pane is given a
 * width that wraps it.
 */
final class Dialogs {
    /** Wide enough for a form row, narrow enough for a 1024 px bench screen. */
    static final double WIDTH = 600;

    private Dialogs() {}

    static ButtonType ok(UiText text) {
        return new ButtonType(text.get("button.ok"), ButtonData.OK_DONE);
    }

    static ButtonType cancel(UiText text) {
        return new ButtonType(text.get("button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    static ButtonType yes(UiText text) {
        return new ButtonType(text.get("button.yes"), ButtonData.YES);
    }

    static ButtonType no(UiText text) {
        return new ButtonType(text.get("button.no"), ButtonData.NO);
    }

    /** True for the button that accepts the dialog, whichever words it carries. */
    static boolean accepted(ButtonType b) {
        return b != null && (b.getButtonData() == ButtonData.OK_DONE || b.getButtonData() == ButtonData.YES);
    }

    /** OK and Cancel in the GUI's words, and a width that fits the screen. */
    static void okCancel(Dialog<?> dialog, UiText text) {
        dialog.getDialogPane().getButtonTypes().setAll(ok(text), cancel(text));
        fit(dialog.getDialogPane());
    }

    /** Long text wraps inside the screen instead of widening the dialog past it. */
    static void fit(DialogPane pane) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(WIDTH, screen.getWidth() * 0.9);
        pane.setPrefWidth(width);
        pane.setMaxWidth(screen.getWidth() * 0.9);
        pane.setMaxHeight(screen.getHeight() * 0.9);
    }
}
