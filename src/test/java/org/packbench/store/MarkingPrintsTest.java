package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.packbench.marking.MarkingPrints;

/**
 * A marking code is printed once on any bench sharing the database; a reprint carries its reason
 * beside the first print, and a refused label gives its code back.
 */
class MarkingPrintsTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    private static MarkingCode code(int i) {
        return MarkingCodeReader.read("010460700297727721PRINT" + i + "\u001D93dGVz", Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(EngineUnderTest.class)
    void benchesPrintingTheSameCodesAtOnceGetEachOnce(EngineUnderTest engine) throws Exception {
        try (EngineUnderTest.Place place = engine.place(dir, "prints")) {
            List<Database> dbs = List.of(place.open(), place.open(), place.open());
            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<?>> runs = new ArrayList<>();
            for (int b = 0; b < dbs.size(); b++) {
                Database db = dbs.get(b);
                SqlMarkingPrints bench = new SqlMarkingPrints(db);
                String name = "bench-" + b;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        long label = label(db);
                        try {
                            bench.record(code(i), label, Optional.empty(), T0, name);
                        } catch (ProblemException e) {
                            assertEquals("marks.printedBefore", e.problem().key());
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
            assertEquals(100, refused.get(), "50 codes, three benches: each printed once, refused twice");
        }
    }

    @ParameterizedTest
    @EnumSource(EngineUnderTest.class)
    void aReprintKeepsItsReasonBesideTheFirstAndARefusedLabelGivesTheCodeBack(EngineUnderTest engine) throws Exception {
        try (EngineUnderTest.Place place = engine.place(dir, "reprint")) {
            Database db = place.open();
            MarkingPrints prints = new SqlMarkingPrints(db);
            long first = label(db);
            long second = label(db);
            long refusedLabel = label(db);

            prints.record(code(1), first, Optional.empty(), T0, "bench-1");
            prints.record(code(1), second, Optional.of("наклейка порвана"), T0.plusSeconds(60), "bench-2");

            List<MarkingPrints.Printed> all = prints.all(code(1).identity());
            assertEquals(2, all.size());
            assertEquals(first, prints.first(code(1).identity()).orElseThrow().labelId());
            assertEquals(Optional.of("наклейка порвана"), all.get(1).reprintReason());

            prints.record(code(2), refusedLabel, Optional.empty(), T0, "bench-1");
            prints.forget(refusedLabel);
            assertTrue(prints.first(code(2).identity()).isEmpty(), "the refused label's code is free again");
        }
    }

    /** A label row to hang a print on, as the label records would have reserved it. */
    private static long label(Database db) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO label (created_at, tracking, sku, template, format, dpi) VALUES (?,?,?,?,?,?)",
                    new String[] {"id"})) {
                p.setString(1, UtcMillis.of(T0));
                p.setString(2, "");
                p.setString(3, "");
                p.setString(4, "marking-58x40");
                p.setString(5, "zpl");
                p.setInt(6, 203);
                p.executeUpdate();
                try (ResultSet rs = p.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
