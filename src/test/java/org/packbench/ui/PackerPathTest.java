package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.Workbench;
import org.packbench.print.TestPrinter;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The packer's whole first day, with the keyboard alone and in Russian: a new bench imports its
 * catalog, registers a DAC, sets up a port-9100 printer, prints a checked label that reaches the
 * printer, and verifies the parcel at dispatch. Only the file chooser is stood in for.
 */
@ExtendWith(ApplicationExtension.class)
class PackerPathTest {
    @TempDir
    static Path dir;

    private TestPrinter printer;
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        printer = TestPrinter.zpl();
        Path catalog = TestFiles.sampleFile(dir, "catalog.csv");
        bench = Workbench.open(dir.resolve("path-" + System.nanoTime() + ".db"), Clock.systemDefaultZone());
        bench.queueWorker();
        MainView view = new MainView(
                bench,
                new UiText(Locale.forLanguageTag("ru")),
                new Background(),
                (title, filter, patterns) -> Optional.of(catalog));
        stage.setScene(MainView.scene(view));
        stage.show();
        view.opened();
    }

    @AfterEach
    void stop() throws Exception {
        bench.queueWorker().close();
        printer.close();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }

    @Test
    void importDacPrinterPrintAndDispatchWithTheKeyboardAlone(FxRobot robot) throws Exception {
        TableView<Object> catalogTable = robot.lookup("#catalog-table").queryTableView();
        // The app opens on Каталог with the search field focused; typing goes there from the start.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#catalog-search")
                .query()
                .isFocused());
        ctrl(robot, KeyCode.O);
        WaitForAsyncUtils.waitFor(
                15, TimeUnit.SECONDS, () -> catalogTable.getItems().size() == 40);

        robot.type(KeyCode.F4);
        robot.write("DAC7Q2M9XK4P")
                .type(KeyCode.TAB)
                .write(LocalDate.now().minusDays(10).toString())
                .type(KeyCode.ENTER);
        TableView<Object> dacs = robot.lookup("#dac-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dacs.getItems().size() == 1);

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#printer-name").query().isFocused());
        robot.write("zebra").type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#printer-transport")
                .query()
                .isFocused());
        robot.write(printer.uri()).type(KeyCode.ENTER);
        TableView<Object> printers = robot.lookup("#printers-table").queryTableView();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> printers.getItems().size() == 1);

        robot.type(KeyCode.F1);
        @SuppressWarnings("unchecked")
        ComboBox<String> chosen = robot.lookup("#packing-printer").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "zebra".equals(chosen.getValue()));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#packing-sku").query().isFocused());
        // The product's barcode, then the order and the tracking number, each scan ending in Enter;
        // the preview is checked, and Enter once more prints.
        robot.write("4607002977277").type(KeyCode.ENTER);
        robot.write("VK-9001").type(KeyCode.ENTER);
        robot.write("RU900100100VK").type(KeyCode.ENTER);
        Label status = robot.lookup("#packing-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("Готово к печати"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printer.labels().size() == 1);
        assertTrue(printer.labels().get(0).startsWith("^XA"));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup("#packing-sku").query().isFocused());

        robot.type(KeyCode.F2);
        Label verdict = robot.lookup("#dispatch-verdict").queryAs(Label.class);
        robot.write("RU900100100VK").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "ОК".equals(verdict.getText()));
        assertEquals(
                java.util.List.of("rendered", "printed", "scanned"),
                bench.labelLog().entries(bench.labelLog().period(LocalDate.now(), LocalDate.now())).stream()
                        .map(e -> e.event().code())
                        .toList(),
                "the day's log holds the whole path");
    }
}
