package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.i18n.ProblemException;
import org.packbench.marking.MarkingCode;
import org.packbench.marking.MarkingCodeReader;

/** A marking code is used once: the database refuses the second use, from any bench at the same moment. */
class MarkingRecordsTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    private static MarkingCode code(int i) {
        return MarkingCodeReader.read("010460700297727721SERIAL" + i + "\u001D93dGVz", Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(EngineUnderTest.class)
    void benchesUsingTheSameCodesAtOnceUseEachOnce(EngineUnderTest engine) throws Exception {
        try (EngineUnderTest.Place place = engine.place(dir, "marks")) {
            List<SqliteMarkingRecords> benches = List.of(
                    new SqliteMarkingRecords(place.open()),
                    new SqliteMarkingRecords(place.open()),
                    new SqliteMarkingRecords(place.open()));
            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<?>> runs = new ArrayList<>();
            for (int b = 0; b < benches.size(); b++) {
                SqliteMarkingRecords bench = benches.get(b);
                String name = "bench-" + b;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        try {
                            bench.record(code(i), "ORDER-" + name, T0, name);
                        } catch (ProblemException e) {
                            assertEquals("marks.used", e.problem().key());
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertEquals(100, refused.get(), "50 codes, three benches: each used once, refused twice");
            for (int i = 0; i < 50; i++) {
                assertEquals(
                        T0, benches.get(0).use(code(i).identity()).orElseThrow().at());
            }
            ProblemException again =
                    assertThrows(ProblemException.class, () -> benches.get(1).record(code(7), "OTHER", T0, "x"));
            assertEquals("marks.used", again.problem().key());
        }
    }
}
