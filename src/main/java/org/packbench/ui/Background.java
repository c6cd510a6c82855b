package org.packbench.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import org.packbench.ui.model.Work;

/**
 * Where database and device work runs, so the FX thread only draws. Threads are daemons: a
 * closed window never waits for a stuck printer.
 */
public final class Background implements Work {
    private final ExecutorService pool;
    /** The background a lane belongs to: failures are reported where its owner's are. */
    private final Background owner;

    private final java.util.List<Background> lanes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile GuiFailures failures;

    public Background() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "packbench-bg-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.owner = null;
    }

    private Background(Background owner) {
        this.pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "packbench-lane");
            t.setDaemon(true);
            return t;
        });
        this.owner = owner;
    }

    /** From now on the failures of this background's tasks go to {@code failures}; before, they stay with the task. */
    void reportTo(GuiFailures failures) {
        this.failures = failures;
    }

    private GuiFailures failures() {
        return owner != null ? owner.failures() : failures;
    }

    /** One thread: jobs run and answer in the order given (their answers reach the FX thread in that order too). */
    @Override
    public Work inOrder() {
        Background lane = new Background(this);
        lanes.add(lane);
        return lane;
    }

    /**
     * Runs {@code task}. If it fails and its screen set no handler, the failure is handled as an
     * uncaught one ({@link GuiFailures}); a screen that handles it shows it in its own words, and
     * the trace of an unexpected one is kept in the error log all the same.
     */
    public <T> Task<T> run(Task<T> task) {
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            GuiFailures told = failures();
            if (told == null) {
                return;
            }
            if (task.getOnFailed() == null) {
                told.unhandled(task.getException());
            } else {
                told.keep(task.getException());
            }
        });
        pool.execute(task);
        return task;
    }

    @Override
    public <T> void run(Job<T> job, Consumer<? super T> done, Consumer<? super Throwable> failed) {
        Task<T> task = task(job, done);
        task.setOnFailed(e -> failed.accept(task.getException()));
        run(task);
    }

    @Override
    public <T> void run(
            ProgressJob<T> job, Progress progress, Consumer<? super T> done, Consumer<? super Throwable> failed) {
        // Each update is handed to the FX thread; the job never waits for the drawing.
        Progress onFx = (d, t, m) -> javafx.application.Platform.runLater(() -> progress.update(d, t, m));
        run(() -> job.call(onFx), done, failed);
    }

    /** With no failure handler of its own, a failure is reported as unexpected ({@link #run(Task)}). */
    @Override
    public <T> void run(Job<T> job, Consumer<? super T> done) {
        run(task(job, done));
    }

    private static <T> Task<T> task(Job<T> job, Consumer<? super T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        return task;
    }

    public void shutdown() {
        lanes.forEach(Background::shutdown);
        pool.shutdownNow();
    }
}
