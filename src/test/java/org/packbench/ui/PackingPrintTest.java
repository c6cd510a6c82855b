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

/** Упаковка with the keyboard alone: SKU, order, tracking, Ctrl+P — the checked label is queued and reaches the printer. */
@ExtendWith(ApplicationExtension.class)
class PackingPrintTest {
    @TempDir
    static Path dir;

    private TestPrinter printer;
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        printer = TestPrinter.zpl();
        String db = dir.resolve("pp-" + System.nanoTime() + ".db").toString();
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
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.now().minusDays(10));
        MainView view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        stage.show();
        view.show("packing");
    }

    @AfterEach
    void stop() throws Exception {
        printer.close();
    }

    @Test
    void ctrlPQueuesTheCheckedLabelOnTheChosenPrinter(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<String> printers = robot.lookup("#packing-printer").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "bench-zebra".equals(printers.getValue()));
        robot.clickOn("#packing-sku").write("PB-7-001");
        robot.clickOn("#packing-order").write("VK-5001");
        robot.clickOn("#packing-tracking").write("RU500100100VK");
        robot.press(KeyCode.CONTROL).press(KeyCode.P).release(KeyCode.P).release(KeyCode.CONTROL);
        Label status = robot.lookup("#packing-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("НАПЕЧАТАНО"));
        assertEquals(1, bench.printQueue().list(false).size(), "queued, not yet printed");
        bench.deliverNow().all();
        assertEquals(1, printer.labels().size(), "the label reached the printer");
        assertTrue(robot.lookup("#packing-sku").query().isFocused(), "ready for the next SKU");
    }

    @Test
    void anOrderScanFillsOrderAndTrackingThenTheProductsBarcodeAndEnterPrint(FxRobot robot) throws Exception {
        new org.packbench.marketplace.orders.OrderImport(bench.orders(), java.time.ZoneOffset.UTC)
                .run(("order,marketplace,confirmed_at,tracking\nVK-7001,vk,2026-11-25T08:00:00Z,RU700100100VK\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        ComboBox<String> printers = robot.lookup("#packing-printer").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "bench-zebra".equals(printers.getValue()));
        robot.clickOn("#packing-sku").write("VK-7001").type(KeyCode.ENTER);
        javafx.scene.control.TextField tracking =
                robot.lookup("#packing-tracking").queryAs(javafx.scene.control.TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "RU700100100VK".equals(tracking.getText()));
        assertTrue(robot.lookup("#packing-sku").query().isFocused(), "the product is asked for next");
        robot.write("4607002977277").type(KeyCode.ENTER);
        Label status = robot.lookup("#packing-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("Готово к печати"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("НАПЕЧАТАНО"));
        assertEquals(
                "VK-7001",
                bench.labelLog()
                        .entries(bench.labelLog()
                                .period(
                                        java.time.LocalDate.now(java.time.ZoneOffset.UTC),
                                        java.time.LocalDate.now(java.time.ZoneOffset.UTC)))
                        .get(0)
                        .facts()
                        .order());
    }
}
