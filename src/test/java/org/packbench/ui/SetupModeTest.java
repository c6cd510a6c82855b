package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A new bench says plainly that it is in setup mode, and Ctrl+U makes its first supervisor, which ends it. */
@ExtendWith(ApplicationExtension.class)
class SetupModeTest {
    @TempDir
    static Path dir;

    private Workbench bench;

    @Start
    void start(Stage stage) {
        bench = Workbench.open(dir.resolve("setup-" + System.nanoTime() + ".db"), Clock.systemDefaultZone());
        MainView view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        stage.show();
        view.opened();
    }

    @Test
    void theFirstSupervisorEndsSetupMode(FxRobot robot) throws Exception {
        Label who = robot.lookup("#session-who").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> who.getText().startsWith("Режим настройки"));
        assertEquals(
                "Режим настройки: руководителя ещё нет, поэтому разрешено всё. Создать руководителя: Ctrl+U",
                who.getText());

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        Label message = robot.lookup("#session-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getText().contains("Ctrl+U"));
        assertTrue(message.getText().startsWith("Ctrl+L не действует в режиме настройки"), message.getText());

        robot.press(KeyCode.CONTROL).type(KeyCode.U).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newuser-name")
                .tryQuery()
                .isPresent());
        javafx.scene.Node pane =
                robot.lookup("#newuser-name").query().getScene().getRoot();
        assertTrue(
                pane.getLayoutBounds().getWidth() <= 1366 * 0.9,
                "the dialog, long header and all, fits a 1366 px screen: "
                        + pane.getLayoutBounds().getWidth());
        robot.clickOn("#newuser-name").write("boss");
        robot.clickOn("#newuser-pin").write("4711").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !bench.access().setupMode());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !who.getText().startsWith("Режим настройки"));
        assertFalse(who.getText().isEmpty());
        assertEquals("supervisor", bench.access().accounts().get(0).role().code());
    }
}
