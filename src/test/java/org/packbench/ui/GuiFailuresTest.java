package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19 item 10: a failure nothing handled, in a click or in a background task, ends in one
 * dialog in the window's language naming the error log, where its trace is; not on a console
 * nobody at the bench reads.
 */
@ExtendWith(ApplicationExtension.class)
class GuiFailuresTest {
    @TempDir
    static Path dir;

    private Path log;
    private GuiFailures failures;
    private Label status;

    @Start
    void start(Stage stage) throws Exception {
        status = new Label();
        Button broken = new Button("Сломано");
        broken.setId("broken");
        broken.setOnAction(e -> {
            throw new IllegalStateException("the printer list is gone");
        });
        stage.setScene(new Scene(new VBox(broken, status), 400, 200));
        stage.show();
        Path db = Files.createDirectories(dir.resolve("bench-" + System.nanoTime()))
                .resolve("bench.db");
        log = db.resolveSibling("packbench-errors.log");
        failures = GuiFailures.install(db, new UiText(Locale.forLanguageTag("ru")));
    }

    @AfterEach
    void uninstall(FxRobot robot) {
        GuiFailures.uninstall();
        robot.lookup("#gui-failure")
                .queryAll()
                .forEach(n -> robot.interact(() -> ((Stage) n.getScene().getWindow()).close()));
    }

    private DialogPane dialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gui-failure")
                .tryQuery()
                .isPresent());
        return robot.lookup("#gui-failure").queryAs(DialogPane.class);
    }

    @Test
    void aClickThatFailsShowsOneDialogInRussianAndTheTraceGoesToTheErrorLog(FxRobot robot) throws Exception {
        robot.clickOn("#broken");
        DialogPane pane = dialog(robot);
        assertEquals(
                "Что-то пошло не так: IllegalStateException: the printer list is gone. Начатое действие не "
                        + "завершено; повторите его. Подробности для поддержки — в файле " + log + ".",
                pane.getContentText());
        assertTrue(Files.readString(log).contains("\tat org.packbench.ui.GuiFailuresTest"), "the trace is in the log");

        // The same failure again while the dialog is open: kept in the log, not asked about twice.
        robot.interact(() -> Platform.runLater(() -> {
            throw new IllegalStateException("the printer list is gone");
        }));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> count(Files.readString(log), "the printer list is gone") == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#gui-failure").queryAll().size());
    }

    @Test
    void aBackgroundTaskWithoutItsOwnHandlerEndsInTheSameDialog(FxRobot robot) throws Exception {
        Background background = new Background();
        background.reportTo(failures);
        background.run(new Task<Void>() {
            @Override
            protected Void call() {
                throw new NullPointerException("no record for PB-7-001");
            }
        });
        DialogPane pane = dialog(robot);
        assertTrue(
                pane.getContentText().startsWith("Что-то пошло не так: NullPointerException: no record for PB-7-001."),
                pane.getContentText());
        assertTrue(Files.readString(log).contains("NullPointerException: no record for PB-7-001"));
    }

    @Test
    void aTaskWhoseScreenShowsItsFailureGetsNoDialogButItsTraceIsKept(FxRobot robot) throws Exception {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                throw new ArithmeticException("a shelf of zero labels");
            }
        };
        task.setOnFailed(e -> status.setText("не получилось"));
        Background background = new Background();
        background.reportTo(failures);
        background.run(task);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "не получилось".equals(status.getText()));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> Files.exists(log)
                        && Files.readString(log).contains("ArithmeticException: a shelf of zero labels"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#gui-failure").tryQuery().isPresent(), "the screen said it already");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
