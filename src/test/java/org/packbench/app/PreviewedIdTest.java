package org.packbench.app;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.TestFiles;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.render.LabelFormat;
import org.packbench.store.EngineUnderTest;

/**
 * The label the packer previews carries the id (and so the QR) that the label printed next
 * carries, also after issues that were undone: on a server an undone insert still uses up its id.
 */
class PreviewedIdTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private EngineUnderTest.Place place;
    private Workbench bench;

    private void open(EngineUnderTest engine) {
        place = engine.place(dir, "preview");
        bench = place.workbench(CLOCK);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
    }

    @AfterEach
    void close() throws Exception {
        place.close();
    }

    private static LabelRequest parcel(int n) {
        return new LabelRequest(
                "PB-7-001",
                "vk-product-58x40",
                "VK-" + n,
                String.format("RU%09dVK", n),
                Optional.empty(),
                LabelFormat.ZPL,
                203);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void thePreviewCarriesTheIdOfTheLabelIssuedNext(EngineUnderTest engine) {
        open(engine);
        bench.labels().render(parcel(1));

        LabelService.Preview preview = bench.labels().preview(parcel(2));
        RenderedLabel printed = bench.labels().render(parcel(2));

        assertEquals(printed.labelId(), preview.labelId());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void andAfterIssuesThatWereUndone(EngineUnderTest engine) {
        open(engine);
        bench.labels().render(parcel(1));
        for (int undone = 0; undone < 3; undone++) {
            int n = 10 + undone;
            assertThrows(IllegalStateException.class, () -> bench.work().inOne(() -> {
                bench.labels().render(parcel(n));
                throw new IllegalStateException("the unit of work is undone after the label");
            }));
        }

        LabelService.Preview preview = bench.labels().preview(parcel(2));
        RenderedLabel printed = bench.labels().render(parcel(2));

        assertEquals(printed.labelId(), preview.labelId());
    }

    /**
     * Over a long run of parcels, a third of them issued and then undone, at random: every preview
     * carries the id its parcel's label is then printed with.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void overManyParcelsWithUndoneIssuesAmongThem(EngineUnderTest engine) {
        open(engine);
        java.util.Random random = new java.util.Random(16);
        int previewed = 0;
        for (int n = 100; n < 500; n++) {
            LabelRequest parcel = parcel(n);
            if (random.nextInt(3) == 0) {
                assertThrows(IllegalStateException.class, () -> bench.work().inOne(() -> {
                    bench.labels().render(parcel);
                    throw new IllegalStateException("undone");
                }));
                continue;
            }
            String preview = bench.labels().preview(parcel).labelId();
            assertEquals(bench.labels().render(parcel).labelId(), preview, "parcel " + n);
            previewed++;
        }
        assertTrue(previewed > 200, "previews checked: " + previewed);
    }
}
