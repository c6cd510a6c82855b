package org.packbench.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.packbench.catalog.CatalogField;
import org.packbench.ui.model.UiText;

/**
 * One SKU's values for a supervisor to correct, under the headers sellers know from their
 * spreadsheets. The SKU code is shown, not edited: a new code is a new record, made by import.
 */
final class SkuDialog {
    private SkuDialog() {}

    static Optional<Map<CatalogField, String>> ask(UiText text, Map<CatalogField, String> current) {
        Dialog<Map<CatalogField, String>> dialog = new Dialog<>();
        dialog.setTitle(text.get("catalog.edit.title", current.get(CatalogField.SKU)));
        dialog.setHeaderText(text.get("catalog.edit.header"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        Map<CatalogField, TextField> fields = new EnumMap<>(CatalogField.class);
        int row = 0;
        for (CatalogField f : CatalogField.values()) {
            TextField field = new TextField(current.getOrDefault(f, ""));
            field.setId("sku-edit-" + f.column());
            field.setPrefColumnCount(36);
            field.setEditable(f != CatalogField.SKU);
            fields.put(f, field);
            grid.addRow(row++, new Label(f.russianHeader()), field);
        }
        dialog.getDialogPane().setContent(grid);
        Dialogs.okCancel(dialog, text);
        Platform.runLater(fields.get(CatalogField.NAME_RU)::requestFocus);
        dialog.setResultConverter(b -> {
            if (!Dialogs.accepted(b)) {
                return null;
            }
            Map<CatalogField, String> values = new EnumMap<>(CatalogField.class);
            fields.forEach((f, field) -> values.put(f, field.getText().strip()));
            return values;
        });
        return dialog.showAndWait();
    }
}
