package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.cli.CliRun;
import org.packbench.print.JobStatus;
import org.packbench.print.TestPrinter;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The printer strip at the foot of Упаковка: the chosen printer's state and queue, kept up to date
 * on its own while the screen is shown, and at once after a print.
 */
@ExtendWith(ApplicationExtension.class)
class PackingStatusBarTest {
    @TempDir
    static Path dir;

    private TestPrinter printer;
    private Workbench bench;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        printer = TestPrinter.zpl();
        String db = dir.resolve("bar-" + System.nanoTime() + ".db").toString();
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
                                "--size",
                                "58x40",
                                "--db",
                                db)
                        .exit());
        bench = Workbench.open(Path.of(db), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        printer.close();
    }

    private MainView mainView(FxRobot robot) {
        MainView[] view = new MainView[1];
        robot.interact(() -> {
            view[0] = new MainView(
                    bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
            stage.setScene(MainView.scene(view[0]));
            stage.show();
            view[0].show("packing");
        });
        return view[0];
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private static boolean painted(FxRobot robot, String styleClass) {
        return List.of("#packing-printer-state", "#packing-queue", "#packing-printer-bar").stream()
                .allMatch(id -> robot.lookup(id).query().getStyleClass().contains(styleClass));
    }

    private static void await(String what, java.util.concurrent.Callable<Boolean> condition, FxRobot robot)
            throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(
                    what + "; the strip says «"
                            + label(robot, "#packing-printer-state").getText()
                            + "» / «" + label(robot, "#packing-queue").getText() + "» "
                            + robot.lookup("#packing-printer-bar").query().getStyleClass(),
                    e);
        }
    }

    @Test
    void theStripTurnsRedWhenThePrinterGoesAwayAndCountsTheJobsThatCannotGo(FxRobot robot) throws Exception {
        MainView view = mainView(robot);
        Label state = label(robot, "#packing-printer-state");
        Label queue = label(robot, "#packing-queue");
        await(
                "ready and nothing waiting",
                () -> state.getText().equals("Принтер bench-zebra готов.")
                        && queue.getText().equals("Ждут печати: 0 · С ошибкой: 0 · Неизвестно: 0")
                        && painted(robot, "printer-ok"),
                robot);
        assertFalse(painted(robot, "printer-bad"), "one colour at a time");
        javafx.scene.Node bar = robot.lookup("#packing-printer-bar").query();
        javafx.geometry.Bounds inScene = bar.localToScene(bar.getBoundsInLocal());
        assertTrue(
                inScene.getMaxY() <= bar.getScene().getHeight() && inScene.getHeight() > 30,
                "whole on a 1366×768 window: " + inScene);
        assertTrue(
                state.getFont().getSize() >= 16,
                "large type: " + state.getFont().getSize());
        assertTrue(
                queue.getFont().getSize() >= 16,
                "large type: " + queue.getFont().getSize());

        // Nothing on the screen is touched: only the strip's own looking can notice.
        printer.offline();
        bench.printing().printTest("bench-zebra");
        await(
                "offline, one job waiting",
                () -> state.getText().startsWith("Принтер bench-zebra не отвечает (")
                        && state.getText().contains("проверьте питание и кабель")
                        && queue.getText().startsWith("Ждут печати: 1 · С ошибкой: 0")
                        && painted(robot, "printer-bad"),
                robot);
        assertFalse(painted(robot, "printer-ok"));

        assertEquals(JobStatus.FAILED, bench.deliverNow().all().get(0).status(), "the printer is off");
        await(
                "the failed job counted, with what to do",
                () -> queue.getText().startsWith("Ждут печати: 0 · С ошибкой: 1")
                        && queue.getText().contains("повторите или отмените")
                        && painted(robot, "printer-bad"),
                robot);

        printer.online();
        await(
                "back and ready, the failed job still to be seen to",
                () -> state.getText().equals("Принтер bench-zebra готов.")
                        && queue.getText().startsWith("Ждут печати: 0 · С ошибкой: 1")
                        && painted(robot, "printer-bad"),
                robot);
        assertTrue(printer.labels().isEmpty(), "nothing printed behind the packer's back");

        // Another screen in front: the strip stops asking the printer.
        robot.interact(() -> view.show("catalog"));
        Thread.sleep(1000); // a look already under way may still reach the printer
        int asked = printer.statusQueries();
        Thread.sleep((long) (PrinterStatusBar.EVERY.toMillis() * 2.5));
        assertEquals(asked, printer.statusQueries(), "no questions while Упаковка is not shown");
        robot.interact(() -> view.show("packing"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> printer.statusQueries() > asked);
    }

    @Test
    void aPrintIsCountedAtOnceAndAPausedPrinterIsNamed(FxRobot robot) throws Exception {
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.now().minusDays(10));
        // The strip never looks on its own here, so whatever it shows after a print came from the print.
        robot.interact(() -> {
            PackingScreen screen = new PackingScreen(
                    bench,
                    new UiText(Locale.forLanguageTag("ru")),
                    new Background(),
                    javafx.util.Duration.hours(1),
                    (t, f, p) -> java.util.Optional.empty());
            Scene scene = new Scene((javafx.scene.Parent) screen.view(), 1366, 768);
            scene.getStylesheets()
                    .add(MainView.class.getResource("packbench.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            screen.shown();
        });
        Label state = label(robot, "#packing-printer-state");
        Label queue = label(robot, "#packing-queue");
        @SuppressWarnings("unchecked")
        ComboBox<String> printers = robot.lookup("#packing-printer").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "bench-zebra".equals(printers.getValue()));
        await(
                "ready",
                () -> state.getText().equals("Принтер bench-zebra готов.") && painted(robot, "printer-ok"),
                robot);

        printer.paused = true;
        robot.clickOn("#packing-sku").write("PB-7-001");
        robot.clickOn("#packing-order").write("VK-5001");
        robot.clickOn("#packing-tracking").write("RU500100100VK");
        robot.press(KeyCode.CONTROL).press(KeyCode.P).release(KeyCode.P).release(KeyCode.CONTROL);
        await(
                "the queued label and the paused printer, right after the print",
                () -> state.getText()
                                .equals(
                                        "Принтер bench-zebra не может печатать: пауза. Устраните — задания ждут в очереди и уйдут сами.")
                        && queue.getText().startsWith("Ждут печати: 1 · С ошибкой: 0")
                        && painted(robot, "printer-bad"),
                robot);
        assertTrue(label(robot, "#packing-status").getText().contains("НАПЕЧАТАНО"));
    }

    @Test
    void aPrinterThatDoesNotReportIsNeutralNotGreenAndAnOfflineOneIsSaidInRussian(FxRobot robot) throws Exception {
        printer.answersStatus = false;
        mainView(robot);
        Label state = label(robot, "#packing-printer-state");
        await(
                "no report, painted neutral",
                () -> state.getText().contains("не сообщает своё состояние") && painted(robot, "printer-neutral"),
                robot);
        assertFalse(painted(robot, "printer-ok"), "green would say ready of a printer nobody could ask");

        printer.offline();
        await(
                "offline, in Russian",
                () -> state.getText().contains("не отвечает (соединение отклонено)") && painted(robot, "printer-bad"),
                robot);
        assertFalse(state.getText().contains("Connection"), state.getText());
    }
}
