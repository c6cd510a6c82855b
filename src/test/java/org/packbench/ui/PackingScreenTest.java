package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Упаковка: type a SKU, order and tracking number, press Enter, and see the print raster at the printer's dpi. */
@ExtendWith(ApplicationExtension.class)
class PackingScreenTest {
    @TempDir
    static Path dir;

    private MainView view;
    private Workbench bench;

    @Start
    void start(Stage stage) {
        bench = Workbench.open(dir.resolve("pack-" + System.nanoTime() + ".db"), Clock.systemUTC());
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.now().minusDays(10));
        view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        stage.show();
        view.show("packing");
    }

    @Test
    void enterShowsTheLabelAsThePrinterWillReceiveIt(FxRobot robot) throws Exception {
        robot.clickOn("#packing-sku").write("PB-7-003");
        robot.clickOn("#packing-order").write("VK-20261125-0100");
        robot.clickOn("#packing-tracking").write("RU555000111VK").type(KeyCode.ENTER);
        ImageView image = robot.lookup("#packing-image").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> image.getImage() != null);
        assertEquals(464, image.getImage().getWidth(), 1.0, "58 mm at 203 dpi");
        assertEquals(320, image.getImage().getHeight(), 1.0, "40 mm at 203 dpi");
    }

    @Test
    void aDroppedLabelPdfIsCheckedAgainstTheSku(FxRobot robot) throws Exception {
        byte[] pdf = bench.labels()
                .render(new org.packbench.app.LabelRequest(
                        "PB-7-003",
                        "vk-product-58x40",
                        "VK-77",
                        "RU777000777VK",
                        Optional.empty(),
                        org.packbench.render.LabelFormat.PDF,
                        203))
                .bytes();
        Path file = dir.resolve("label-" + System.nanoTime() + ".pdf");
        java.nio.file.Files.write(file, pdf);
        robot.clickOn("#packing-sku").write("PB-7-003");
        robot.interact(() -> view.packingScreen().auditPdf(file));
        Label status = robot.lookup("#packing-drop").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("PB-7-003"));
        assertTrue(status.getText().contains("соответствует артикулу PB-7-003"), status.getText());
        robot.clickOn("#packing-sku").eraseText(8).write("PB-7-001");
        robot.interact(() -> view.packingScreen().auditPdf(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("PB-7-001"));
        assertTrue(status.getText().contains("НЕ соответствует"), status.getText());
    }

    @Test
    void aSkuThatIsNotInTheCatalogIsRefusedAtItsOwnScanInRussian(FxRobot robot) throws Exception {
        robot.clickOn("#packing-sku").write("NOPE-1").type(KeyCode.ENTER);
        Label status = robot.lookup("#packing-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> status.getText().contains("NOPE-1"));
        assertTrue(status.getText().contains("нет ни такого товара в каталоге"), status.getText());
        assertTrue(
                robot.lookup("#packing-banner").query().getStyleClass().contains("banner-refused"),
                "the whole banner is red, not a small line");
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#packing-sku").query().isFocused());
        assertEquals(
                "",
                robot.lookup("#packing-order")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText(),
                "the refused parcel's order is gone");
        assertNull(robot.lookup("#packing-image").queryAs(ImageView.class).getImage());
    }

    @Test
    void aScannedProductShowsItsNameAtOnce(FxRobot robot) throws Exception {
        robot.clickOn("#packing-sku").write("4607002977277").type(KeyCode.ENTER);
        Label name = robot.lookup("#packing-product").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> name.getText().startsWith("Чехол для смартфона"));
        assertTrue(robot.lookup("#packing-product-facts")
                .queryAs(Label.class)
                .getText()
                .contains("VK"));
        assertTrue(robot.lookup("#packing-order").query().isFocused(), "the order is asked for next");
    }
}
