package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;

/** Where an opened window starts: on the catalog while it is empty, on Упаковка once it has products. */
class MainModelTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyBenchStaysOnTheCatalogAndOneWithProductsGoesToPacking() {
        Workbench bench = Workbench.open(
                dir.resolve("main.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        InlineWork work = new InlineWork();
        MainModel model = new MainModel(bench.catalog(), work);
        AtomicInteger toPacking = new AtomicInteger();
        model.opened(toPacking::incrementAndGet);
        assertEquals(0, toPacking.get());

        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        model.opened(toPacking::incrementAndGet);
        assertEquals(1, toPacking.get());
    }
}
