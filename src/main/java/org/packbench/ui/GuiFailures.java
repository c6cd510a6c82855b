package org.packbench.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.packbench.app.ErrorLog;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.ui.model.UiText;

/**
 * What the window does with a failure nothing else handled: an exception in a click or a key
 * press on the FX thread, in a background task without its own handler, or on any other thread.
 * Its trace goes to {@code packbench-errors.log} beside the database, and the packer gets one
 * dialog in the window's language saying what happened and where the details are; nothing goes
 * to the console, which nobody at a bench reads. One dialog at a time: a failure that repeats
 * (on every frame, say) is logged each time but asked about once.
 */
final class GuiFailures implements Thread.UncaughtExceptionHandler {
    private static GuiFailures installed;
    private static Thread.UncaughtExceptionHandler before;

    private final Path database;
    private final UiText text;
    private final AtomicBoolean showing = new AtomicBoolean();

    private GuiFailures(Path database, UiText text) {
        this.database = database;
        this.text = text;
    }

    /**
     * From now on, every uncaught exception of the process is handled here; a {@link Background}
     * hands over its tasks' failures once {@linkplain Background#reportTo told to}.
     */
    static synchronized GuiFailures install(Path database, UiText text) {
        GuiFailures failures = new GuiFailures(database, text);
        if (installed == null) {
            before = Thread.getDefaultUncaughtExceptionHandler();
        }
        installed = failures;
        Thread.setDefaultUncaughtExceptionHandler(failures);
        return failures;
    }

    /** Back to the handler there was before, for tests that install it. */
    static synchronized void uninstall() {
        if (installed != null) {
            installed = null;
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    /**
     * A failure a screen has shown in its own words: its trace is still kept when it was no
     * rejected input, since "Something went wrong: null" is all the screen could say of it.
     */
    void keep(Throwable failure) {
        if (!(failure instanceof ProblemException)) {
            ErrorLog.keep(failure, database);
        }
    }

    /** A failure nobody handled, as if it had been thrown on the current thread. */
    void unhandled(Throwable failure) {
        uncaughtException(Thread.currentThread(), failure);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        if (failure instanceof ProblemException p && p.problem().key().equals("db.server.unreachable")) {
            // A warehouse's server away fails every refresh in the background; the strip at the foot
            // of Упаковка says so every few seconds and each action says it on its banner. A dialog
            // per refresh would take the focus from the scanner.
            return;
        }
        Optional<Path> log = failure instanceof ProblemException ? Optional.empty() : ErrorLog.keep(failure, database);
        if (Platform.isFxApplicationThread()) {
            show(failure, log);
        } else {
            try {
                Platform.runLater(() -> show(failure, log));
            } catch (IllegalStateException toolkitGone) {
                // The window has closed: the log is all there is.
            }
        }
    }

    /** The bench's database could not be opened: said in a dialog the packer closes before the app ends. */
    static void cannotOpen(RuntimeException failure, Path database, UiText text) {
        Optional<Path> log = failure instanceof ProblemException ? Optional.empty() : ErrorLog.keep(failure, database);
        new GuiFailures(database, text).alert(failure, log).showAndWait();
    }

    private void show(Throwable failure, Optional<Path> log) {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Alert alert = alert(failure, log);
        alert.setOnHidden(e -> showing.set(false));
        alert.show();
    }

    private Alert alert(Throwable failure, Optional<Path> log) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("PackBench");
        alert.setHeaderText(null);
        // A refusal says itself what to do (free the disk, name another database); anything else
        // gets its reason, and where support finds the rest.
        String reason = ErrorLog.reason(failure);
        alert.setContentText(
                failure instanceof ProblemException p
                        ? text.of(p.problem())
                        : text.of(log.map(l -> Message.of("gui.failed", reason, l))
                                .orElse(Message.of("gui.failed.noLog", reason))));
        alert.getDialogPane().setId("gui-failure");
        Dialogs.fit(alert.getDialogPane());
        return alert;
    }
}
