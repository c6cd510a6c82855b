package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;
import org.packbench.cli.CliRun;
import org.packbench.print.TestPrinter;
import org.packbench.ui.model.PrintersModel.PrinterRow;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Принтеры: each printer's reported state, and the test label printed from the keyboard once paper is in. */
@ExtendWith(ApplicationExtension.class)
class PrintersScreenTest {
    @TempDir
    static Path dir;

    private TestPrinter printer;

    @Start
    void start(Stage stage) throws Exception {
        printer = TestPrinter.zpl();
        printer.paperOut = true;
        String db = dir.resolve("printers-" + System.nanoTime() + ".db").toString();
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
        Workbench bench = Workbench.open(Path.of(db), Clock.systemUTC());
        MainView view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        stage.show();
        view.show("printers");
    }

    @AfterEach
    void stop() throws Exception {
        printer.close();
    }

    @Test
    void aPrinterIsAddedFromTheScreenAndABadAddressIsExplained(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<PrinterRow> table = robot.lookup("#printers-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.clickOn("#printer-name").write("pack-2");
        robot.clickOn("#printer-transport").write("ftp://printer").type(KeyCode.ENTER);
        Label status = robot.lookup("#printers-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> status.getStyleClass().contains("status-error"));
        javafx.scene.control.TextField transport =
                robot.lookup("#printer-transport").queryAs(javafx.scene.control.TextField.class);
        robot.interact(transport::clear);
        robot.clickOn(transport).write(printer.uri()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertTrue(status.getText().contains("pack-2"), status.getText());
    }

    @Test
    void thePrinterSaysItIsOutOfPaperAndPrintsTheTestLabelOnceItIsNot(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<PrinterRow> table = robot.lookup("#printers-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l
                        && l.getText() != null
                        && l.getText().contains("нет бумаги")));
        printer.paperOut = false;
        robot.press(KeyCode.CONTROL).press(KeyCode.T).release(KeyCode.T).release(KeyCode.CONTROL);
        Label status = robot.lookup("#printers-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("напечатано"));
        assertEquals(1, printer.labels().size(), "the calibration label reached the printer once");
        assertTrue(printer.labels().get(0).startsWith("^XA"), "as ZPL");
    }

    @Test
    void theFormNamesItsFieldsAndEnterInAnyOfThemAdds(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<PrinterRow> table = robot.lookup("#printers-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        javafx.scene.Node transport = robot.lookup("#printer-transport").query();
        assertTrue(
                robot.lookup(".label").queryAllAs(Label.class).stream()
                        .anyMatch(
                                l -> l.getLabelFor() == transport && l.getText().startsWith("Адрес подключения")),
                "the field is named");
        robot.clickOn(transport).write(printer.uri());
        robot.clickOn("#printer-size").write("58x40");
        robot.clickOn("#printer-name").write("pack-3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertTrue(table.getItems().stream().anyMatch(p -> p.name().equals("pack-3")));
    }
}
