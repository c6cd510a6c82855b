package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench gs1-128, the figure set beside zint --batch in docs/benchmarks.md: it reports a time per
 * symbol only for symbols that really were decoded again, and fails when one is not.
 */
class SymbolBenchCliTest {
    @TempDir
    Path dir;

    @Test
    void everySymbolTimedIsReadBackAndItsTimeReported() throws Exception {
        CliRun run = CliRun.of("bench", "gs1-128", "--symbols", "20", "--json");

        assertEquals(0, run.exit(), run.err());
        JsonNode figures = new ObjectMapper().readTree(run.out());
        assertEquals(20, figures.get("symbols").asInt());
        assertEquals(20, figures.get("read_back").asInt(), "one symbol read back for each symbol timed");
        assertEquals(203, figures.get("dpi").asInt());
        assertTrue(figures.get("mean_ms").asDouble() > 0, run.out());
        assertTrue(figures.get("p99_ms").asDouble() >= figures.get("p50_ms").asDouble(), run.out());
        assertTrue(figures.get("readback_ms").asDouble() > 0, "the readback ran: " + run.out());
    }

    @Test
    void theTextReportNamesTheTimePerSymbol() {
        CliRun run = CliRun.of("bench", "gs1-128", "--symbols", "5");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("5 SSCC symbols encoded, rasterised and read back (5 read back)"), run.out());
        assertTrue(run.out().matches("(?s).*per symbol +mean [0-9.]+ ms +p50 [0-9.]+ ms +p99 [0-9.]+ ms.*"), run.out());
    }

    @Test
    void theTimedElementStringsAreWrittenForAnotherEncoder() throws Exception {
        Path data = dir.resolve("sscc.txt");

        CliRun run = CliRun.of("bench", "gs1-128", "--symbols", "3", "--data-out", data.toString());

        assertEquals(0, run.exit(), run.err());
        // Serials 1, 2, 3 under the prefix 4607123, each with its check digit.
        assertEquals(
                List.of("[00]046071230000000014", "[00]046071230000000021", "[00]046071230000000038"),
                Files.readAllLines(data));
    }

    @Test
    void aSymbolThatDoesNotReadBackFailsTheBenchmark() {
        // 0.12 mm is one dot at 203 dpi: the readback refuses a module the head cannot print reliably.
        CliRun run = CliRun.of("bench", "gs1-128", "--symbols", "3", "--module-mm", "0.12");

        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().startsWith("error: the GS1-128 symbol of SSCC (00)04607123"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("", run.out());
    }
}
