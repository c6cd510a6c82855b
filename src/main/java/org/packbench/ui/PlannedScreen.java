package org.packbench.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A screen whose work is not built yet; it says so plainly instead of pretending. */
final class PlannedScreen implements Screen {
    private final VBox box;

    PlannedScreen(UiText text, String titleKey) {
        Label title = new Label(text.get(titleKey));
        title.getStyleClass().add("screen-title");
        Label note = new Label(text.get("screen.planned"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        box = new VBox(16, title, note);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("screen");
    }

    @Override
    public Node view() {
        return box;
    }
}
