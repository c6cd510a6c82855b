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
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.render.LabelFormat;
import org.packbench.ui.model.UiText;
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
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.now().minusDays(10));
        qr = bench.labels()
                .render(new LabelRequest(
                        "PB-7-001",
                        "vk-product-58x40",
                        "VK-9",
                        "RU900000009VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203))
                .document()
                .barcode("qr")
                .orElseThrow()
                .data();
        MainView view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
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
        assertEquals(
                "За смену: ОК 1, отклонено 1",
                robot.lookup("#dispatch-counters").queryAs(Label.class).getText());
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

    @Test
    void aVerdictFadesToNeutralSoAMissedScanIsNotReadAsOk(FxRobot robot) throws Exception {
        // A screen of its own with a short hold: the rule is tested, not the clock.
        Workbench bench = Workbench.open(dir.resolve("fade-" + System.nanoTime() + ".db"), Clock.systemUTC());
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.now().minusDays(10));
        String good = bench.labels()
                .render(new LabelRequest(
                        "PB-7-001",
                        "vk-product-58x40",
                        "VK-7",
                        "RU700000007VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203))
                .document()
                .barcode("qr")
                .orElseThrow()
                .data();
        DispatchScreen screen = new DispatchScreen(
                bench,
                new UiText(Locale.forLanguageTag("ru")),
                new Background(),
                new VerdictSound(),
                "bench-1",
                javafx.util.Duration.millis(300));
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(screen.view()), 1000, 700));
            stage.show();
        });
        Label verdict = robot.lookup("#dispatch-verdict").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() == screen.view().getScene())
                .findFirst()
                .orElseThrow();
        VBox panel = (VBox) verdict.getParent();
        javafx.scene.control.TextField scan =
                robot.lookup("#dispatch-scan").queryAllAs(javafx.scene.control.TextField.class).stream()
                        .filter(t -> t.getScene() == screen.view().getScene())
                        .findFirst()
                        .orElseThrow();
        robot.interact(() -> {
            scan.setText(good);
            scan.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> panel.getStyleClass().contains("verdict-ok"));
        assertEquals("ОК", verdict.getText());
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> panel.getStyleClass().contains("verdict-idle"));
        assertEquals("Готово к сканированию", verdict.getText());
        Label reason = (Label) panel.getChildren().get(1);
        assertTrue(reason.getText().contains("ОК"), "the last verdict is still there, small: " + reason.getText());
        assertTrue(!panel.getStyleClass().contains("verdict-ok"), "no green left for the next parcel");
    }
}
