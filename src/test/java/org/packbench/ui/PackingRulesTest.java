package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.Decoding;
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

/**
 * The rules of issue 13 on the real window, typed as a scanner types, with the queue worker
 * delivering to a 127.0.0.1 printer: one parcel, one label; the template follows the product;
 * the preview is the print; Esc and refusals leave an empty form.
 */
@ExtendWith(ApplicationExtension.class)
class PackingRulesTest {
    @TempDir
    static Path dir;

    private TestPrinter printer;
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        printer = TestPrinter.zpl();
        String db = dir.resolve("rules-" + System.nanoTime() + ".db").toString();
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
        MainView view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        stage.show();
        view.show("packing");
    }

    @AfterEach
    void stop() throws Exception {
        bench.queueWorker().close();
        printer.close();
    }

    private void ready(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<String> printers = robot.lookup("#packing-printer").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "zebra".equals(printers.getValue()));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#packing-sku").query().isFocused());
    }

    private static void scan(FxRobot robot, String code) {
        robot.write(code).type(KeyCode.ENTER);
    }

    private static void ctrlP(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.P).release(KeyCode.P).release(KeyCode.CONTROL);
    }

    private Label status(FxRobot robot) {
        return robot.lookup("#packing-status").queryAs(Label.class);
    }

    private long rendered() {
        return bench
                .labelLog()
                .entries(bench.labelLog()
                        .period(LocalDate.now(java.time.ZoneOffset.UTC), LocalDate.now(java.time.ZoneOffset.UTC)))
                .stream()
                .filter(e -> e.event().code().equals("rendered"))
                .count();
    }

    @Test
    void enterThreeTimesAndCtrlPRacingTheIssueGiveOneLabelPerParcel(FxRobot robot) throws Exception {
        ready(robot);
        scan(robot, "PB-7-001");
        scan(robot, "VK-9001");
        scan(robot, "RU900100100VK");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> status(robot).getText().startsWith("Готово к печати"));
        robot.type(KeyCode.ENTER, KeyCode.ENTER, KeyCode.ENTER);
        ctrlP(robot);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> status(robot).getText().startsWith("Уже напечатано"));

        // The second parcel without waiting for the preview: Enter and Ctrl+P race the issue itself.
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#packing-sku").query().isFocused());
        scan(robot, "PB-7-003");
        scan(robot, "VK-9002");
        scan(robot, "RU900200200VK");
        robot.type(KeyCode.ENTER);
        ctrlP(robot);
        robot.type(KeyCode.ENTER, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printer.labels().size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1500); // let any late duplicate arrive before counting
        assertEquals(2, printer.labels().size(), "exactly one label per parcel at the printer");
        assertEquals(2, rendered(), "and in the log");
    }

    @Test
    void anOzonProductAfterAVkParcelComesOutOnAnOzonTemplate(FxRobot robot) throws Exception {
        ready(robot);
        scan(robot, "PB-7-001");
        scan(robot, "VK-9101");
        scan(robot, "RU910100100VK");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> status(robot).getText().startsWith("Готово к печати"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> status(robot).getText().startsWith("НАПЕЧАТАНО"));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#packing-sku").query().isFocused());
        scan(robot, "PB-7-002");
        scan(robot, "OZ-9102");
        scan(robot, "RU910200200RU");
        @SuppressWarnings("unchecked")
        ComboBox<String> template = robot.lookup("#packing-template").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> status(robot).getText().startsWith("Готово к печати"));
        assertEquals("ozon-product-58x40", template.getValue());
        assertTrue(template.getItems().stream().noneMatch(t -> t.startsWith("vk-")), template.getItems()::toString);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printer.labels().size() == 2);
        String ozon = printer.labels().get(1);
        assertFalse(ozon.contains("^BQ"), "no VK QR (with its DAC) on the Ozon label");
        assertTrue(ozon.contains("^BE"), "the Ozon label's EAN-13");
    }

    @Test
    void thePreviewShowsTheIdAndQrThePrinterGets(FxRobot robot) throws Exception {
        ready(robot);
        scan(robot, "PB-7-001");
        scan(robot, "VK-9201");
        scan(robot, "RU920100100VK");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> status(robot).getText().startsWith("Готово к печати"));
        String previewed = shownQr(robot);
        Label caption = robot.lookup("#packing-label-id").queryAs(Label.class);
        assertTrue(previewed.endsWith("|" + caption.getText().split(" ")[1]), previewed + " / " + caption.getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printer.labels().size() == 1);
        Matcher m = Pattern.compile("\\^BQN,2,\\d+,\\w(?:,\\d)?\\^FD\\wA,(.*?)\\^FS")
                .matcher(printer.labels().get(0));
        assertTrue(m.find());
        assertEquals(previewed, m.group(1), "the QR previewed is the QR printed");
        assertEquals(previewed, shownQr(robot), "and the label left on show after printing");
    }

    @Test
    void changingTheTemplateAfterThePreviewShowsTheNewLabel(FxRobot robot) throws Exception {
        ready(robot);
        scan(robot, "PB-7-001");
        scan(robot, "VK-9301");
        scan(robot, "RU930100100VK");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> status(robot).getText().startsWith("Готово к печати"));
        ImageView image = robot.lookup("#packing-image").queryAs(ImageView.class);
        assertEquals(320, image.getImage().getHeight(), 1.0);
        @SuppressWarnings("unchecked")
        ComboBox<String> template = robot.lookup("#packing-template").queryAs(ComboBox.class);
        robot.interact(() -> template.setValue("vk-product-75x120"));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> image.getImage() != null && Math.abs(image.getImage().getHeight() - 958) <= 2);
        assertTrue(
                status(robot).getText().startsWith("Готово к печати"),
                status(robot).getText());
    }

    @Test
    void scansInTheRussianLayoutAreRepairedAndEscClearsTheForm(FxRobot robot) throws Exception {
        ready(robot);
        scan(robot, "ЗИ-7-003");
        scan(robot, "МЛ-9401");
        scan(robot, "КГ000000011МЛ");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> status(robot).getText().startsWith("Готово к печати"));
        assertEquals(
                "RU000000011VK",
                robot.lookup("#packing-tracking").queryAs(TextField.class).getText());
        assertEquals(
                "VK-9401",
                robot.lookup("#packing-order").queryAs(TextField.class).getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#packing-order")
                .queryAs(TextField.class)
                .getText()
                .isEmpty());
        assertEquals("", robot.lookup("#packing-sku").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#packing-sku").query().isFocused());
        assertEquals(
                null, robot.lookup("#packing-image").queryAs(ImageView.class).getImage());
        assertEquals(0, printer.labels().size());
    }

    @Test
    void theShiftStripCountsTodaysLabelsAndReprintsTheLastWithAReason(FxRobot robot) throws Exception {
        ready(robot);
        scan(robot, "PB-7-005");
        scan(robot, "VK-9501");
        scan(robot, "RU950100100VK");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> status(robot).getText().startsWith("Готово к печати"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printer.labels().size() == 1);
        Label today = robot.lookup("#packing-today").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> today.getText().equals("Сегодня напечатано: 1"));
        robot.press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reason-field")
                .tryQuery()
                .isPresent());
        robot.clickOn("#reason-field").write("этикетка смялась").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printer.labels().size() == 2);
        assertEquals(printer.labels().get(0), printer.labels().get(1), "the same label again, not a new one");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> status(robot).getText().contains("отправлена повторно"));
    }

    private static String shownQr(FxRobot robot) {
        ImageView image = robot.lookup("#packing-image").queryAs(ImageView.class);
        List<Result> found = Decoding.all(SwingFXUtils.fromFXImage(image.getImage(), null));
        return found.stream()
                .filter(r -> r.getBarcodeFormat() == BarcodeFormat.QR_CODE)
                .map(Result::getText)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no QR on the shown label"));
    }
}
