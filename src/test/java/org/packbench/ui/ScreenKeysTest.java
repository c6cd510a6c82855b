package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A screen's shortcuts work only while it is on show: Ctrl+P on Отгрузка prints nothing from Упаковка. */
@ExtendWith(ApplicationExtension.class)
class ScreenKeysTest {
    @TempDir
    static Path dir;

    private MainView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Workbench bench = Workbench.open(
                dir.resolve("keys-" + System.nanoTime() + ".db"),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        scene = MainView.scene(view);
        stage.setScene(scene);
        stage.show();
    }

    private static KeyCombination ctrl(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private boolean has(KeyCombination key) {
        return scene.getAccelerators().containsKey(key);
    }

    @Test
    void eachScreensKeysLeaveWithIt(FxRobot robot) {
        robot.interact(() -> view.show("packing"));
        assertTrue(has(ctrl(KeyCode.P)), "Ctrl+P prints on Упаковка");
        robot.interact(() -> view.show("dispatch"));
        assertFalse(has(ctrl(KeyCode.P)), "Ctrl+P on Отгрузка is not Упаковка's print");
        assertFalse(has(ctrl(KeyCode.B)), "nor Ctrl+B its batch");

        robot.interact(() -> view.show("printers"));
        assertTrue(has(ctrl(KeyCode.T)) && has(ctrl(KeyCode.R)), "Принтеры' test label and retry");
        robot.interact(() -> view.show("packing"));
        assertFalse(has(ctrl(KeyCode.T)), "Принтеры' test label left with it");
        robot.interact(() -> view.show("log"));
        assertFalse(has(ctrl(KeyCode.R)), "neither Ctrl+R (Упаковка's reprint, Принтеры' retry) reaches Журнал");
        assertFalse(has(new KeyCodeCombination(KeyCode.ESCAPE)), "Каталог's Esc is its own");
        assertTrue(has(new KeyCodeCombination(KeyCode.F1)), "the screen keys of the window stay");
    }
}
