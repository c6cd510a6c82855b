package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.gs1.Gs1Formatter;
import org.packbench.gs1.Gs1Parser;
import org.packbench.label.Symbology;
import org.packbench.verify.CheckCharacters128;

/**
 * Issue 14: {@code label logistic} refused the label for SSCC 046071230000001271, whose GS1-128
 * symbol has check character 102, and burnt the SSCC. It is issued now.
 */
class LogisticSsccCliTest {
    @TempDir
    Path dir;

    @Test
    void theSsccWhoseSymbolHasCheckCharacter102IsIssued() throws Exception {
        String sscc = "046071230000001271";
        assertEquals(
                102,
                CheckCharacters128.checkCharacter(
                        Symbology.GS1_128, Gs1Formatter.elementString(Gs1Parser.parseBracketed("(00)" + sscc))));
        String db = dir.resolve("bench.db").toString();
        assertEquals(
                0,
                CliRun.of("config", "set", "gs1.company-prefix", "4607123", "--db", db)
                        .exit());
        // Serial references 1 to 126 go first; the next one is 127, the SSCC of the issue.
        CliRun burnt = CliRun.of("sscc", "next", "--count", "126", "--db", db);
        assertTrue(burnt.out().strip().endsWith("046071230000001264"), burnt.out());

        Path zpl = dir.resolve("logistic.zpl");
        CliRun r = CliRun.of("label", "logistic", "--format", "zpl", "--out", zpl.toString(), "--db", db);

        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("SSCC " + sscc), r.out());
        assertTrue(Files.size(zpl) > 0);
        assertEquals("", r.err());
    }
}
