package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.DesignPreview;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;
import org.packbench.render.BundledTypeface;
import org.packbench.render.RasterWriter;

/**
 * The designer's checks run one at a time, the newest last: edits made while a check runs make one
 * more check, for what is on screen when it ends, and an answer about what is no longer on screen
 * is not shown.
 */
class DesignChecksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workbench bench;
    private final HeldWork lane = new HeldWork();
    private final List<DesignerModel.Checked> shown = new ArrayList<>();
    private DesignChecks.Asked onScreen;
    private DesignChecks checks;

    @BeforeEach
    void open() {
        bench = Workbench.open(dir.resolve("checks.db"), CLOCK);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        checks = new DesignChecks(
                bench.templateDesigns(),
                new DesignPreview(new LabelComposer(BundledTypeface.get()), new RasterWriter()),
                lane,
                () -> Optional.ofNullable(onScreen),
                shown::add,
                (asked, failed) -> {
                    throw new AssertionError("the check failed", failed);
                });
    }

    @AfterEach
    void close() {
        bench.closeDatabase();
    }

    private DesignChecks.Asked sample(String sku) {
        LabelTemplate t = bench.templateDesigns().forEditing("vk-product-58x40");
        return new DesignChecks.Asked(t, 203, Optional.of(sku));
    }

    @Test
    void editsDuringACheckMakeOneMoreCheckForWhatIsOnScreenWhenItEnds() {
        onScreen = sample("PB-7-001");
        checks.ask();
        onScreen = sample("PB-7-003");
        checks.ask();
        onScreen = sample("PB-7-005");
        checks.ask();
        checks.ask();

        assertEquals(1, lane.waiting(), "one check at a time");
        lane.runNext();

        assertEquals(List.of(), shown, "the first answer is about a sample no longer on screen");
        assertEquals(1, lane.waiting(), "the asks made meanwhile make one more check, not three");
        lane.runNext();

        assertEquals(1, shown.size());
        assertTrue(
                shown.get(0).sample().startsWith("PB-7-005 "),
                "the check is of the newest sample: " + shown.get(0).sample());
        assertEquals(0, lane.waiting(), "nothing was asked for after it");
    }

    @Test
    void nothingIsCheckedWhileNoTemplateIsOpen() {
        onScreen = null;
        checks.ask();

        assertEquals(0, lane.waiting());
    }

    /** A lane whose jobs wait until the test lets the next one run, as a slow check does. */
    private static final class HeldWork extends InlineWork {
        private final Deque<Runnable> jobs = new ArrayDeque<>();

        int waiting() {
            return jobs.size();
        }

        void runNext() {
            jobs.removeFirst().run();
        }

        @Override
        public <T> void run(Job<T> job, Consumer<? super T> done, Consumer<? super Throwable> failed) {
            jobs.addLast(() -> super.run(job, done, failed));
        }
    }
}
