package org.packbench.ui;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import org.packbench.ui.model.UiText;

/** A table column showing one text derived from each row, headed by a word from the bundle. */
final class TextColumns {
    private TextColumns() {}

    static <T> TableColumn<T, String> of(UiText text, String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(text.get(key));
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return c;
    }
}
