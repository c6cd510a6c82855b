package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.LabelRequest;
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

/** Журнал opens on the bench clock's day, not the computer's: the day a label was issued on that clock. */
@ExtendWith(ApplicationExtension.class)
class LogScreenClockTest {
    private static final Clock NOV_25 = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        Workbench bench = Workbench.open(dir.resolve("log-clock-" + System.nanoTime() + ".db"), NOV_25);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 11, 1));
        bench.labels()
                .render(new LabelRequest(
                        "PB-7-001",
                        "vk-product-58x40",
                        "VK-1",
                        "RU100000001VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203));
        MainView view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        stage.show();
    }

    @Test
    void theLogOpensOnTheBenchClocksDayWithItsLabels(FxRobot robot) throws Exception {
        robot.type(KeyCode.F6);
        DatePicker day = robot.lookup("#log-day").queryAs(DatePicker.class);
        @SuppressWarnings("unchecked")
        TableView<LabelLogEntry> table = robot.lookup("#log-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(Optional.of(LocalDate.of(2026, 11, 25)), DateField.value(day));
    }
}
