package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
import org.packbench.print.TestPrinter;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Пакетная печать on Упаковка: a CSV chosen with Ctrl+B, printed once, refused rows named by line. */
@ExtendWith(ApplicationExtension.class)
class PackingBatchTest {
    @TempDir
    static Path dir;

    private TestPrinter printer;
    private Workbench bench;
    private Path csv;

    @Start
    void start(Stage stage) throws Exception {
        printer = TestPrinter.zpl();
        String db = dir.resolve("batch-" + System.nanoTime() + ".db").toString();
        assertEquals(
                0,
                CliRun.of(
                                "printer",
                                "add",
                                "zebra",
                                "--language",
                                "zpl",
                                "--dpi",
                                "203",
                                "--transport",
                                printer.uri(),
                                "--db",
                                db)
                        .exit());
        bench = Workbench.open(Path.of(db), Clock.systemUTC());
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.now().minusDays(10));
        bench.queueWorker();
        csv = dir.resolve("parcels-" + System.nanoTime() + ".csv");
        StringBuilder rows = new StringBuilder("sku;order;tracking\n");
        for (int i = 1; i <= 12; i++) {
            rows.append(String.format("PB-7-%03d;G-%d;RU%dVK%n", i, i, 800000000 + i));
        }
        rows.append("PB-7-001;G-1;RU899999999VK\n");
        Files.writeString(csv, rows.toString());
        MainView view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.of(csv));
        stage.setScene(MainView.scene(view));
        stage.show();
        view.show("packing");
    }

    @AfterEach
    void stop() throws Exception {
        bench.queueWorker().close();
        printer.close();
    }

    @Test
    void aFaultyFileIsRefusedWholeThenTheFixedFilePrintsEachParcelOnce(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<String> printers = robot.lookup("#packing-printer").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "zebra".equals(printers.getValue()));
        robot.press(KeyCode.CONTROL).press(KeyCode.B).release(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#batch-result")
                .tryQuery()
                .map(n -> ((TextArea) n).getText().contains("строка 14"))
                .orElse(false));
        assertEquals(0, printer.labels().size(), "nothing printed from a faulty file");
        robot.clickOn("#batch-cancel");

        Files.writeString(csv, Files.readString(csv).replace("PB-7-001;G-1;RU899999999VK\n", ""));
        robot.press(KeyCode.CONTROL).press(KeyCode.B).release(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#batch-line")
                .tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Готово"))
                .orElse(false));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printer.labels().size() == 12);
        robot.clickOn("#batch-cancel");
        robot.press(KeyCode.CONTROL).press(KeyCode.B).release(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#batch-line")
                .tryQuery()
                .map(n -> ((Label) n).getText().contains("напечатаны раньше 12"))
                .orElse(false));
        Thread.sleep(1000);
        assertEquals(12, printer.labels().size(), "a second run prints nothing again");
        assertTrue(
                robot.lookup("#batch-line").queryAs(Label.class).getStyleClass().contains("status-ok"));
    }
}
