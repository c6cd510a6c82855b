package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;

/** The command line is a contract: these exit codes, streams and JSON fields are what scripts rely on. */
class CatalogCliTest {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("cli.db").toString();
    }

    @Test
    void importingTheSampleExitsZeroAndReportsFortySkus() throws Exception {
        Path csv = TestFiles.sampleFile(dir, "catalog.csv");
        CliRun run = CliRun.of("catalog", "import", csv.toString(), "--db", db(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(40, report.get("inserted").asInt());
        assertTrue(report.get("written").asBoolean());
    }

    @Test
    void theFaultyFileExitsOneNamesEveryFaultOnStderrAndWritesNothing() throws Exception {
        Path csv = TestFiles.sampleFile(dir, "catalog-faulty.csv");
        CliRun run = CliRun.of("--db", db(), "catalog", "import", csv.toString(), "--json");
        assertEquals(1, run.exit());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(12, report.get("errors").size());
        assertEquals(4, report.get("warnings").size(), "3 VK limits and the unknown column");
        for (int line = 2; line <= 16; line++) {
            assertTrue(run.err().contains("line " + line + ","), "line " + line + " named in:\n" + run.err());
        }
        CliRun list = CliRun.of("catalog", "list", "--json", "--db", db());
        assertEquals("[ ]", list.out().strip());
    }

    @Test
    void listAndShowWriteRecordsWithTheCatalogFieldNames() throws Exception {
        Path csv = TestFiles.sampleFile(dir, "catalog.csv");
        assertEquals(
                0, CliRun.of("catalog", "import", csv.toString(), "--db", db()).exit());
        JsonNode all = JSON.readTree(
                CliRun.of("catalog", "list", "--json", "--db", db()).out());
        assertEquals(40, all.size());
        CliRun show = CliRun.of("catalog", "show", "PB-7-004", "--json", "--db", db());
        assertEquals(0, show.exit());
        JsonNode sku = JSON.readTree(show.out());
        assertEquals("Защитное стекло для смартфона 6,1\"", sku.get("name_ru").asText());
        assertEquals(25, sku.get("net_weight_g").asInt());
        assertEquals(
                0,
                new java.math.BigDecimal("2.10")
                        .compareTo(sku.get("declared_value_usd").decimalValue()));
        assertTrue(show.out().contains("\"declared_value_usd\" : 2.10"), "money keeps its two decimals");
        assertEquals("ozon", sku.get("marketplace").asText());
        for (String field : new String[] {
            "sku",
            "gtin",
            "manufacturer",
            "country_of_origin",
            "eac_cert",
            "hs_code",
            "length_mm",
            "width_mm",
            "height_mm"
        }) {
            assertTrue(sku.has(field), field);
        }
    }

    @Test
    void anUnknownSkuExitsOneWithAMessageOnStderr() {
        CliRun run = CliRun.of("catalog", "show", "NOPE", "--db", db());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("NOPE"));
        assertEquals("", run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("catalog", "import", "--db", db()).exit());
        assertEquals(2, CliRun.of("no-such-command").exit());
    }

    @Test
    void russianMessagesOnRequest() {
        Path csv = TestFiles.sampleFile(dir, "catalog-faulty.csv");
        CliRun run = CliRun.of("catalog", "import", csv.toString(), "--db", db(), "--lang", "ru");
        assertTrue(run.err().contains("строка 2, столбец gtin"), run.err());
    }

    @Test
    void versionNeedsNoDatabase() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("PackBench "));
    }

    @Test
    void withoutACommandTheGuiStartsOnTheGivenDatabase() {
        CliRun run = CliRun.of("--db", db(), "--lang", "en");
        assertEquals(0, run.exit());
        assertEquals(java.util.List.of(db() + " en"), run.guiStarts());
    }
}
