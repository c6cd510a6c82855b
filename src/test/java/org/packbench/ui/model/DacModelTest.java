package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;

/** The DAC screen's words and row standings come from the registry's judgement, on a real bench. */
class DacModelTest {
    @TempDir
    Path dir;

    private Workbench bench;
    private final InlineWork work = new InlineWork();
    private DacModel model;

    @BeforeEach
    void open() {
        bench = Workbench.open(
                dir.resolve("dac.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        model = new DacModel(bench.dacs(), new UiText(Locale.forLanguageTag("ru")), work);
    }

    @Test
    void aDateThatIsNotOneIsNamedAndNothingIsAdded() {
        assertFalse(model.add("DAC7Q2M9XK4P", Optional.empty(), "2026-13-01", () -> {}));
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(model.status().text().contains("2026-13-01"), model.status().text());
        assertTrue(bench.dacs().all().isEmpty());
    }

    @Test
    void anAddedCodeIsListedWithItsLastValidDayAndTheFormIsCleared() {
        AtomicInteger cleared = new AtomicInteger();
        assertTrue(model.add(
                "DAC7Q2M9XK4P", Optional.of(LocalDate.of(2026, 10, 1)), "01.10.2026", cleared::incrementAndGet));
        assertEquals(1, cleared.get());
        assertEquals(StatusLine.Tone.OK, model.status().tone());
        assertTrue(model.status().text().contains("29.03.2027"), model.status().text());
        assertEquals(1, model.rows().size());
        assertEquals("29.03.2027", model.rows().get(0).lastDay());
        assertEquals(DacModel.Standing.VALID, model.rows().get(0).standing());
        assertNull(work.unexpected());
    }

    @Test
    void aCodeNearItsEndIsMarkedAndAnExpiredOneIsUnusable() {
        model.add("DAC7Q2M9XK4P", Optional.of(LocalDate.of(2026, 6, 10)), "", () -> {});
        model.add("DAC8R3N0YL5Q", Optional.of(LocalDate.of(2026, 4, 1)), "", () -> {});
        model.refresh();
        assertEquals(DacModel.Standing.EXPIRING_SOON, standingOf("DAC7Q2M9XK4P"));
        assertEquals(DacModel.Standing.UNUSABLE, standingOf("DAC8R3N0YL5Q"));
    }

    @Test
    void aRefusedCodeKeepsTheFormAndSaysWhy() {
        AtomicInteger cleared = new AtomicInteger();
        model.add("bad code", Optional.of(LocalDate.of(2026, 10, 1)), "01.10.2026", cleared::incrementAndGet);
        assertEquals(0, cleared.get());
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(bench.dacs().all().isEmpty());
    }

    @Test
    void removingWithNothingChosenAsksToChooseAndRemovingAChosenCodeListsItNoMore() {
        assertFalse(model.canRemove(null));
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        model.add("DAC7Q2M9XK4P", Optional.of(LocalDate.of(2026, 10, 1)), "", () -> {});
        DacModel.Row row = model.rows().get(0);
        assertTrue(model.canRemove(row));
        model.remove(row, () -> {});
        assertTrue(model.rows().isEmpty());
        assertTrue(model.status().text().contains("DAC7Q2M9XK4P"));
    }

    private DacModel.Standing standingOf(String code) {
        return model.rows().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow()
                .standing();
    }
}
