package org.packbench.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.vk.Dac;
import org.packbench.marketplace.vk.DacRegistry;
import org.packbench.store.Database;
import org.packbench.store.EngineUnderTest;
import org.packbench.store.SqliteDacRepository;

/** A DAC is valid for 180 days from its issue day; labels are refused with the expiry date after that. */
class DacTest {
    @TempDir
    Path dir;

    private EngineUnderTest.Place place;

    @AfterEach
    void close() throws Exception {
        if (place != null) {
            place.close();
        }
    }

    private Database database(EngineUnderTest engine) {
        place = engine.place(dir, "dac");
        return place.open();
    }

    private static Clock on(String day) {
        return Clock.fixed(Instant.parse(day + "T09:00:00Z"), ZoneOffset.UTC);
    }

    private DacRegistry registry(Database db, String today) {
        return new DacRegistry(new SqliteDacRepository(db, on(today)), on(today));
    }

    @Test
    void validForOneHundredEightyDaysCountingTheIssueDay() {
        Dac dac = new Dac("dac7q2m9xk4p", LocalDate.of(2026, 6, 1));
        assertEquals("DAC7Q2M9XK4P", dac.code());
        assertEquals(LocalDate.of(2026, 11, 27), dac.lastValidDay());
        assertEquals(Dac.Status.VALID, dac.status(LocalDate.of(2026, 6, 1)));
        assertEquals(Dac.Status.EXPIRING_SOON, dac.status(LocalDate.of(2026, 11, 14)));
        assertEquals(Dac.Status.VALID, dac.status(LocalDate.of(2026, 11, 13)));
        assertEquals(Dac.Status.EXPIRING_SOON, dac.status(LocalDate.of(2026, 11, 27)));
        assertEquals(Dac.Status.EXPIRED, dac.status(LocalDate.of(2026, 11, 28)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void anExpiredDacIsRefusedWithItsLastValidDay(EngineUnderTest engine) {
        Database db = database(engine);
        registry(db, "2026-06-01").add("DAC-OLD-1", LocalDate.of(2026, 5, 1));
        DacRegistry later = registry(db, "2026-11-25");
        ProblemException e = assertThrows(ProblemException.class, () -> later.forLabel(Optional.empty()));
        assertTrue(e.getMessage().contains("2026-10-27"), e.getMessage());
        assertThrows(ProblemException.class, () -> later.forLabel(Optional.of("DAC-OLD-1")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theNewestValidCodeIsChosenWhenNoneIsNamed(EngineUnderTest engine) {
        Database db = database(engine);
        DacRegistry r = registry(db, "2026-11-25");
        r.add("DAC-A-0001", LocalDate.of(2026, 6, 1));
        r.add("DAC-B-0002", LocalDate.of(2026, 11, 20));
        assertEquals("DAC-B-0002", r.forLabel(Optional.empty()).code());
        assertEquals("DAC-A-0001", r.forLabel(Optional.of("dac-a-0001")).code());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void anUnknownOrDuplicateOrFutureCodeIsRefused(EngineUnderTest engine) {
        Database db = database(engine);
        DacRegistry r = registry(db, "2026-11-25");
        r.add("DAC-A-0001", LocalDate.of(2026, 11, 1));
        assertThrows(ProblemException.class, () -> r.add("DAC-A-0001", LocalDate.of(2026, 11, 2)));
        assertThrows(ProblemException.class, () -> r.add("DAC-F-0001", LocalDate.of(2026, 12, 2)));
        ProblemException e = assertThrows(ProblemException.class, () -> r.forLabel(Optional.of("NOPE-1234")));
        assertTrue(e.getMessage().contains("dac add NOPE-1234"), e.getMessage());
    }
}
