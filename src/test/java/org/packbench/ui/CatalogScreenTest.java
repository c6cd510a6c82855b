package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.Workbench;
import org.packbench.catalog.Sku;
import org.packbench.ui.model.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Каталог, as a packer uses it: import a file, then find a product by typing part of its name. */
@ExtendWith(ApplicationExtension.class)
class CatalogScreenTest {
    @TempDir
    static Path dir;

    private Path chosen;

    @Start
    void start(Stage stage) {
        PackbenchApp.loadFonts();
        Workbench bench = Workbench.open(dir.resolve("ui-" + System.nanoTime() + ".db"), Clock.systemUTC());
        FileSources files = (title, filter, patterns) -> Optional.ofNullable(chosen);
        MainView view = new MainView(bench, new UiText(Locale.forLanguageTag("ru")), new Background(), files);
        stage.setScene(MainView.scene(view));
        stage.show();
        view.opened();
    }

    @Test
    void importThenSearch(FxRobot robot) throws Exception {
        chosen = TestFiles.sampleFile(dir, "catalog-excel-cp1251.csv");
        TableView<Sku> table = robot.lookup("#catalog-table").queryTableView();
        robot.clickOn("#catalog-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 37);

        robot.clickOn("#catalog-search").write("зеркало");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(
                "Зеркало косметическое с подсветкой", table.getItems().get(0).nameRu());
        Label status = robot.lookup("#catalog-status").queryAs(Label.class);
        assertTrue(status.getText().contains("новых 37"), status.getText());
    }

    @Test
    void aFaultyFileListsItsErrorsByLineAndImportsNothing(FxRobot robot) throws Exception {
        chosen = TestFiles.sampleFile(dir, "catalog-faulty.csv");
        robot.clickOn("#catalog-import");
        @SuppressWarnings("unchecked")
        ListView<Object> problems = robot.lookup("#catalog-problems").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> problems.getItems().size() == 16);
        assertTrue(problems.isVisible());
        TableView<Sku> table = robot.lookup("#catalog-table").queryTableView();
        assertTrue(table.getItems().isEmpty());
        assertTrue(robot.lookup("#catalog-demo-banner").query().isVisible(), "the empty catalog still offers the demo");
    }

    @Test
    void anEmptyBenchOffersTheDemoCatalog(FxRobot robot) throws Exception {
        TableView<Sku> table = robot.lookup("#catalog-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#catalog-demo-banner")
                .query()
                .isVisible());
        robot.clickOn("#catalog-demo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 40);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#catalog-demo-banner").query().isVisible());
    }
}
