package org.packbench.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.packbench.app.Workbench;
import org.packbench.ui.model.MainModel;
import org.packbench.ui.model.UiText;

/**
 * The main window: the screens down the left, each on a function key, and the current screen.
 * F-keys rather than Alt-letters, because a scanner in keyboard-wedge mode never sends them.
 */
public final class MainView extends BorderPane {
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final Map<String, KeyCode> keys = new LinkedHashMap<>();
    private final ToggleGroup group = new ToggleGroup();
    private final CatalogScreen catalog;
    private final PackingScreen packing;
    private final DesignerScreen designer;
    private final Runnable refreshTemplates;
    private Screen current;
    private final MainModel model;
    private final SessionBar session;

    public MainView(Workbench workbench, UiText text, Background background, FileSources files) {
        this.model = new MainModel(workbench.catalog(), background);
        this.refreshTemplates = () -> background.run(
                () -> {
                    workbench.labels().templates().refresh();
                    return null;
                },
                nothing -> {});
        this.catalog = new CatalogScreen(workbench, text, background, files);
        this.packing = new PackingScreen(workbench, text, background, files);
        add("packing", KeyCode.F1, text, packing);
        add(
                "dispatch",
                KeyCode.F2,
                text,
                new DispatchScreen(workbench, text, background, new VerdictSound(), workbench.benchId()));
        add("catalog", KeyCode.F3, text, catalog);
        add("dac", KeyCode.F4, text, new DacScreen(workbench, text, background));
        add("printers", KeyCode.F5, text, new PrintersScreen(workbench, text, background));
        add("log", KeyCode.F6, text, new LogScreen(workbench, text, background));
        add(
                "deadlines",
                KeyCode.F7,
                text,
                new DeadlinesScreen(workbench, text, background, files, this::lookAtMarketplaces));
        this.designer = new DesignerScreen(workbench, text, background, files);
        add("designer", KeyCode.F8, text, designer);

        setLeft(nav(workbench, text, background));
        session = new SessionBar(workbench.access(), workbench.outbox(), text, background, () -> current.shown());
        setTop(session);
        show("catalog");
    }

    /** The screens' buttons down the left, and at the foot the database this window works on. */
    private VBox nav(Workbench workbench, UiText text, Background background) {
        Label brand = new Label("PackBench");
        brand.getStyleClass().add("brand");
        VBox nav = new VBox(3);
        nav.getStyleClass().add("nav");
        nav.getChildren().add(brand);
        nav.getChildren().addAll(buttons.values());
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label db = new Label(workbench.databaseAddress().display());
        db.getStyleClass().add("nav-footer");
        db.setWrapText(true);
        // Which database the bench opens at its next start: a supervisor's choice, by mouse; the
        // packer's keys stay the screens' and the scanner's.
        javafx.scene.control.Hyperlink choose = new javafx.scene.control.Hyperlink(text.get("database.open"));
        choose.setId("nav-database");
        choose.getStyleClass().add("nav-footer");
        choose.setFocusTraversable(false);
        choose.setOnAction(
                e -> DatabaseDialog.show(workbench, org.packbench.app.DataLocation.dataDirectory(), text, background));
        nav.getChildren().addAll(spacer, db, choose);
        return nav;
    }

    private void add(String id, KeyCode key, UiText text, Screen screen) {
        ToggleButton b = new ToggleButton(text.get("nav." + id) + "\n" + key.getName());
        b.setId("nav-" + id);
        b.setToggleGroup(group);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("nav-button");
        b.setFocusTraversable(false);
        b.setOnAction(e -> show(id));
        screens.put(id, screen);
        buttons.put(id, b);
        keys.put(id, key);
    }

    /** Brings screen {@code id} to the front. */
    public void show(String id) {
        Screen s = screens.get(id);
        current = s;
        buttons.get(id).setSelected(true);
        setCenter(s.view());
        // What another bench's supervisor saved meanwhile is used from here on (see TemplateLibrary).
        refreshTemplates.run();
        s.shown();
        lookAtMarketplaces();
    }

    /** The window's marketplaces item reads the outbox again: another screen shown, a push retried. */
    private void lookAtMarketplaces() {
        if (session != null) {
            session.lookAtMarketplaces();
        }
    }

    /** After the window is up: an empty bench starts on the catalog with the demo offer, any other on Упаковка. */
    public void opened() {
        show("catalog");
        session.askForWorker();
        model.opened(() -> {
            // Unless the packer has gone elsewhere meanwhile.
            if (current == catalog) {
                show("packing");
            }
        });
    }

    /** A scan from a serial scanner or a wedge scan caught off the scan field: for the screen in front. */
    public void acceptScan(String scan) {
        current.acceptScan(scan);
    }

    public PackingScreen packingScreen() {
        return packing;
    }

    DesignerScreen designerScreen() {
        return designer;
    }

    public CatalogScreen catalogScreen() {
        return catalog;
    }

    public static Scene scene(MainView view) {
        Scene scene = new Scene(view, 1366, 768);
        scene.getStylesheets().add(MainView.class.getResource("packbench.css").toExternalForm());
        view.keys.forEach((id, key) -> scene.getAccelerators().put(new KeyCodeCombination(key), () -> view.show(id)));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F9), () -> view.session.signIn(true));
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.L, javafx.scene.input.KeyCombination.SHORTCUT_DOWN),
                        () -> view.session.signOut());
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.U, javafx.scene.input.KeyCombination.SHORTCUT_DOWN),
                        () -> view.session.addUser());
        new WedgeCapture(scan -> view.current.acceptScan(scan)).install(scene);
        return scene;
    }
}
