package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;
import org.packbench.marketplace.orders.Deadline;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Сроки: import the order list and see the deadlines, the most urgent first. */
@ExtendWith(ApplicationExtension.class)
class DeadlinesScreenTest {
    @TempDir
    static Path dir;

    private Path csv;

    @Start
    void start(Stage stage) throws Exception {
        csv = dir.resolve("orders-" + System.nanoTime() + ".csv");
        Files.writeString(
                csv,
                "order,marketplace,confirmed_at,tracking\n"
                        + "OZ-1,ozon,2026-11-25T09:50:00Z,\nVK-1,vk,2026-11-25T09:30:00Z,\n");
        Workbench bench = Workbench.open(
                dir.resolve("dl-" + System.nanoTime() + ".db"),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        MainView view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.of(csv));
        stage.setScene(MainView.scene(view));
        stage.show();
    }

    @Test
    void importedOrdersShowTheirDeadlinesMostUrgentFirst(FxRobot robot) throws Exception {
        robot.type(KeyCode.F7);
        robot.clickOn("#deadlines-import");
        @SuppressWarnings("unchecked")
        TableView<Deadline> table = robot.lookup("#deadlines-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertEquals(Deadline.Kind.OZON_LABEL, table.getItems().get(0).kind(), "due 10:20, first");
        assertEquals(Deadline.Kind.VK_TRACKING, table.getItems().get(1).kind(), "due 11:30");
        assertTrue(table.getItems().get(2).kind() == Deadline.Kind.OZON_SHIP);
    }
}
