package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
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
import org.packbench.verify.dispatch.Verdict;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Журнал beside each label says where it stands for dispatch; a filter that matches nothing says
 * so rather than "no labels today"; the day is typed as ДД.ММ.ГГГГ.
 */
@ExtendWith(ApplicationExtension.class)
class LogScreenDispatchTest {
    @TempDir
    static Path dir;

    private RenderedLabel first;
    private RenderedLabel reprint;
    private RenderedLabel spoiled;

    @Start
    void start(Stage stage) {
        Workbench bench = Workbench.open(dir.resolve("logd-" + System.nanoTime() + ".db"), Clock.systemDefaultZone());
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.now().minusDays(10));
        first = bench.labels()
                .render(new LabelRequest(
                        "PB-7-001",
                        "vk-product-58x40",
                        "VK-1",
                        "RU100000001VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203));
        reprint = bench.labels()
                .render(new LabelRequest(
                                "PB-7-001",
                                "vk-product-58x40",
                                "VK-1",
                                "RU100000001VK",
                                Optional.empty(),
                                LabelFormat.ZPL,
                                203)
                        .asReprint("этикетка смялась"));
        spoiled = bench.labels()
                .render(new LabelRequest(
                        "PB-7-003",
                        "vk-product-58x40",
                        "VK-2",
                        "RU100000002VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203));
        bench.dispatchRecords().voidLabel(spoiled.id(), "smudged");
        bench.dispatchRecords().recordScan("bench-1", "", "RU100000001VK", Verdict.OK, Optional.of(reprint.id()));
        MainView view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        stage.show();
        view.show("log");
    }

    @SuppressWarnings("unchecked")
    private static TableView<LabelLogEntry> table(FxRobot robot) {
        return robot.lookup("#log-table").queryAs(TableView.class);
    }

    @Test
    void eachLabelSaysWhetherItWasDispatchedSupersededOrVoided(FxRobot robot) throws Exception {
        TableView<LabelLogEntry> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        @SuppressWarnings("unchecked")
        TableColumn<LabelLogEntry, String> dispatch = (TableColumn<LabelLogEntry, String>) table.getColumns().stream()
                .filter(c -> c.getText().equals("Отгрузка"))
                .findFirst()
                .orElseThrow();
        Map<Long, String> shown =
                table.getItems().stream().collect(Collectors.toMap(LabelLogEntry::id, e -> dispatch.getCellData(e)));
        assertEquals(
                Map.of(first.id(), "заменена новой", reprint.id(), "отгружена", spoiled.id(), "аннулирована"), shown);
    }

    @Test
    void aTrackingNumberScannedUnderTheRussianLayoutIsFound(FxRobot robot) throws Exception {
        TableView<LabelLogEntry> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.clickOn("#log-filter").write("КГ100000002МЛ");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(spoiled.id(), table.getItems().get(0).id());
    }

    @Test
    void aFilterThatMatchesNothingSaysNoMatchesNotNoLabels(FxRobot robot) throws Exception {
        TableView<LabelLogEntry> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.clickOn("#log-filter").write("НЕТ-ТАКОГО");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        String placeholder = ((Label) table.getPlaceholder()).getText();
        assertTrue(placeholder.startsWith("Нет совпадений"), placeholder);
    }

    @Test
    void theDayIsTypedAsDayMonthYear(FxRobot robot) throws Exception {
        TableView<LabelLogEntry> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        DatePicker day = robot.lookup("#log-day").queryAs(DatePicker.class);
        assertEquals(DateField.format(LocalDate.now()), day.getEditor().getText(), "shown as ДД.ММ.ГГГГ");
        robot.interact(() -> day.getEditor().clear());
        robot.clickOn(day.getEditor()).write("05.12.2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> LocalDate.of(2026, 12, 5).equals(day.getValue()));
        if (!LocalDate.now().equals(LocalDate.of(2026, 12, 5))) {
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
            assertEquals("В этот день этикеток нет.", ((Label) table.getPlaceholder()).getText());
        }
    }

    @Test
    void datesAreReadStrictlyInBothWritings() {
        assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), DateField.parse("05.12.2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), DateField.parse("5.12.2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), DateField.parse("2026-12-05"));
        assertEquals(Optional.empty(), DateField.parse("31.02.2026"));
        assertEquals(Optional.empty(), DateField.parse("2026-13-01"));
    }
}
