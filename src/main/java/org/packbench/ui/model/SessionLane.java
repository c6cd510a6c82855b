package org.packbench.ui.model;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.packbench.app.PackingSession;
import org.packbench.app.PackingState;

/**
 * Hands the packer's actions to the {@link PackingSession} one at a time, on one thread, in the
 * order they were pressed, and each answer back to the drawing thread. The order is the point: a
 * second Enter runs after the first one's label is committed, and finds the parcel printed.
 */
final class SessionLane {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "packbench-packing");
        t.setDaemon(true);
        return t;
    });
    private final Supplier<PackingSession> opener;
    private final Executor drawing;
    private final Consumer<PackingState> answered;
    private final Consumer<RuntimeException> failed;
    private PackingSession session;
    // Read and written on the drawing thread only.
    private int pending;

    /**
     * @param opener   makes the session on the lane's thread (it reads templates and the log)
     * @param drawing  the thread that draws, where answers go
     * @param answered gets each answer, on the drawing thread
     * @param failed   gets an unexpected failure, on the drawing thread
     */
    SessionLane(
            Supplier<PackingSession> opener,
            Executor drawing,
            Consumer<PackingState> answered,
            Consumer<RuntimeException> failed) {
        this.opener = opener;
        this.drawing = drawing;
        this.answered = answered;
        this.failed = failed;
    }

    /** Call on the drawing thread. */
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
                drawing.execute(() -> {
                    pending--;
                    failed.accept(e);
                });
                return;
            }
            drawing.execute(() -> {
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
