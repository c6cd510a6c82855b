package org.packbench.ui;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import org.packbench.ui.model.UiText;

/** Asks who is signing in and their PIN; the name is typed or picked, the PIN never shown. */
final class SignInDialog {
    /** A name and the PIN typed, which may be empty for a packer without one. */
    record Answer(String name, char[] pin) {}

    private SignInDialog() {}

    static Optional<Answer> ask(UiText text, String title, String header, List<String> names) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ComboBox<String> name = new ComboBox<>();
        name.setId("signin-name");
        name.setEditable(true);
        name.getItems().addAll(names);
        PasswordField pin = new PasswordField();
        pin.setId("signin-pin");
        pin.setPromptText(text.get("session.pinPrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.addRow(0, new Label(text.get("session.name")), name);
        grid.addRow(1, new Label(text.get("session.pin")), pin);
        dialog.getDialogPane().setContent(grid);
        Dialogs.okCancel(dialog, text);
        // Enter after the name goes on to the PIN (rather than the dialog's OK), as a packer types both without a
        // mouse.
        name.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER) {
                k.consume();
                pin.requestFocus();
            }
        });
        Platform.runLater(name::requestFocus);
        dialog.setResultConverter(b -> {
            Answer answer = Dialogs.accepted(b)
                    ? new Answer(
                            name.getEditor().getText().strip(), pin.getText().toCharArray())
                    : null;
            // The PIN leaves with the answer, whose array is wiped once read; the closed form keeps none.
            pin.clear();
            return answer;
        });
        Optional<Answer> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get().name().isEmpty()) {
            // No name is no sign-in: the PIN typed with it goes no further.
            java.util.Arrays.fill(answer.get().pin(), '\0');
            return Optional.empty();
        }
        return answer;
    }
}
