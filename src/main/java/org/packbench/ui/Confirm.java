package org.packbench.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.packbench.ui.model.UiText;

/** A yes/no question before something that cannot be taken back; No is the answer to a closed window. */
final class Confirm {
    private Confirm() {}

    static boolean yes(UiText text, String question) {
        ButtonType yes = Dialogs.yes(text);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, yes, Dialogs.no(text));
        confirm.setHeaderText(null);
        confirm.setTitle("PackBench");
        Dialogs.fit(confirm.getDialogPane());
        return confirm.showAndWait().filter(b -> b == yes).isPresent();
    }
}
