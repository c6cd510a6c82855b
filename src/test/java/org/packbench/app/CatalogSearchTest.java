package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.TestFiles;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.catalog.Sku;
import org.packbench.location.DatabaseAddress;
import org.packbench.store.EngineUnderTest;

/**
 * A scan into the catalog search under the Russian layout finds the product; a Russian name is
 * searched as typed; case does not matter and the search box's text is taken literally, on a
 * bench's SQLite file and on a warehouse's server alike.
 */
class CatalogSearchTest {
    @TempDir
    Path dir;

    private EngineUnderTest.Place place;
    private CatalogSearch search;
    private Workbench bench;

    private void open(EngineUnderTest engine) {
        place = engine.place(dir, "c");
        bench = place.workbench(Clock.systemUTC());
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        search = new CatalogSearch(bench.catalog());
    }

    @AfterEach
    void close() {
        place.close();
    }

    private List<String> skus(String query) {
        return search.search(query, 10).stream().map(Sku::sku).toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aSkuScannedUnderTheRussianLayoutIsFoundAndARussianNameIsSearchedAsTyped(EngineUnderTest engine) {
        open(engine);
        assertEquals("PB-7-003", search.search("ЗИ-7-003", 10).get(0).sku());
        assertEquals("PB-7-001", search.search("Чехол для смартфона", 10).get(0).sku());
        assertEquals(0, search.search("НЕТ-ТАКОГО", 10).size());
    }

    /** Counted in characters, as a label sets them, on both engines alike (not in bytes). */
    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theWorstCaseOfAMarketplaceIsItsProductWithTheLongestNameAndManufacturer(EngineUnderTest engine) {
        open(engine);
        for (org.packbench.catalog.Marketplace m : org.packbench.catalog.Marketplace.values()) {
            java.util.Optional<Sku> expected = sample().stream()
                    .filter(s -> s.marketplace() == m)
                    .max(java.util.Comparator.<Sku>comparingInt(
                                    s -> s.nameRu().length() + s.manufacturer().length())
                            .thenComparing(Sku::sku, java.util.Comparator.reverseOrder()));
            assertEquals(expected.map(Sku::sku), bench.catalog().longestTexts(m).map(Sku::sku), m.code());
        }
    }

    private static List<Sku> sample() {
        return new org.packbench.catalog.CatalogReader(List.of())
                .read(TestFiles.sample("catalog.csv")).validRows().stream()
                        .map(org.packbench.catalog.CatalogReading.Row::sku)
                        .toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void caseDoesNotMatterInLatinOrCyrillicLetters(EngineUnderTest engine) {
        open(engine);
        assertEquals(List.of("PB-7-002"), skus("usb type-c"));
        assertEquals(List.of("PB-7-002"), skus("USB TYPE-C"));
        assertEquals(List.of("PB-7-001"), skus("pb-7-001"));
        assertEquals(skus("чехол для смартфона"), skus("ЧЕХОЛ ДЛЯ СМАРТФОНА"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void wildcardsAndBackslashesTypedIntoTheBoxAreTakenLiterally(EngineUnderTest engine) {
        open(engine);
        assertEquals(List.of(), skus("pb_7_001"), "_ is a character, not any character");
        assertEquals(List.of(), skus("pb-7%001"), "% is a character, not any text");
        assertEquals(List.of(), skus("pb-7-00\\1"));
        assertEquals(List.of(), skus("pb-7-001\\"));
        assertEquals(List.of(), skus("pb-7-00!1"), "! (the query's own escape) is a character too");
        assertEquals(List.of(), skus("pb-7-001!"));
        assertEquals(List.of("PB-7-001"), skus("  PB-7-001 "), "the blanks around a scan are not searched");
    }

    /**
     * A warehouse's server set up the old way (standard_conforming_strings off, as before
     * PostgreSQL 9.1) reads a backslash in a quoted literal as an escape; the search still works.
     */
    @Test
    void theSearchWorksOnAServerThatReadsBackslashesInLiteralsAsEscapes() throws Exception {
        place = EngineUnderTest.POSTGRESQL.place(dir, "old-style");
        String database = ((DatabaseAddress.PostgresServer) place.address()).database();
        try (Connection c = place.connect();
                Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE \"" + database + "\" SET standard_conforming_strings = off");
        }
        Workbench bench = place.workbench(Clock.systemUTC());
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        search = new CatalogSearch(bench.catalog());
        assertEquals(List.of("PB-7-002"), skus("USB Type-C"));
        assertEquals(List.of(), skus("pb_7_001"));
        assertEquals(List.of(), skus("pb-7-001\\"));
    }
}
