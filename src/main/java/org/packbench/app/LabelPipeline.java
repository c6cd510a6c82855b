package org.packbench.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.packbench.marketplace.LabelRecords;

/**
 * Makes reserved labels on every core while the calling thread keeps the records: reserving,
 * completing and logging stay on that one thread, in row order, so ids, SSCCs and the log's
 * hash chain come out exactly as if the labels had been made one after another. Only the
 * making (layout, rules, raster, readback, bytes) runs on the workers.
 */
final class LabelPipeline implements AutoCloseable {
    private record InFlight(PendingLabel label, Future<RenderedLabel> made, Consumer<RenderedLabel> then) {}

    private final LabelRecords records;
    private final ExecutorService workers;
    private final int window;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();

    LabelPipeline(LabelRecords records, int threads) {
        this.records = records;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "label-maker");
            t.setDaemon(true);
            return t;
        });
        // Enough queued per worker that none waits for the records thread, few enough that a
        // batch holds a handful of rasters, not thousands.
        this.window = threads * 4;
    }

    /** Starts making {@code label}; {@code then} gets it completed (kept and logged), in submission order. */
    void submit(PendingLabel label, Consumer<RenderedLabel> then) {
        inFlight.add(new InFlight(label, workers.submit(label::makeOrRefuse), then));
        while (inFlight.size() > window) {
            completeOldest();
        }
    }

    /** Completes every label submitted so far. */
    void drain() {
        while (!inFlight.isEmpty()) {
            completeOldest();
        }
    }

    private void completeOldest() {
        InFlight next = inFlight.poll();
        RenderedLabel made;
        try {
            made = next.made().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a label was being made", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        next.then().accept(records.complete(next.label().reservation(), made));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
