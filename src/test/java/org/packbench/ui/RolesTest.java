package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
import org.packbench.TestFiles;
import org.packbench.access.Role;
import org.packbench.app.LabelRequest;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.render.LabelFormat;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Roles in the GUI: once a supervisor exists the packer signs in, is refused the log and the
 * editing screens, and a supervisor signed in with F9 may them until Ctrl+L hands the bench back.
 */
@ExtendWith(ApplicationExtension.class)
class RolesTest {
    @TempDir
    static Path dir;

    private Workbench bench;

    @Start
    void start(Stage stage) {
        bench = Workbench.open(dir.resolve("roles-" + System.nanoTime() + ".db"), Clock.systemDefaultZone());
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.now().minusDays(10));
        bench.labels()
                .render(new LabelRequest(
                        "PB-7-001",
                        "vk-product-58x40",
                        "VK-1",
                        "RU100000001VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203));
        bench.access().addAccount("anna", Role.PACKER, null);
        bench.access().addAccount("boss", Role.SUPERVISOR, "4711".toCharArray());
        MainView view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        stage.show();
        view.opened();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void signIn(FxRobot robot, String name, String pin) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signin-name")
                .tryQuery()
                .isPresent());
        robot.clickOn("#signin-name").write(name).type(KeyCode.ENTER);
        robot.write(pin).type(KeyCode.ENTER);
    }

    @Test
    void thePackerIsRefusedTheLogUntilASupervisorSignsInOnTop(FxRobot robot) throws Exception {
        signIn(robot, "anna", "");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text(robot, "#session-who").contains("anna"));
        assertEquals("Работает: anna (упаковщик)", text(robot, "#session-who"));

        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !text(robot, "#log-message").isEmpty());
        assertTrue(
                text(robot, "#log-message").startsWith("только руководитель может просматривать журнал этикеток; anna"),
                text(robot, "#log-message"));
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#log-table").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty(), "nothing of the log is shown to a packer");

        robot.type(KeyCode.F9);
        signIn(robot, "boss", "4711");
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> text(robot, "#session-who").startsWith("Руководитель: boss"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text(robot, "#log-chain").startsWith("журнал этикеток цел"));

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text(robot, "#session-who").equals("Работает: anna (упаковщик)"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
    }

    @Test
    void aWrongPinIsSaidInRussianAndCountsTowardsTheLock(FxRobot robot) throws Exception {
        signIn(robot, "anna", "");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text(robot, "#session-who").contains("anna"));
        robot.type(KeyCode.F9);
        signIn(robot, "boss", "0000");
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> text(robot, "#session-message").contains("неверный PIN-код"));
        assertEquals("неверный PIN-код для boss; осталось попыток до блокировки: 4", text(robot, "#session-message"));
        assertEquals(
                1,
                bench.access().accounts().stream()
                        .filter(a -> a.name().equals("boss"))
                        .findFirst()
                        .get()
                        .failures());
    }
}
