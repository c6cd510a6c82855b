package org.packbench.ui;

import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.packbench.app.Workbench;
import org.packbench.ui.model.PrinterStatusModel;
import org.packbench.ui.model.PrinterStatusModel.Level;
import org.packbench.ui.model.UiText;

/**
 * The strip at the foot of Упаковка: the chosen printer's state and its queue, as
 * {@link PrinterStatusModel} words and colours them. It asks only while it is on screen: a screen
 * in the background has no one to tell, and each question opens a connection to the printer.
 */
final class PrinterStatusBar extends HBox {
    static final Duration EVERY = Duration.seconds(3);

    /** Each colour is a style class on the strip and on its two labels. */
    private static final Map<Level, String> STYLE = Map.of(
            Level.OK,
            "printer-ok",
            Level.WAIT,
            "printer-wait",
            Level.BAD,
            "printer-bad",
            Level.ASKING,
            "printer-asking",
            Level.NEUTRAL,
            "printer-neutral");

    private final PrinterStatusModel model;
    private final Label state = new Label();
    private final Label queue = new Label();

    PrinterStatusBar(
            Workbench workbench, UiText text, Background background, ObservableValue<String> printer, Duration every) {
        super(24);
        this.model = new PrinterStatusModel(workbench, text, background, printer);
        model.whileShown(this::onScreen);
        setId("packing-printer-bar");
        getStyleClass().add("printer-bar");
        setAlignment(Pos.CENTER_LEFT);
        state.setId("packing-printer-state");
        state.getStyleClass().add("printer-bar-state");
        state.setWrapText(true);
        state.setMaxWidth(Double.MAX_VALUE);
        // A long reason wraps onto a second line instead of ending in "…".
        state.setMinHeight(USE_PREF_SIZE);
        HBox.setHgrow(state, Priority.ALWAYS);
        queue.setId("packing-queue");
        queue.getStyleClass().add("printer-bar-queue");
        queue.setWrapText(true);
        queue.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(state, queue);
        state.textProperty().bind(model.stateProperty());
        queue.textProperty().bind(model.queueProperty());
        paint(model.level());
        model.levelProperty().addListener((obs, was, now) -> paint(now));
        lookWhileShown(every);
        printer.addListener((obs, old, now) -> refresh());
    }

    /** Leaving the scene graph is how MainView puts a screen away; coming back asks at once. */
    private void lookWhileShown(Duration every) {
        Timeline timer = new Timeline(new KeyFrame(every, e -> refresh()));
        timer.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                timer.stop();
            } else {
                timer.play();
                refresh();
            }
        });
    }

    /** Looks again now: after a print, or when another printer is chosen. Call on the FX thread. */
    void refresh() {
        if (onScreen()) {
            model.look();
        }
    }

    private boolean onScreen() {
        return getScene() != null
                && getScene().getWindow() != null
                && getScene().getWindow().isShowing();
    }

    /** Also run after each look, on the FX thread: the shift strip follows the queue the bar just read. */
    void afterEachLook(Runnable action) {
        model.afterEachLook(action);
    }

    private void paint(Level level) {
        for (Node n : List.of(this, state, queue)) {
            n.getStyleClass().removeAll(STYLE.values());
            n.getStyleClass().add(STYLE.get(level));
        }
    }
}
