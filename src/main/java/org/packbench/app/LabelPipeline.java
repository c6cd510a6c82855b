package org.packbench.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.packbench.marketplace.LabelRecords;

/**
 * Makes reserved labels on every core while the calling thread keeps the records: reserving,
 * completing and logging stay on that one thread, in row order, so ids, SSCCs and the log's
 * hash chain come out exactly as if the labels had been made one after another. Only the
 * making (layout, rules, raster, readback, bytes) runs on the makers, and on the records thread
 * whenever the label it is to keep next is not made yet.
 */
final class LabelPipeline implements AutoCloseable {
    private record InFlight(PendingLabel label, Future<RenderedLabel> made, Consumer<RenderedLabel> then) {}

    private final LabelRecords records;
    private final ThreadPoolExecutor makers;
    private final int window;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();

    /**
     * A pipeline for {@code cores} cores: one maker fewer, since the records thread makes labels
     * too. With a maker per core, the records thread waited for them half the time and ran
     * starved of a core the other half; on two cores a maker and a helping records thread made
     * 10,000 SSCC labels 0.5 s sooner (docs/benchmarks.md).
     */
    LabelPipeline(LabelRecords records, int cores) {
        this.records = records;
        int count = Math.max(1, cores - 1);
        this.makers = new ThreadPoolExecutor(count, count, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "label-maker");
            t.setDaemon(true);
            return t;
        });
        // Enough queued that no maker waits for the records thread, few enough that a batch
        // holds a handful of labels, not thousands.
        this.window = (count + 1) * 4;
    }

    /** Starts making {@code label}; {@code then} gets it completed (kept and logged), in submission order. */
    void submit(PendingLabel label, Consumer<RenderedLabel> then) {
        inFlight.add(new InFlight(label, makers.submit(label::makeOrRefuse), then));
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
        // Not made yet: make the next label still queued rather than wait. A label is made once,
        // whoever takes it (a FutureTask runs once), and kept in row order all the same, since
        // only this thread keeps them.
        while (!next.made().isDone()) {
            Runnable queued = makers.getQueue().poll();
            if (queued == null) {
                break;
            }
            queued.run();
        }
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
        makers.shutdownNow();
    }
}
