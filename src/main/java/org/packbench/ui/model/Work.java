package org.packbench.ui.model;

import java.util.function.Consumer;

/**
 * Where a view model sends database and device work, so the FX thread only draws. The answer
 * ({@code done} or {@code failed}) comes back on the thread that draws; the window's
 * implementation is {@code ui.Background}, tests run the work on the spot.
 */
public interface Work {

    /** Work that answers or throws. */
    @FunctionalInterface
    interface Job<T> {
        T call() throws Exception;
    }

    /** Work that says how far it has got as it goes. */
    @FunctionalInterface
    interface ProgressJob<T> {
        T call(Progress progress) throws Exception;
    }

    /** How far a long job has got; {@code total < 0} when nobody can tell yet. */
    @FunctionalInterface
    interface Progress {
        void update(long done, long total, String message);
    }

    /**
     * Runs {@code job}; then {@code done} with its answer or {@code failed} with what it threw.
     * A failure handed to {@code failed} is the caller's to show; its trace is kept all the same.
     */
    <T> void run(Job<T> job, Consumer<? super T> done, Consumer<? super Throwable> failed);

    /** As {@link #run}, with progress reported on the drawing thread as the job goes. */
    <T> void run(ProgressJob<T> job, Progress progress, Consumer<? super T> done, Consumer<? super Throwable> failed);

    /** Work whose failure nobody expects: if it fails, it is reported as an unexpected failure. */
    <T> void run(Job<T> job, Consumer<? super T> done);

    /**
     * A lane of this work where jobs run one at a time in the order given and answer in that
     * order: scans checked one after another are shown one after another, never the later one
     * under the earlier one's verdict.
     */
    Work inOrder();
}
