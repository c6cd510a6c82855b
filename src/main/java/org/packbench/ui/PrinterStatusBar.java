package org.packbench.ui;

import org.packbench.ui.model.UiText;
import java.util.List;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.packbench.app.Workbench;
import org.packbench.i18n.ProblemException;
import org.packbench.print.JobStatus;
import org.packbench.print.PrintJob;
import org.packbench.print.PrinterProfile;

/**
 * The strip at the foot of Упаковка: the chosen printer's state and its queue, in one colour the
 * packer reads from a step away, and what to do about it. It asks only while it is on screen:
 * a screen in the background has no one to tell, and each question opens a connection to the
 * printer.
 */
final class PrinterStatusBar extends HBox {
    static final Duration EVERY = Duration.seconds(3);

    /** The colour of the strip; each is also a style class on the strip and on its two labels. */
    enum Level {
        OK("printer-ok"), WAIT("printer-wait"), BAD("printer-bad"), ASKING("printer-asking"),
        /** The connection cannot report (a spooler, say): neither good news nor bad, so not green. */
        NEUTRAL("printer-neutral");

        final String styleClass;

        Level(String styleClass) {
            this.styleClass = styleClass;
        }
    }

    /** One look at a printer: its state (empty when its profile is gone) and its open jobs by kind. */
    record Look(String printer, Optional<PrinterStateText.State> state, int waiting, int failed, int unknown) {
    }

    private final Workbench workbench;
    private final UiText text;
    private final Background background;
    private final ObservableValue<String> printer;
    private final Label state = new Label();
    private final Label queue = new Label();
    private final Timeline timer;
    /** Only touched on the FX thread: at most one look is under way, so a printer that takes its
     * timeouts to answer holds one background thread, never the whole pool. */
    private boolean looking;
    private boolean lookAgain;
    /** The printer the strip speaks of now; another one chosen is greyed until it has been asked. */
    private String shownPrinter;

    PrinterStatusBar(Workbench workbench, UiText text, Background background, ObservableValue<String> printer,
                     Duration every) {
        super(24);
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        this.printer = printer;
        setId("packing-printer-bar");
        getStyleClass().add("printer-bar");
        setAlignment(Pos.CENTER_LEFT);
        state.setId("packing-printer-state");
        state.getStyleClass().add("printer-bar-state");
        state.setWrapText(true);
        state.setMaxWidth(Double.MAX_VALUE);
        // A long reason wraps onto a second line instead of ending in "…".
        state.setMinHeight(USE_PREF_SIZE);
        HBox.setHgrow(state, Priority.ALWAYS);
        queue.setId("packing-queue");
        queue.getStyleClass().add("printer-bar-queue");
        queue.setWrapText(true);
        queue.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(state, queue);
        paint(Level.ASKING);

        timer = new Timeline(new KeyFrame(every, e -> refresh()));
        timer.setCycleCount(Animation.INDEFINITE);
        // Leaving the scene graph is how MainView puts a screen away; coming back asks at once.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                timer.stop();
            } else {
                timer.play();
                refresh();
            }
        });
        printer.addListener((obs, old, now) -> refresh());
    }

    /** Looks again now: after a print, or when another printer is chosen. Call on the FX thread. */
    void refresh() {
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return;
        }
        if (looking) {
            // The look under way may have started before the change that asked for this one.
            lookAgain = true;
            return;
        }
        String name = printer.getValue();
        if (name == null) {
            state.setText(text.get("packing.noPrinter"));
            queue.setText("");
            paint(Level.WAIT);
            return;
        }
        if (!name.equals(shownPrinter)) {
            state.setText(text.get("packing.bar.asking", name));
            queue.setText("");
            paint(Level.ASKING);
        }
        looking = true;
        Task<Look> task = new Task<>() {
            @Override
            protected Look call() {
                return look(name);
            }
        };
        task.setOnSucceeded(e -> {
            if (name.equals(printer.getValue())) {
                show(task.getValue());
            }
            done();
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            if (name.equals(printer.getValue())) {
                shownPrinter = null;
                state.setText(text.get("packing.bar.lookFailed", t instanceof ProblemException p ? text.of(p.problem())
                        : String.valueOf(t.getMessage())));
                queue.setText("");
                paint(Level.BAD);
            }
            done();
        });
        background.run(task);
    }

    /** Also run after each look, on the FX thread: the shift strip follows the queue the bar just read. */
    void afterEachLook(Runnable action) {
        afterLook = action;
    }

    private Runnable afterLook = () -> { };

    private void done() {
        afterLook.run();
        looking = false;
        if (lookAgain) {
            lookAgain = false;
            refresh();
        }
    }

    /** Database and device: runs in the background. */
    private Look look(String name) {
        Optional<PrinterProfile> profile = workbench.printers().find(name);
        Optional<PrinterStateText.State> s = profile.map(p -> PrinterStateText.ask(workbench.transports(), p, text));
        int waiting = 0;
        int failed = 0;
        int unknown = 0;
        List<PrintJob> open = workbench.printQueue().list(false);
        for (PrintJob j : open) {
            if (!j.printer().equals(name)) {
                continue;
            }
            if (j.status() == JobStatus.QUEUED || j.status() == JobStatus.SENDING) {
                waiting++;
            } else if (j.status() == JobStatus.FAILED) {
                failed++;
            } else if (j.status() == JobStatus.UNKNOWN) {
                unknown++;
            }
        }
        return new Look(name, s, waiting, failed, unknown);
    }

    private void show(Look look) {
        shownPrinter = look.printer();
        String name = look.printer();
        Level level;
        if (look.state().isEmpty()) {
            state.setText(text.get("packing.bar.gone", name));
            level = Level.BAD;
        } else {
            PrinterStateText.State s = look.state().get();
            state.setText(switch (s.kind()) {
                case READY -> text.get("packing.bar.ready", name);
                case BUSY -> text.get("packing.bar.busy", name);
                case PROBLEM -> text.get("packing.bar.problem", name, s.detail());
                case OFFLINE -> text.get("packing.bar.offline", name, s.detail());
                case NO_REPORT -> text.get("packing.bar.noReport", name);
            });
            // A connection that cannot report (a spooler, say) is the normal state of such a
            // printer; painting it amber for ever would teach the packer to ignore the strip, and
            // green would say "ready" of a printer nobody asked. So it is neutral.
            level = switch (s.kind()) {
                case PROBLEM, OFFLINE -> Level.BAD;
                case NO_REPORT -> Level.NEUTRAL;
                default -> Level.OK;
            };
        }
        StringBuilder q = new StringBuilder(text.get("packing.bar.queue", look.waiting(), look.failed(), look.unknown()));
        if (look.unknown() > 0) {
            q.append('\n').append(text.get("packing.bar.queue.unknown"));
        } else if (look.failed() > 0) {
            q.append('\n').append(text.get("packing.bar.queue.failed"));
        }
        queue.setText(q.toString());
        if (look.failed() > 0 || look.unknown() > 0) {
            level = Level.BAD;
        } else if ((level == Level.OK || level == Level.NEUTRAL) && look.waiting() > 0) {
            level = Level.WAIT;
        }
        paint(level);
    }

    private void paint(Level level) {
        for (javafx.scene.Node n : List.of(this, state, queue)) {
            for (Level l : Level.values()) {
                n.getStyleClass().remove(l.styleClass);
            }
            n.getStyleClass().add(level.styleClass);
        }
    }
}
