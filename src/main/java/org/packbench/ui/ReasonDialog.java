package org.packbench.ui;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import org.packbench.ui.model.UiText;

/** Asks for the reason a void or a reprint needs; an empty answer is no answer. */
final class ReasonDialog {
    private ReasonDialog() {}

    static Optional<String> ask(UiText text, String titleKey, String subject) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(text.get(titleKey));
        dialog.setHeaderText(text.get(titleKey) + ": " + subject);
        dialog.setContentText(text.get("reason.prompt"));
        dialog.getEditor().setId("reason-field");
        // TextInputDialog takes the text on any OK_DONE button, so ours in Russian work as its own did.
        Dialogs.okCancel(dialog, text);
        return dialog.showAndWait().map(String::strip).filter(r -> !r.isEmpty());
    }
}
