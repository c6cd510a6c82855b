package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.i18n.ProblemException;
import org.packbench.label.template.TemplateStore;
import org.packbench.location.DatabaseAddress;

/**
 * Saved templates keep every version, drafts and for-use alike, and a version number is given
 * once: benches saving the same template at the same moment get one number each, or a clean
 * refusal, never the same number twice.
 */
class TemplateStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void everyVersionIsKeptNewestFirstAndTheLatestForUseSkipsNewerDrafts(EngineUnderTest engine) {
        try (EngineUnderTest.Place place = engine.place(dir, "versions")) {
            TemplateStore store = new SqlTemplateStore(place.open());

            assertEquals(1, store.save("shelf-58x40", true, "{\"v\":1}", "Ольга", T0));
            assertEquals(2, store.save("shelf-58x40", false, "{\"v\":2}", "Ольга", T0.plusSeconds(60)));
            assertEquals(3, store.save("shelf-58x40", true, "{\"v\":3}", "Пётр", T0.plusSeconds(120)));
            assertEquals(4, store.save("shelf-58x40", false, "{\"v\":4}", "Пётр", T0.plusSeconds(180)));
            assertEquals(1, store.save("other", false, "{}", "Пётр", T0), "each template counts its own versions");

            List<TemplateStore.Stored> versions = store.versions("shelf-58x40");
            assertEquals(
                    List.of(4, 3, 2, 1),
                    versions.stream().map(TemplateStore.Stored::version).toList());
            assertFalse(versions.get(0).forUse());
            assertEquals("Пётр", versions.get(1).savedBy());
            assertEquals(T0.plusSeconds(120), versions.get(1).savedAt());
            assertEquals(
                    "{\"v\":2}", store.version("shelf-58x40", 2).orElseThrow().json());

            List<TemplateStore.Stored> current = store.latestForUse();
            assertEquals(1, current.size(), "a template with drafts only is not for use: " + current);
            assertEquals(3, current.get(0).version(), "the newest for-use version, not the newer draft");
            assertEquals(Set.of("other", "shelf-58x40"), store.ids());
            assertTrue(store.version("shelf-58x40", 5).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void benchesSavingOneTemplateAtOnceNeverGetTheSameVersion(EngineUnderTest engine) throws Exception {
        try (EngineUnderTest.Place place = engine.place(dir, "race")) {
            int benches = 4;
            int saves = 15;
            List<TemplateStore> stores = new ArrayList<>();
            for (int b = 0; b < benches; b++) {
                stores.add(new SqlTemplateStore(bench(place, b)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(benches);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> runs = new ArrayList<>();
            for (int b = 0; b < benches; b++) {
                TemplateStore store = stores.get(b);
                String who = "bench-" + b;
                runs.add(pool.submit(() -> {
                    List<Integer> got = new ArrayList<>();
                    start.await();
                    for (int i = 0; i < saves; i++) {
                        try {
                            got.add(store.save("shared", i % 2 == 0, "{\"by\":\"" + who + "\"}", who, T0));
                        } catch (ProblemException e) {
                            // The one refusal allowed: a number taken meanwhile, said in words.
                            assertEquals("template.save.raced", e.problem().key());
                        }
                    }
                    return got;
                }));
            }
            start.countDown();
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : runs) {
                all.addAll(f.get(2, TimeUnit.MINUTES));
            }
            pool.shutdown();

            Set<Integer> distinct = new TreeSet<>(all);
            assertEquals(all.size(), distinct.size(), "a version given twice: " + all);
            List<TemplateStore.Stored> kept = stores.get(0).versions("shared");
            assertEquals(all.size(), kept.size(), "every version handed out is kept");
            assertEquals(
                    distinct,
                    new TreeSet<>(
                            kept.stream().map(TemplateStore.Stored::version).toList()));
            assertEquals(kept.size(), kept.get(0).version(), "numbers run 1, 2, 3… without a gap");
        }
    }

    /**
     * Bench {@code b}'s own connection to the database, with nothing of this process between the
     * benches: the writer lock this process keeps per database is keyed by its path, so each bench
     * reaches the SQLite file by a path of its own (a symbolic link to its folder), and on a server
     * each bench has its own local file, as separate computers have. Only the engine's own lock
     * (the file's, the server's) then stands between them.
     */
    private Database bench(EngineUnderTest.Place place, int b) throws java.io.IOException {
        Database db;
        if (place.address() instanceof DatabaseAddress.PostgresServer server) {
            db = Database.open(
                    server, place.password(), dir.resolve("bench-" + b).resolve("local.db"), "bench-" + b);
        } else {
            Path file = place.localFile();
            Path via = java.nio.file.Files.createSymbolicLink(
                    dir.resolve("via-" + b), file.toAbsolutePath().getParent());
            db = Database.open(via.resolve(file.getFileName()));
        }
        place.toClose().push(db::close);
        return db;
    }
}
