package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import org.packbench.label.Dots;
import org.packbench.label.Rect;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.ui.model.DesignerModel;
import org.packbench.ui.model.UiText;
import org.packbench.verify.design.DesignFinding;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Шаблоны, by mouse and keyboard as a supervisor works: a new VK label built from the palette, a
 * name set at 9 pt shows in red and cannot be saved for printing, + puts it back to 10 pt, the
 * elements are placed by arrows, Shift+arrows, typed sizes and a mouse drag, the template is saved
 * for use, and a label issued from it on the command line passes its checks and is read back.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerScreenTest {
    @TempDir
    static Path dir;

    private Workbench bench;
    private MainView view;
    private String db;

    @Start
    void start(Stage stage) throws Exception {
        db = dir.resolve("designer-" + System.nanoTime() + ".db").toString();
        bench = Workbench.open(Path.of(db), Clock.systemUTC());
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        CliRun.dacsForBothClocks().forEach(d -> bench.dacs().add(d.code(), d.issuedOn()));
        view = new MainView(
                bench, new UiText(Locale.forLanguageTag("ru")), new Background(), (t, f, p) -> Optional.empty());
        stage.setScene(MainView.scene(view));
        stage.show();
        view.show("designer");
    }

    @AfterEach
    void stop() {
        bench.closeDatabase();
    }

    @Test
    void aSupervisorBuildsAVkLabelSeesTheNinePointTextInRedFixesItSavesAndALabelIsIssuedFromIt(FxRobot robot)
            throws Exception {
        DesignerModel model = view.designerScreen().model();
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        robot.lookup("#designer-new-title").queryTextInputControl();
        robot.clickOn("#designer-new-title").eraseText(20).write("Чехлы VK");
        robot.type(KeyCode.ENTER);
        waitFor(() -> model.template().map(t -> t.title().equals("Чехлы VK")).orElse(false));
        // The keys go to the window again, not to the dialog that has closed.
        robot.targetWindow(view.getScene().getWindow());
        robot.interact(() -> ((Stage) view.getScene().getWindow()).requestFocus());
        LabelTemplate fresh = model.template().orElseThrow();
        assertEquals(58, fresh.widthMm());
        assertEquals(40, fresh.heightMm());
        assertTrue(fresh.regulated(), "a product label of a marketplace is a Russian product label");
        waitForCheckOf(model);
        assertTrue(
                model.checkedProperty().get().report().findings().stream()
                        .anyMatch(f -> f.message().key().equals("design.check.vkNeedsWatermark")),
                "an empty VK label is told what it lacks");

        robot.clickOn("#designer-add-WATERMARK");
        robot.clickOn("#designer-add-TEXT");
        assertEquals("text", model.selectedProperty().get());
        typeInto(robot, "#designer-w", "54");
        typeInto(robot, "#designer-h", "14");
        typeInto(robot, "#designer-lines", "3");
        waitFor(() -> text(model, "text").maxLines() == 3);
        assertEquals(model.snap(54), box(model, "text").width(), 1e-9, "a typed width lands on the dot grid");

        // The name at 9 pt: red on the canvas and in the list, and no saving for use.
        typeInto(robot, "#designer-font-size", "9");
        waitForCheckOf(model);
        assertTrue(
                model.checkedProperty().get().report().on("text").stream()
                        .anyMatch(f -> f.blocksUse() && f.problem() == DesignFinding.Problem.TEXT_UNDER_MINIMUM),
                () -> "a 9 pt text is marked: "
                        + model.checkedProperty().get().report().findings());
        ListView<?> findings = robot.lookup("#designer-findings").queryListView();
        waitFor(() -> robot.lookup(".finding-blocks").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Labeled) n).getText().contains("9")));
        assertTrue(findings.getItems().size() > 0);
        assertTrue(robot.lookup("#designer-status")
                .queryAs(Label.class)
                .getStyleClass()
                .contains("status-error"));
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitFor(() -> status(robot).contains("черновик") && status(robot).contains("9"));

        // + on the canvas: back to 10 pt, and the red goes.
        robot.interact(() -> model.selectedProperty().set(null));
        robot.clickOn(view.designerScreen().onScreen(10, 5), MouseButton.PRIMARY);
        assertEquals("text", model.selectedProperty().get(), "a click on the label picks the element under it");
        robot.write("+");
        waitFor(() -> text(model, "text").sizePt() == 10.0);
        waitForCheckOf(model);
        assertTrue(model.checkedProperty().get().report().on("text").stream().noneMatch(DesignFinding::blocksUse));

        // The weight: a second text, typed pattern, moved down by Shift+arrows (1 mm each).
        robot.clickOn("#designer-add-TEXT");
        assertEquals("text-2", model.selectedProperty().get());
        robot.clickOn("#designer-content").eraseText(20).write("Вес нетто: {net_weight_g} г");
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(model, "text-2").pattern().source().startsWith("Вес нетто"));
        typeInto(robot, "#designer-w", "37");
        typeInto(robot, "#designer-h", "5");
        typeInto(robot, "#designer-lines", "1");
        robot.interact(() -> view.designerScreen().focusCanvas());
        Rect added = box(model, "text-2");
        for (int i = 0; i < 15; i++) {
            robot.press(KeyCode.SHIFT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.SHIFT);
        }
        waitFor(() -> Math.abs(box(model, "text-2").y() - (added.y() + 15)) < 1e-9);
        // …and three dots right by the plain arrows.
        robot.type(KeyCode.RIGHT, 3);
        waitFor(() -> Math.abs(box(model, "text-2").x() - (added.x() + Dots.toMm(3, 203))) < 1e-9);

        // The manufacturer, placed by typing, then dragged a little lower by the mouse.
        robot.clickOn("#designer-add-TEXT");
        robot.clickOn("#designer-content").eraseText(20).write("{manufacturer}");
        robot.type(KeyCode.ENTER);
        typeInto(robot, "#designer-y", "23");
        typeInto(robot, "#designer-w", "37");
        typeInto(robot, "#designer-h", "13");
        typeInto(robot, "#designer-lines", "3");
        waitFor(() -> Math.abs(box(model, "text-3").y() - model.snap(23)) < 1e-9);
        Rect before = box(model, "text-3");
        Point2D grab = view.designerScreen().onScreen(before.x() + 5, before.y() + 3);
        robot.moveTo(grab).press(MouseButton.PRIMARY);
        robot.moveBy(0, 6).moveBy(0, 6).release(MouseButton.PRIMARY);
        waitFor(() -> box(model, "text-3").y() > before.y());
        Rect dropped = box(model, "text-3");
        double dots = dropped.y() * 203 / Dots.MM_PER_INCH;
        assertEquals(Math.round(dots), dots, 1e-6, "a drag lands on the dot grid");

        // The QR code, placed by typing its corner.
        robot.clickOn("#designer-add-QR");
        typeInto(robot, "#designer-x", "40");
        typeInto(robot, "#designer-y", "22.5");
        waitForCheckOf(model);
        assertTrue(
                model.checkedProperty().get().report().savableForUse(),
                () -> "the finished label passes: "
                        + model.checkedProperty().get().report().findings());

        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitFor(() -> status(robot).contains("сохранён для печати"));
        String id = fresh.id();
        assertTrue(status(robot).contains(id) && status(robot).contains("версия 1"), status(robot));

        CliRun listed = CliRun.of("label", "templates", "--db", db);
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(listed.out().contains(id), listed.out());
        Path png = dir.resolve(id + "-" + System.nanoTime() + ".png");
        CliRun issued = CliRun.of(
                "label",
                "render",
                "--template",
                id,
                "--sku",
                "PB-7-001",
                "--order",
                "VK-7001",
                "--tracking",
                "RU700100100VK",
                "--format",
                "png",
                "--out",
                png.toString(),
                "--db",
                db);
        assertEquals(0, issued.exit(), issued.out() + issued.err());
        assertTrue(Files.size(png) > 0);
        String log = CliRun.of("log", "show", "--date", "2026-11-25", "--json", "--db", db)
                .out();
        assertTrue(log.contains(id) && log.contains("\"readback\""), log);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#designer-status").queryAs(Label.class).getText();
    }

    private static void typeInto(FxRobot robot, String field, String value) {
        robot.doubleClickOn(field).eraseText(12).write(value).type(KeyCode.ENTER);
    }

    private static Element.Text text(DesignerModel model, String id) {
        return (Element.Text)
                org.packbench.label.design.Elements.find(model.template().orElseThrow(), id)
                        .orElseThrow();
    }

    private static Rect box(DesignerModel model, String id) {
        return ((Element.Boxed) org.packbench.label.design.Elements.find(
                                model.template().orElseThrow(), id)
                        .orElseThrow())
                .box();
    }

    /** Until the newest check has come back for the draft as it stands. */
    private static void waitForCheckOf(DesignerModel model) throws Exception {
        waitFor(() -> model.checkedProperty().get() != null
                && model.template()
                        .map(t -> t.equals(model.checkedProperty().get().template()))
                        .orElse(false));
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
