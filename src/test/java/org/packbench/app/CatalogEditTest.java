package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.TestFiles;
import org.packbench.access.Role;
import org.packbench.catalog.CatalogField;
import org.packbench.catalog.CatalogRow;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.catalog.ImportResult;
import org.packbench.i18n.ProblemException;
import org.packbench.store.EngineUnderTest;

/**
 * A record corrected on the Каталог screen obeys the import's rules, and only a supervisor may
 * correct it; on a bench's SQLite file and on a warehouse's server alike.
 */
class CatalogEditTest {
    @TempDir
    Path dir;

    private EngineUnderTest.Place place;
    private Workbench bench;

    private void open(EngineUnderTest engine) {
        place = engine.place(dir, "edit");
        bench = place.workbench(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
    }

    @AfterEach
    void close() {
        place.close();
    }

    private Map<CatalogField, String> record(String sku) {
        return CatalogRow.of(bench.catalog().find(sku).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aCorrectedNameIsKeptExactlyAndEverythingElseStays(EngineUnderTest engine) {
        open(engine);
        Map<CatalogField, String> values = record("PB-7-001");
        values.put(CatalogField.NAME_RU, "Чехол для смартфона, «прозрачный»; 6,1\"");
        ImportResult r = bench.catalogImport().replace(values);
        assertTrue(r.written(), r.problems().toString());
        assertEquals(
                "Чехол для смартфона, «прозрачный»; 6,1\"",
                bench.catalog().find("PB-7-001").get().nameRu());
        assertEquals(values, record("PB-7-001"));
        assertEquals(40, bench.catalog().count());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aWrongValueIsRefusedWithTheImportsMessageAndNothingChanges(EngineUnderTest engine) {
        open(engine);
        Map<CatalogField, String> before = record("PB-7-002");
        Map<CatalogField, String> values = record("PB-7-002");
        values.put(CatalogField.NET_WEIGHT_G, "-5");
        values.put(CatalogField.GTIN, "4607002977278");
        ImportResult r = bench.catalogImport().replace(values);
        assertFalse(r.written());
        assertTrue(
                r.problems().stream().anyMatch(p -> p.column().equals("net_weight_g")),
                r.problems().toString());
        assertTrue(
                r.problems().stream().anyMatch(p -> p.column().equals("gtin")),
                r.problems().toString());
        assertEquals(before, record("PB-7-002"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void onlyASupervisorMayCorrectARecordOnceOneExists(EngineUnderTest engine) {
        open(engine);
        bench.access().addAccount("anna", Role.PACKER, null);
        bench.access().addAccount("boss", Role.SUPERVISOR, "4711".toCharArray());
        bench.access().signIn("anna", null);
        Map<CatalogField, String> values = record("PB-7-003");
        values.put(CatalogField.NAME_RU, "Другое");
        assertEquals(
                "access.supervisorOnly",
                assertThrows(ProblemException.class, () -> bench.catalogImport().replace(values))
                        .problem()
                        .key());
        bench.access().signIn("boss", "4711".toCharArray());
        assertTrue(bench.catalogImport().replace(values).written());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void anImportCancelledHalfWayWritesNothing(EngineUnderTest engine) {
        open(engine);
        int before = bench.catalog().count();
        ProblemException stop = assertThrows(ProblemException.class, () -> bench.catalogImport()
                .run(SyntheticCatalog.csv(5000), ImportOptions.STRICT, (rows, bytes, totalBytes) -> {
                    if (rows >= 2000) {
                        throw new ProblemException("catalog.import.cancelled", rows);
                    }
                }));
        assertEquals("catalog.import.cancelled", stop.problem().key());
        assertEquals(before, bench.catalog().count(), "the rows written before the cancel were rolled back");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aDacIsRemovedOnlyByASupervisorAndAnUnknownOneIsNamed(EngineUnderTest engine) {
        open(engine);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        bench.dacs().add("DAC2222222222", LocalDate.of(2026, 11, 1));
        bench.access().addAccount("anna", Role.PACKER, null);
        bench.access().addAccount("boss", Role.SUPERVISOR, "4711".toCharArray());
        bench.access().signIn("anna", null);
        assertThrows(ProblemException.class, () -> bench.dacs().remove("DAC2222222222"));
        bench.access().signIn("boss", "4711".toCharArray());
        bench.dacs().remove("dac2222222222");
        assertEquals(1, bench.dacs().all().size());
        assertEquals(
                "dac.unknown",
                assertThrows(ProblemException.class, () -> bench.dacs().remove("NOPE"))
                        .problem()
                        .key());
    }
}
