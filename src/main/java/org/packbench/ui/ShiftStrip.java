package org.packbench.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.packbench.ui.model.ShiftModel;

/** The shift on Упаковка, drawn: today's count for the title row and the latest labels below the form. */
final class ShiftStrip {
    private final Label today = new Label();
    private final ListView<String> latest = new ListView<>();

    ShiftStrip(ShiftModel model) {
        today.setId("packing-today");
        today.getStyleClass().add("counters");
        today.textProperty().bind(model.todayProperty());
        latest.setId("packing-latest");
        latest.setPrefHeight(130);
        latest.setFocusTraversable(false);
        latest.setItems(model.latest());
    }

    Label today() {
        return today;
    }

    ListView<String> latest() {
        return latest;
    }
}
