package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.LabelRequest;
import org.packbench.app.RenderedLabel;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.marketplace.LabelLogEntry;
import org.packbench.render.LabelFormat;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Журнал: today's labels, narrowed by typing or by status. */
@ExtendWith(ApplicationExtension.class)
class LogScreenTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        Workbench bench = Workbench.open(dir.resolve("log-" + System.nanoTime() + ".db"), Clock.systemDefaultZone());
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.now().minusDays(10));
        bench.labels()
                .render(new LabelRequest(
                        "PB-7-001",
                        "vk-product-58x40",
                        "VK-1",
                        "RU100000001VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203));
        RenderedLabel spoiled = bench.labels()
                .render(new LabelRequest(
                        "PB-7-003",
                        "vk-product-58x40",
                        "VK-2",
                        "RU100000002VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203));
        bench.dispatchRecords().voidLabel(spoiled.id(), "smudged");
        MainView view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        stage.show();
    }

    @Test
    void todaysLabelsAreListedAndFilteredByStatusAndText(FxRobot robot) throws Exception {
        robot.type(KeyCode.F6);
        @SuppressWarnings("unchecked")
        TableView<LabelLogEntry> table = robot.lookup("#log-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.clickOn("#log-filter").write("PB-7-003");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals("voided", table.getItems().get(0).status());
        assertEquals("smudged", table.getItems().get(0).voidReason());
    }

    @Test
    void aLabelIsVoidedWithItsReason(FxRobot robot) throws Exception {
        robot.type(KeyCode.F6);
        @SuppressWarnings("unchecked")
        TableView<LabelLogEntry> table = robot.lookup("#log-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.clickOn("#log-filter").write("PB-7-001");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#log-void");
        robot.clickOn("#reason-field").write("порвана при упаковке").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> table.getItems().size() == 1
                        && "voided".equals(table.getItems().get(0).status()));
        assertEquals("порвана при упаковке", table.getItems().get(0).voidReason());
    }
}
