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
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.LabelRequest;
import org.packbench.app.Workbench;
import org.packbench.catalog.CatalogRepository;
import org.packbench.catalog.ImportOptions;
import org.packbench.render.LabelFormat;
import org.packbench.verify.dispatch.Verdict;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Отгрузка: scan, see a green or red verdict with its reason, scan again straight away. */
@ExtendWith(ApplicationExtension.class)
class DispatchScreenTest {
    @TempDir
    static Path dir;

    private String qr;

    @Start
    void start(Stage stage) {
        Workbench bench = Workbench.open(dir.resolve("d-" + System.nanoTime() + ".db"), Clock.systemUTC());
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, CatalogRepository.Progress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.now().minusDays(10));
        qr = bench.labels().render(new LabelRequest("PB-7-001", "vk-product-58x40", "VK-9", "RU900000009VK",
                Optional.empty(), LabelFormat.ZPL, 203)).document().barcode("qr").orElseThrow().data();
        MainView view = new MainView(bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        stage.show();
        view.show("dispatch");
    }

    @Test
    void aGoodScanIsGreenASecondScanIsRedAndTheFieldIsReadyAgain(FxRobot robot) throws Exception {
        Label verdict = robot.lookup("#dispatch-verdict").queryAs(Label.class);
        VBox panel = robot.lookup("#dispatch-panel").queryAs(VBox.class);
        robot.clickOn("#dispatch-scan").write(qr).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "ОК".equals(verdict.getText()));
        assertTrue(panel.getStyleClass().contains("verdict-ok"));
        robot.write(qr).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "УЖЕ ОТГРУЖЕНО".equals(verdict.getText()));
        assertTrue(panel.getStyleClass().contains("verdict-bad"));
        Label reason = robot.lookup("#dispatch-reason").queryAs(Label.class);
        assertTrue(reason.getText().contains("VK-9"), reason.getText());
        assertEquals("За смену: ОК 1, отклонено 1", robot.lookup("#dispatch-counters").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#dispatch-scan").query().isFocused(), "focus is back in the scan field");
    }

    @Test
    void aScanArrivingWhileTheFocusIsElsewhereStillGetsItsVerdict(FxRobot robot) throws Exception {
        robot.clickOn("#dispatch-recent");
        Label verdict = robot.lookup("#dispatch-verdict").queryAs(Label.class);
        // A scanner types fast: the robot's keystrokes come milliseconds apart.
        robot.write("RU900000009VK", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "ОК".equals(verdict.getText()));
        assertTrue(robot.lookup("#dispatch-scan").query().isFocused());
    }

    @Test
    void everyVerdictHasItsOwnSound() {
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (Verdict v : Verdict.values()) {
            assertTrue(VerdictSound.pcm(VerdictSound.tones(v)).length > 0);
            distinct.add(java.util.Arrays.toString(VerdictSound.tones(v)));
        }
        assertEquals(Verdict.values().length, distinct.size());
    }
}
