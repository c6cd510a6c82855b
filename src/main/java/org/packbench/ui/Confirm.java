package org.packbench.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** A yes/no question before something that cannot be taken back; No is the answer to a closed window. */
final class Confirm {
    private Confirm() {
    }

    static boolean yes(String question) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
        confirm.setHeaderText(null);
        return confirm.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }
}
