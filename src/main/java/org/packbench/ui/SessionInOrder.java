package org.packbench.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.packbench.app.PackingSession;
import org.packbench.app.PackingState;

/**
 * Hands the packer's actions to the {@link PackingSession} one at a time, on one thread, in the
 * order they were pressed, and each answer back to the FX thread. The order is the point: a second
 * Enter runs after the first one's label is committed, and finds the parcel printed.
 */
final class SessionInOrder {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "packbench-packing");
        t.setDaemon(true);
        return t;
    });
    private final Supplier<PackingSession> opener;
    private final Consumer<PackingState> answered;
    private final Consumer<RuntimeException> failed;
    private PackingSession session;
    // Read and written on the FX thread only.
    private int pending;

    /**
     * @param opener   makes the session on the session's thread (it reads templates and the log)
     * @param answered gets each answer, on the FX thread
     * @param failed   gets an unexpected failure, on the FX thread
     */
    SessionInOrder(Supplier<PackingSession> opener, Consumer<PackingState> answered, Consumer<RuntimeException> failed) {
        this.opener = opener;
        this.answered = answered;
        this.failed = failed;
    }

    /** Call on the FX thread. */
    void post(Function<PackingSession, PackingState> action) {
        pending++;
        thread.execute(() -> {
            PackingState state;
            try {
                if (session == null) {
                    session = opener.get();
                }
                state = action.apply(session);
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    pending--;
                    failed.accept(e);
                });
                return;
            }
            Platform.runLater(() -> {
                pending--;
                answered.accept(state);
            });
        });
    }

    /**
     * Whether every action handed over has been answered. Only the answer to the last one may move
     * the cursor or rewrite a field: the screen moved on at once for every scan typed after an earlier one.
     */
    boolean settled() {
        return pending == 0;
    }

    void close() {
        thread.shutdownNow();
    }
}
