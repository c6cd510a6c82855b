package org.packbench.ui;

import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.packbench.app.Workbench;
import org.packbench.ui.model.DatabaseChoiceModel;
import org.packbench.ui.model.UiText;

/**
 * Points this bench at a database for its next start: the address field, a check that the server
 * answers, and saving; what happened is said on the line under the field, as
 * {@link DatabaseChoiceModel} words it.
 */
final class DatabaseDialog {
    private DatabaseDialog() {}

    static void show(Workbench workbench, Path dataDirectory, UiText text, Background background) {
        DatabaseChoiceModel model = new DatabaseChoiceModel(workbench, dataDirectory, text, background, () -> {
            String p = System.getenv("PGPASSWORD");
            return p == null ? null : p.toCharArray();
        });
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(text.get("database.title"));
        dialog.setHeaderText(text.get("database.title"));
        TextField address = new TextField();
        address.setId("database-address");
        address.setPromptText("postgresql://…/…?user=…");
        address.textProperty().bindBidirectional(model.addressProperty());
        Label hint = new Label(text.get("database.hint"));
        hint.setWrapText(true);
        Label status = StatusLabel.of(model.status(), "database-status");
        // Both wrap to whole sentences instead of ending in "…" at the dialog's width.
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(8, new Label(text.get("database.address")), address, hint, status);
        dialog.getDialogPane().setContent(box);
        ButtonType check = new ButtonType(text.get("database.check"), ButtonBar.ButtonData.OTHER);
        ButtonType save = new ButtonType(text.get("database.save"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(text.get("database.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(check, save, close);
        // Checking and saving leave the dialog open: their answer is on the line under the field.
        Button checkButton = (Button) dialog.getDialogPane().lookupButton(check);
        checkButton.setId("database-check");
        checkButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.check();
        });
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("database-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save();
        });
        Dialogs.fit(dialog.getDialogPane());
        // A longer answer on the line grows the dialog, so its buttons stay in sight.
        status.textProperty()
                .addListener((obs, was, now) -> javafx.application.Platform.runLater(() -> {
                    if (dialog.getDialogPane().getScene() != null) {
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    }
                }));
        // The field, not the first button, takes the keys: the address is typed (or pasted) first.
        dialog.setOnShown(e -> javafx.application.Platform.runLater(address::requestFocus));
        dialog.showAndWait();
    }
}
