package org.packbench.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * Where database and device work runs, so the FX thread only draws. Threads are daemons: a
 * closed window never waits for a stuck printer.
 */
public final class Background {
    private final ExecutorService pool;

    public Background() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "packbench-bg-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public <T> Task<T> run(Task<T> task) {
        pool.execute(task);
        return task;
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
