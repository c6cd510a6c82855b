package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;

/** A scan into the catalog search under the Russian layout finds the product; a Russian name is searched as typed. */
class CatalogSearchTest {
    @TempDir
    Path dir;

    @Test
    void aSkuScannedUnderTheRussianLayoutIsFoundAndARussianNameIsSearchedAsTyped() {
        Workbench bench = Workbench.open(dir.resolve("c.db"), Clock.systemUTC());
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        CatalogSearch search = new CatalogSearch(bench.catalog());
        assertEquals("PB-7-003", search.search("ЗИ-7-003", 10).get(0).sku());
        assertEquals("PB-7-001", search.search("Чехол для смартфона", 10).get(0).sku());
        assertEquals(0, search.search("НЕТ-ТАКОГО", 10).size());
    }
}
