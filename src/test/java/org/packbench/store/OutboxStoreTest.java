package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.i18n.Message;
import org.packbench.marketplace.outbox.NewPush;
import org.packbench.marketplace.outbox.Push;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.outbox.PushState;

/** The outbox as the database keeps it, on both engines: each push taken by one worker at a time, none lost. */
class OutboxStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final Duration LEASE = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    private static NewPush ship(String posting) {
        return new NewPush("ozon", PushKind.OZON_SHIP, posting, "ozon_ship:" + posting, OptionalLong.empty(), "{}");
    }

    @ParameterizedTest
    @EnumSource(EngineUnderTest.class)
    void theSamePushWrittenTwiceIsOneRow(EngineUnderTest engine) {
        try (EngineUnderTest.Place place = engine.place(dir, "dedupe")) {
            SqliteOutbox outbox = new SqliteOutbox(place.open(), CLOCK);
            assertTrue(outbox.add(ship("0001-1")));
            assertFalse(outbox.add(ship("0001-1")));
            assertEquals(1, outbox.list(true).size());
        }
    }

    @ParameterizedTest
    @EnumSource(EngineUnderTest.class)
    void benchesWritingTheSamePushesAtOnceKeepOneRowEachAndNoneFails(EngineUnderTest engine) throws Exception {
        try (EngineUnderTest.Place place = engine.place(dir, "dedupe-race")) {
            List<SqliteOutbox> benches = List.of(
                    new SqliteOutbox(place.open(), CLOCK),
                    new SqliteOutbox(place.open(), CLOCK),
                    new SqliteOutbox(place.open(), CLOCK));
            java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<?>> runs = new ArrayList<>();
            for (SqliteOutbox bench : benches) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        if (bench.add(ship("P-" + i))) {
                            written.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertEquals(50, written.get(), "each push written by one bench, the others told it was there");
            assertEquals(50, benches.get(0).list(true).size());
        }
    }

    @ParameterizedTest
    @EnumSource(EngineUnderTest.class)
    void aNewerTrackingNumberCancelsTheOlderOneNotYetSent(EngineUnderTest engine) {
        try (EngineUnderTest.Place place = engine.place(dir, "newer")) {
            SqliteOutbox outbox = new SqliteOutbox(place.open(), CLOCK);
            outbox.add(new NewPush(
                    "vk", PushKind.VK_TRACKING, "1-2", "vk_tracking:1-2:RU1", OptionalLong.empty(), "{\"t\":1}"));
            outbox.add(new NewPush(
                    "vk", PushKind.VK_TRACKING, "1-2", "vk_tracking:1-2:RU2", OptionalLong.empty(), "{\"t\":2}"));
            List<Push> all = outbox.list(true);
            assertEquals(PushState.CANCELLED, all.get(0).state());
            assertEquals(PushState.WAITING, all.get(1).state());
            assertEquals(
                    "{\"t\":2}",
                    outbox.latest(PushKind.VK_TRACKING, "1-2").orElseThrow().payload());
        }
    }

    @ParameterizedTest
    @EnumSource(EngineUnderTest.class)
    void twoBenchesClaimingAtOnceNeverTakeTheSamePush(EngineUnderTest engine) throws Exception {
        try (EngineUnderTest.Place place = engine.place(dir, "race")) {
            SqliteOutbox writer = new SqliteOutbox(place.open(), CLOCK);
            for (int i = 0; i < 200; i++) {
                writer.add(ship("P-" + i));
            }
            List<SqliteOutbox> benches = List.of(
                    new SqliteOutbox(place.open(), CLOCK),
                    new SqliteOutbox(place.open(), CLOCK),
                    new SqliteOutbox(place.open(), CLOCK));
            Set<Long> taken = ConcurrentHashMap.newKeySet();
            List<Long> duplicates = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<?>> runs = new ArrayList<>();
            for (SqliteOutbox bench : benches) {
                runs.add(pool.submit(() -> {
                    List<Push> got;
                    do {
                        got = bench.claim(T0, LEASE, 7);
                        for (Push p : got) {
                            if (!taken.add(p.id())) {
                                synchronized (duplicates) {
                                    duplicates.add(p.id());
                                }
                            }
                        }
                    } while (!got.isEmpty());
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertEquals(List.of(), duplicates);
            assertEquals(200, taken.size());
        }
    }

    @ParameterizedTest
    @EnumSource(EngineUnderTest.class)
    void aPushWhoseWorkerDiedIsTakenAgainAfterItsLeaseAsAResend(EngineUnderTest engine) {
        try (EngineUnderTest.Place place = engine.place(dir, "lease")) {
            SqliteOutbox outbox = new SqliteOutbox(place.open(), CLOCK);
            outbox.add(ship("0001-1"));
            Push first = outbox.claim(T0, LEASE, 10).get(0);
            assertEquals(1, first.attempts());
            assertEquals(List.of(), outbox.claim(T0.plus(LEASE).minusMillis(1), LEASE, 10), "leased");
            Push again = outbox.claim(T0.plus(LEASE), LEASE, 10).get(0);
            assertEquals(first.id(), again.id());
            assertEquals(2, again.attempts(), "the next worker knows a call may have landed");
        }
    }

    @ParameterizedTest
    @EnumSource(EngineUnderTest.class)
    void laterWaitsItsTimeFailedWaitsForAPersonAndRetryMakesItDue(EngineUnderTest engine) {
        try (EngineUnderTest.Place place = engine.place(dir, "states")) {
            SqliteOutbox outbox = new SqliteOutbox(place.open(), CLOCK);
            outbox.add(ship("A"));
            outbox.add(ship("B"));
            List<Push> both = outbox.claim(T0, LEASE, 10);
            Push a = both.get(0);
            Push b = both.get(1);
            outbox.later(a.id(), T0.plusSeconds(30), Message.of("outbox.account.gone", "ozon"));
            outbox.failed(b.id(), Message.of("marketplace.unknown", "ozon"));
            assertEquals(List.of(), outbox.claim(T0.plusSeconds(29), LEASE, 10));
            assertEquals(
                    a.id(), outbox.claim(T0.plusSeconds(30), LEASE, 10).get(0).id());
            outbox.delivered(a.id(), "shipped A", T0.plusSeconds(31), List.of());
            Push failed = outbox.get(b.id()).orElseThrow();
            assertEquals(PushState.FAILED, failed.state());
            assertEquals("marketplace.unknown", failed.problem().orElseThrow().key());
            assertEquals(List.of(), outbox.claim(T0.plusSeconds(3600), LEASE, 10), "failed waits for a person");
            assertEquals(1, outbox.retryFailed(T0.plusSeconds(3600)));
            assertEquals(
                    b.id(), outbox.claim(T0.plusSeconds(3600), LEASE, 10).get(0).id());
        }
    }

    @ParameterizedTest
    @EnumSource(EngineUnderTest.class)
    void deliveredWritesWhatItLeadsToInTheSameTransaction(EngineUnderTest engine) {
        try (EngineUnderTest.Place place = engine.place(dir, "next")) {
            SqliteOutbox outbox = new SqliteOutbox(place.open(), CLOCK);
            outbox.add(ship("A"));
            Push a = outbox.claim(T0, LEASE, 10).get(0);
            NewPush label = new NewPush("ozon", PushKind.OZON_LABEL, "A", "ozon_label:A", OptionalLong.empty(), "{}");
            outbox.delivered(a.id(), "shipped A", T0.plusSeconds(1), List.of(label));
            Push done = outbox.get(a.id()).orElseThrow();
            assertEquals(PushState.DELIVERED, done.state());
            assertEquals(T0.plusSeconds(1), done.deliveredAt().orElseThrow());
            assertEquals("shipped A", done.ack());
            assertEquals(
                    PushState.WAITING,
                    outbox.latest(PushKind.OZON_LABEL, "A").orElseThrow().state());
            assertFalse(outbox.retry(a.id(), T0), "a delivered push is never sent again");
        }
    }

    @ParameterizedTest
    @EnumSource(EngineUnderTest.class)
    void benchesSharingADatabaseShareOnePacePerAccount(EngineUnderTest engine) throws Exception {
        try (EngineUnderTest.Place place = engine.place(dir, "pace")) {
            List<SqlitePaceKeeper> benches = List.of(
                    new SqlitePaceKeeper(place.open()),
                    new SqlitePaceKeeper(place.open()),
                    new SqlitePaceKeeper(place.open()));
            Set<Instant> slots = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<?>> runs = new ArrayList<>();
            for (SqlitePaceKeeper bench : benches) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        slots.add(bench.reserve("ozon", T0, Duration.ofMillis(20)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertEquals(150, slots.size(), "no two requests share a slot");
            Set<Instant> expected = new HashSet<>();
            for (int i = 0; i < 150; i++) {
                expected.add(T0.plusMillis(20L * i));
            }
            assertEquals(expected, slots, "50 a second, none skipped");
            assertEquals(T0.plusSeconds(100), benches.get(0).reserve("vk", T0.plusSeconds(100), Duration.ofMillis(50)));
        }
    }
}
