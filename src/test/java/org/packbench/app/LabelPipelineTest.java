package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.LabelValues;
import org.packbench.verify.Readback;

/**
 * Labels are kept in the order they were submitted, whoever made them: while the label to keep
 * next is still being made, the records thread makes the ones queued behind it rather than wait.
 */
class LabelPipelineTest {
    private final List<Long> kept = new ArrayList<>();
    private final Map<Long, String> madeBy = new ConcurrentHashMap<>();

    /** Records that only keep: what {@code complete} was handed, in order. */
    private final LabelRecords records = (LabelRecords) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {LabelRecords.class}, (proxy, method, args) -> {
                if (!method.getName().equals("complete")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                return args[1];
            });

    private static PendingLabel pending(long id, java.util.function.Supplier<RenderedLabel> make) {
        LabelRecords.Reservation reservation = new LabelRecords.Reservation(
                new LabelRecords.Draft(
                        Optional.empty(), "", "gs1-logistic-a6", 0, "ozon", "", "zpl", 203, true, Optional.empty()),
                new LabelRecords.Issue(id, Optional.empty()),
                Optional.empty());
        return new PendingLabel(reservation, make);
    }

    private RenderedLabel made(long id) {
        madeBy.put(id, Thread.currentThread().getName());
        return new RenderedLabel(
                id,
                LabelValues.labelId(id),
                null,
                new byte[] {(byte) id},
                "",
                List.of(),
                new Readback.Result(List.of(), List.of()),
                null,
                null);
    }

    @Test
    void whileTheFirstLabelIsStillBeingMadeTheRecordsThreadMakesTheRestAndKeepsThemInOrder() throws Exception {
        CountDownLatch firstTaken = new CountDownLatch(1);
        CountDownLatch lastMade = new CountDownLatch(1);
        String recordsThread = Thread.currentThread().getName();
        try (LabelPipeline pipeline = new LabelPipeline(records, 2)) {
            pipeline.submit(
                    pending(1, () -> {
                        firstTaken.countDown();
                        try {
                            // The one maker is busy with this label until the last one is made.
                            assertTrue(lastMade.await(30, TimeUnit.SECONDS), "the last label was never made");
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return made(1);
                    }),
                    l -> kept.add(l.id()));
            assertTrue(firstTaken.await(30, TimeUnit.SECONDS), "the maker never started");
            for (long id = 2; id <= 6; id++) {
                long label = id;
                pipeline.submit(
                        pending(label, () -> {
                            RenderedLabel l = made(label);
                            if (label == 6) {
                                lastMade.countDown();
                            }
                            return l;
                        }),
                        l -> kept.add(l.id()));
            }
            pipeline.drain();
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), kept);
        assertEquals("label-maker", madeBy.get(1L));
        for (long id = 2; id <= 6; id++) {
            assertEquals(recordsThread, madeBy.get(id), "label " + id + " was made by the records thread");
        }
    }
}
