package org.packbench.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.packbench.app.BenchOpening;
import org.packbench.app.LogAutoExport;
import org.packbench.app.SerialScannerSetting;
import org.packbench.app.Workbench;
import org.packbench.scan.SerialScanner;
import org.packbench.ui.model.UiText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the bench off the FX thread, then shows the main window. */
public final class PackbenchApp extends Application {
    private static volatile Path databaseFile;
    private static volatile BenchOpening bench;
    private static volatile Locale locale = Locale.forLanguageTag("ru");
    /** JavaFX's own logger; held here, as java.util.logging forgets a level set on a logger nobody holds. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private static final Logger LOG = LoggerFactory.getLogger(PackbenchApp.class);

    /** Why the bench could not be opened (not a database, read-only, a full disk): told in the window, then on stderr. */
    private static volatile RuntimeException openFailure;

    private Workbench workbench;
    private Background background;
    private org.packbench.app.MarketplaceRounds marketplaces;
    private SerialScanner scanner;

    /** Starts the GUI and returns when its window is closed. */
    public static void start(BenchOpening opening, Locale language) {
        bench = opening;
        databaseFile = opening.localFile();
        locale = language;
        // Date pickers, number and date formats follow the default locale: make it the GUI's language.
        Locale.setDefault(language);
        // JavaFX warns that it was loaded from the class path; it is on purpose (see Main), and the
        // packer should not read it at every start.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        WindowUnavailable.launch(() -> Application.launch(PackbenchApp.class));
        RuntimeException failed = openFailure;
        if (failed != null) {
            openFailure = null;
            // The packer saw it in the window; a script or a terminal gets the one line and exit 1.
            throw failed;
        }
    }

    @Override
    public void init() {
        // init() runs on the launcher thread: opening and migrating the database here keeps
        // the FX thread free from the first frame on.
        try {
            workbench = bench.open(Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            // Started from a menu, the packer has no console: the reason is shown in start().
            openFailure = e;
            return;
        }
        // Jobs queued by the GUI or a script are delivered while the app is open; those left from an
        // earlier run are held until the packer, who sees the window first, says yes.
        workbench.deliveredBy("the PackBench window");
        workbench.queueWorker(true);
        marketplaces = workbench.startMarketplaceRounds();
        background = new Background();
        loadFonts();
    }

    @Override
    public void start(Stage stage) {
        UiText text = new UiText(locale);
        if (openFailure != null) {
            GuiFailures.cannotOpen(openFailure, databaseFile, text);
            Platform.exit();
            return;
        }
        background.reportTo(GuiFailures.install(databaseFile, text));
        MainView main = new MainView(workbench, text, background, FileSources.dialog(stage));
        Scene scene = MainView.scene(main);
        stage.setTitle("PackBench");
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        // Without a window manager (a kiosk bench, Xvfb) "maximised" means nothing: size to the screen as well.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
        // Closing with labels unprinted or in doubt is the packer's decision, not an accident.
        WorkUndone.guardClose(stage, workbench, text);
        stage.show();
        main.opened();
        WorkUndone.askAboutLeftovers(workbench, text, background);
        startSerialScanner(main);
        startEndOfDayExport();
        // Measured from JVM start to the first frame with the scan field focused (docs/benchmarks.md).
        Platform.runLater(() -> LOG.info(
                "ready to scan {} ms after start",
                System.currentTimeMillis()
                        - java.lang.management.ManagementFactory.getRuntimeMXBean()
                                .getStartTime()));
    }

    /** A serial scanner set up for this bench delivers its scans to the screen in front, like a wedge scan. */
    private void startSerialScanner(MainView main) {
        background.run(
                () -> SerialScannerSetting.of(workbench.config()),
                setting -> setting.ifPresent(s -> {
                    scanner = new SerialScanner(
                            s.device(),
                            s.baud(),
                            SerialScanner.terminator(s.terminator()),
                            StandardCharsets.UTF_8,
                            scan -> Platform.runLater(() -> main.acceptScan(scan)));
                    scanner.start();
                }));
    }

    /**
     * The end-of-day export, if a supervisor set its folder: on start (the bench may have been off
     * at midnight) and every ten minutes after, each finished day not yet written.
     */
    private void startEndOfDayExport() {
        Timeline every =
                new Timeline(new KeyFrame(Duration.millis(LogAutoExport.EVERY.toMillis()), e -> exportDueDays()));
        every.setCycleCount(Animation.INDEFINITE);
        every.play();
        exportDueDays();
    }

    private void exportDueDays() {
        background.run(
                () -> workbench.autoExport().runDue(),
                written -> written.forEach(p -> LOG.info("end-of-day export written: {}", p)),
                t -> LOG.warn("end-of-day export failed; it is tried again in ten minutes", t));
    }

    @Override
    public void stop() {
        if (scanner != null) {
            scanner.close();
        }
        if (marketplaces != null) {
            marketplaces.close();
        }
        if (background != null) {
            background.shutdown();
        }
    }

    /** The bundled PT Sans, so Cyrillic looks the same on every bench whatever fonts it has. */
    static void loadFonts() {
        for (String f : new String[] {"PTSans-Regular.ttf", "PTSans-Bold.ttf"}) {
            try (var in = PackbenchApp.class.getResourceAsStream("/org/packbench/fonts/" + f)) {
                if (in != null) {
                    Font.loadFont(in, 14);
                }
            } catch (java.io.IOException ignored) {
                // The platform font still shows Cyrillic; only the look differs.
            }
        }
    }
}
