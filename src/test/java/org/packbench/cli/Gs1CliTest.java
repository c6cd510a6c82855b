package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** gs1 check, sscc next and config set: the contract scripts rely on. */
class Gs1CliTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "(01)04607002977277(17)271231(10)ABC123 | (01)04607002977277(17)271231(10)ABC123",
                "]C101046070029772771727123110ABC123<GS>21XYZ | (01)04607002977277(17)271231(10)ABC123(21)XYZ",
                "]d201046070029772771727123110ABC123 | (01)04607002977277(17)271231(10)ABC123",
                "]Q3010460700297727717271200 | (01)04607002977277(17)271200",
                "(00)046071230000000014 | (00)046071230000000014",
            })
    void validDataPrintsTheNormalisedBracketedFormAndExitsZero(String input, String bracketed) {
        CliRun run = CliRun.of("gs1", "check", input, "--gs", "<GS>");
        assertEquals(0, run.exit(), run.err());
        assertEquals(bracketed, run.out().strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "(01)04607002977277(17)271331 | AI (17) | month 13",
                "(01)04607002977278 | AI (01) | check digit",
                "(02)04607002977277 | AI (02) | (37)",
                "(01)04607002977277(37)1 | AI (01) | AI (37)",
                "(24)ABC | (24) | not a GS1 Application Identifier",
                "(01)0460700297727 | AI (01) |",
                "]C1010460700297727710ABC<GS><GS>21X | position 29 | GS separator",
            })
    void faultyDataExitsOneNamingTheAiAndTheRule(String input, String ai, String rule) {
        CliRun run = CliRun.of("gs1", "check", input, "--gs", "<GS>");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().startsWith("error: "), run.err());
        if (ai != null) {
            assertTrue(run.err().contains(ai), run.err());
        }
        if (rule != null) {
            assertTrue(run.err().contains(rule), run.err());
        }
    }

    @Test
    void jsonCarriesTheVerdict() throws Exception {
        JsonNode ok = new ObjectMapper()
                .readTree(CliRun.of("gs1", "check", "(00)046071230000000014", "--json")
                        .out());
        assertTrue(ok.get("valid").asBoolean());
        JsonNode bad = new ObjectMapper()
                .readTree(CliRun.of("gs1", "check", "(17)271331", "--json").out());
        assertEquals(false, bad.get("valid").asBoolean());
        assertTrue(bad.get("error").asText().contains("month 13"));
    }

    @Test
    void ssccNextUsesTheConfiguredCompanyPrefix() throws Exception {
        String db = dir.resolve("sscc.db").toString();
        assertEquals(1, CliRun.of("sscc", "next", "--db", db).exit(), "no prefix yet");
        assertEquals(
                1,
                CliRun.of("config", "set", "gs1.company-prefix", "46O7123", "--db", db)
                        .exit());
        assertEquals(
                0,
                CliRun.of("config", "set", "gs1.company-prefix", "4607123", "--db", db)
                        .exit());
        CliRun run = CliRun.of("sscc", "next", "--count", "3", "--json", "--db", db);
        assertEquals(0, run.exit(), run.err());
        JsonNode codes = new ObjectMapper().readTree(run.out());
        assertEquals("046071230000000014", codes.get(0).asText());
        assertEquals("046071230000000038", codes.get(2).asText());
        assertEquals(
                "046071230000000045",
                CliRun.of("sscc", "next", "--db", db).out().strip());
    }
}
