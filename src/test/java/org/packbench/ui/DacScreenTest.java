package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** DAC: type the code and its issue date, press Enter, see it listed with its last valid day. */
@ExtendWith(ApplicationExtension.class)
class DacScreenTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        Workbench bench = Workbench.open(
                dir.resolve("dac-" + System.nanoTime() + ".db"),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        MainView view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        stage.show();
        view.show("dac");
    }

    @Test
    void aNewCodeIsAddedWithTheKeyboardAloneAndAWrongDateIsExplained(FxRobot robot) throws Exception {
        robot.clickOn("#dac-code")
                .write("DAC7Q2M9XK4P")
                .type(KeyCode.TAB)
                .write("2026-13-01")
                .type(KeyCode.ENTER);
        Label status = robot.lookup("#dac-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("ДД.ММ.ГГГГ"));
        javafx.scene.control.TextField issued = robot.lookup("#dac-issued")
                .queryAs(javafx.scene.control.DatePicker.class)
                .getEditor();
        robot.interact(issued::clear);
        robot.clickOn(issued).write("01.10.2026").type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        TableView<org.packbench.ui.model.DacModel.Row> table =
                robot.lookup("#dac-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals("DAC7Q2M9XK4P", table.getItems().get(0).code());
        assertTrue(status.getText().contains("29.03.2027"), status.getText());
    }

    @Test
    void aCodeIsRemovedWithDelAndAYes(FxRobot robot) throws Exception {
        robot.clickOn("#dac-code")
                .write("DAC7Q2M9XK4P")
                .type(KeyCode.TAB)
                .write("2026-10-01")
                .type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        TableView<org.packbench.ui.model.DacModel.Row> table =
                robot.lookup("#dac-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.clickOn(".table-row-cell");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        assertTrue(robot.lookup("#dac-status").queryAs(Label.class).getText().contains("DAC7Q2M9XK4P удалён"));
    }
}
