package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;
import org.packbench.cli.CliRun;
import org.packbench.print.JobStatus;
import org.packbench.print.PrintJob;
import org.packbench.print.TestPrinter;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work undone is never silent: a label left in the queue by an earlier run is shown at start and
 * prints only after the packer's yes, and closing with labels unprinted asks first.
 */
@ExtendWith(ApplicationExtension.class)
class WorkUndoneTest {
    @TempDir
    static Path dir;

    private TestPrinter printer;
    private Workbench bench;
    private Stage stage;
    private PrintJob leftover;

    private static byte[] label(String text) {
        return ("^XA^FO20,20^A0N,30,30^FD" + text + "^FS^XZ\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        printer = TestPrinter.zpl();
        String db = dir.resolve("undone-" + System.nanoTime() + ".db").toString();
        assertEquals(
                0,
                CliRun.of(
                                "printer",
                                "add",
                                "bench-zebra",
                                "--language",
                                "zpl",
                                "--dpi",
                                "203",
                                "--transport",
                                printer.uri(),
                                "--db",
                                db)
                        .exit());
        // The earlier run: a label queued, and the bench closed before it printed.
        Workbench before = Workbench.open(Path.of(db), Clock.systemUTC());
        leftover = before.printQueue().enqueue("bench-zebra", OptionalLong.empty(), 1, label("LEFTOVER"));

        bench = Workbench.open(Path.of(db), Clock.systemUTC());
        bench.queueWorker(true);
        UiText text = new UiText(Locale.forLanguageTag("ru"));
        Background background = new Background();
        MainView view = new MainView(bench, text, background, (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        WorkUndone.guardClose(stage, bench, text);
        stage.show();
        WorkUndone.askAboutLeftovers(bench, text, background);
    }

    @AfterEach
    void stop() throws Exception {
        bench.queueWorker().close();
        printer.close();
    }

    private String dialogText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
    }

    /** Waits for a question showing {@code words}, then clicks its button {@code answer}. */
    private void answer(FxRobot robot, String words, String answer) throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> button(robot, words, answer).isPresent());
        robot.clickOn(button(robot, words, answer).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Optional<javafx.scene.Node> button(FxRobot robot, String words, String answer) {
        return showing(robot, words)
                .flatMap(p -> p.getButtonTypes().stream()
                        .filter(b -> b.getText().equals(answer))
                        .findFirst()
                        .map(p::lookupButton))
                .filter(b -> b.getScene() != null && b.isVisible());
    }

    private static Optional<DialogPane> showing(FxRobot robot, String words) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getScene() != null
                        && p.getScene().getWindow() != null
                        && p.getScene().getWindow().isShowing())
                .filter(p -> p.getContentText() != null && p.getContentText().contains(words))
                .findFirst();
    }

    @Test
    void aLabelLeftFromBeforeWaitsForTheYesThenPrintsOnce(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                .tryQuery()
                .isPresent());
        assertTrue(dialogText(robot).contains("остались этикетки: 1"), dialogText(robot));
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        // A label queued now prints at once, which shows the worker runs while the leftover waits.
        PrintJob fresh = bench.printQueue().enqueue("bench-zebra", OptionalLong.empty(), 1, label("FRESH"));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> bench.printQueue().get(fresh.id()).status() == JobStatus.SENT);
        assertEquals(1, printer.labels().size());
        assertFalse(printer.labels().get(0).contains("LEFTOVER"), "nothing of the leftover before the yes");
        assertEquals(JobStatus.QUEUED, bench.printQueue().get(leftover.id()).status());

        robot.clickOn(question.lookupButton(question.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> bench.printQueue().get(leftover.id()).status() == JobStatus.SENT);
        assertEquals(2, printer.labels().size(), "the leftover printed exactly once");
        assertTrue(printer.labels().get(1).contains("LEFTOVER"));
    }

    @Test
    void closingWithALabelUnprintedAsksAndNoKeepsTheWindowOpen(FxRobot robot) throws Exception {
        answer(robot, "остались этикетки", "Нет");
        assertEquals(0, printer.labels().size(), "No keeps the leftover in the queue");

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answer(robot, "в очереди 1", "Нет");
        assertTrue(stage.isShowing(), "No: the window stays");

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answer(robot, "в очереди 1", "Да");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertEquals(0, printer.labels().size(), "closing printed nothing");
    }
}
