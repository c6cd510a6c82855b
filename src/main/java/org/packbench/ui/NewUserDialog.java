package org.packbench.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.packbench.access.Role;
import org.packbench.ui.model.UiText;

/** A new account: name, role and PIN (a supervisor's is required; the rules are checked by the domain). */
final class NewUserDialog {
    record Answer(String name, Role role, char[] pin) {}

    private NewUserDialog() {}

    static Optional<Answer> ask(
            UiText text, String header, List<Role> roles, Role preset, Function<Role, String> roleName) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle(text.get("session.newUser"));
        dialog.setHeaderText(header);
        TextField name = new TextField();
        name.setId("newuser-name");
        ComboBox<Role> role = new ComboBox<>();
        role.setId("newuser-role");
        role.getItems().addAll(roles);
        role.setValue(preset);
        role.setConverter(ShownAs.names(roleName));
        PasswordField pin = new PasswordField();
        pin.setId("newuser-pin");
        pin.setPromptText(text.get("session.newPinPrompt"));
        // Wide enough for the prompt: the PIN rules are read there before typing.
        pin.setPrefColumnCount(30);
        name.setPrefColumnCount(30);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.addRow(0, new Label(text.get("session.name")), name);
        grid.addRow(1, new Label(text.get("session.role")), role);
        grid.addRow(2, new Label(text.get("session.pin")), pin);
        dialog.getDialogPane().setContent(grid);
        Dialogs.okCancel(dialog, text);
        Platform.runLater(name::requestFocus);
        dialog.setResultConverter(b -> {
            Answer answer = Dialogs.accepted(b)
                    ? new Answer(
                            name.getText().strip(),
                            role.getValue(),
                            pin.getText().toCharArray())
                    : null;
            // The PIN leaves with the answer, whose array is wiped once read; the closed form keeps none.
            pin.clear();
            return answer;
        });
        return dialog.showAndWait();
    }
}
