package org.packbench.ui.model;

import java.util.function.Consumer;

/**
 * Work done on the spot, on the caller's thread: a view model under test answers before the call
 * returns. Every kind of run goes through {@link #run(Job, Consumer, Consumer)}, so a test's lane
 * that holds jobs back overrides that alone.
 */
public class InlineWork implements Work {
    private Throwable unexpected;

    @Override
    public <T> void run(Job<T> job, Consumer<? super T> done, Consumer<? super Throwable> failed) {
        T value;
        try {
            value = job.call();
        } catch (Exception e) {
            failed.accept(e);
            return;
        }
        done.accept(value);
    }

    @Override
    public <T> void run(
            ProgressJob<T> job, Progress progress, Consumer<? super T> done, Consumer<? super Throwable> failed) {
        run(() -> job.call(progress), done, failed);
    }

    @Override
    public <T> void run(Job<T> job, Consumer<? super T> done) {
        run(job, done, t -> unexpected = t);
    }

    /** Work done on the spot is in order already. */
    @Override
    public Work inOrder() {
        return this;
    }

    /** What failed that nobody expected to fail; null if nothing did. */
    public Throwable unexpected() {
        return unexpected;
    }
}
