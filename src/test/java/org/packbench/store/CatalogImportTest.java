package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.TestFiles;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.catalog.ImportResult;
import org.packbench.catalog.Sku;

/**
 * Import against a real database, a bench's SQLite file and a warehouse's server alike:
 * all-or-nothing unless asked otherwise, and nothing accepted is lost.
 */
class CatalogImportTest {
    @TempDir
    Path dir;

    private EngineUnderTest.Place place;

    @AfterEach
    void close() throws Exception {
        place.close();
    }

    /** The first bench opens a fresh database; each later one is another process on the same. */
    private Workbench bench(EngineUnderTest engine) {
        if (place == null) {
            place = engine.place(dir, "bench");
        }
        return place.workbench(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theCleanSampleImportsFortySkus(EngineUnderTest engine) {
        Workbench bench = bench(engine);
        ImportResult r =
                bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        assertTrue(r.written());
        assertEquals(40, r.inserted());
        assertEquals(40, bench.catalog().count());
        // A second process opening the same file sees the same records.
        assertEquals(40, bench(engine).catalog().count());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void oneBadRowAndNothingIsWritten(EngineUnderTest engine) {
        Workbench bench = bench(engine);
        ImportResult r = bench.catalogImport()
                .run(TestFiles.sample("catalog-faulty.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        assertFalse(r.written());
        assertEquals(12, r.rejected());
        assertEquals(0, bench.catalog().count());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void skipInvalidWritesOnlyTheGoodRows(EngineUnderTest engine) {
        Workbench bench = bench(engine);
        ImportResult r = bench.catalogImport()
                .run(TestFiles.sample("catalog-faulty.csv"), new ImportOptions(true, false), ImportProgress.NONE);
        assertTrue(r.written());
        assertEquals(3, bench.catalog().count());
        assertTrue(bench.catalog().find("BAD-005").isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aSkuAlreadyInTheCatalogIsRefusedWithoutUpdateAndTheOldRecordStays(EngineUnderTest engine) {
        Workbench bench = bench(engine);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        Sku before = bench.catalog().find("PB-7-001").orElseThrow();
        String changed =
                "sku,gtin,name_ru,net_weight_g,manufacturer,country_of_origin,eac_cert,hs_code,length_mm,width_mm,height_mm,declared_value_usd,marketplace\n"
                        + "PB-7-001,4607002977277,Чехол новый,40,ООО «Ромашка»,Россия,,3926909709,160,90,15,3.30,vk\n"
                        + "NEW-1,4607002977277,Чехол другой,41,ООО «Ромашка»,Россия,,3926909709,160,90,15,3.30,vk\n";
        ImportResult refused = bench.catalogImport()
                .run(changed.getBytes(StandardCharsets.UTF_8), ImportOptions.STRICT, ImportProgress.NONE);
        assertFalse(refused.written());
        assertEquals("sku.existsInDatabase", refused.errors().get(0).what().key());
        assertEquals(before, bench.catalog().find("PB-7-001").orElseThrow());
        assertTrue(bench.catalog().find("NEW-1").isEmpty());

        ImportResult updated = bench.catalogImport()
                .run(changed.getBytes(StandardCharsets.UTF_8), new ImportOptions(false, true), ImportProgress.NONE);
        assertEquals(1, updated.updated());
        assertEquals(1, updated.inserted());
        assertEquals(
                "Чехол новый", bench.catalog().find("PB-7-001").orElseThrow().nameRu());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void searchFindsCyrillicNamesWhateverTheCase(EngineUnderTest engine) {
        Workbench bench = bench(engine);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        assertEquals("PB-7-001", bench.catalog().search("ЧЕХОЛ", 10).get(0).sku());
        assertEquals(
                "PB-7-002", bench.catalog().search("4607310980273", 10).get(0).sku());
        assertEquals(1, bench.catalog().search("pb-7-040", 10).size());
        assertEquals(0, bench.catalog().search("100%", 10).size());
    }
}
