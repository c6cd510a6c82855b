package org.packbench.ui;

import org.packbench.app.Workbench;
import org.packbench.ui.model.UiText;
import org.packbench.ui.model.WorkUndoneModel;

/**
 * Work left undone is never silent: the main window asks before closing with labels unprinted,
 * and at start asks about labels left from before. The questions are the {@link WorkUndoneModel}'s.
 */
final class WorkUndone {
    private WorkUndone() {}

    /** The main window asks before it closes with work undone; No keeps it open. */
    static void guardClose(javafx.stage.Stage stage, Workbench workbench, UiText text) {
        WorkUndoneModel model = new WorkUndoneModel(workbench, text);
        stage.setOnCloseRequest(e -> {
            boolean mayClose =
                    model.closeQuestion().map(q -> Confirm.yes(text, q)).orElse(true);
            if (!mayClose) {
                e.consume();
            }
        });
    }

    /**
     * Looks for jobs left from before (in the background) and, if there are any, asks whether to
     * print them now; until the answer is yes the worker holds them.
     */
    static void askAboutLeftovers(Workbench workbench, UiText text, Background background) {
        new WorkUndoneModel(workbench, text).askAboutLeftovers(background, q -> Confirm.yes(text, q));
    }
}
