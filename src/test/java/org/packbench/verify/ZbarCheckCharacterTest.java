package org.packbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.label.LabelDocument;
import org.packbench.render.RasterWriter;

/**
 * A second, independent decoder agrees with the readback: zbar reads the same labels to the same
 * data, the check characters around FNC1's value (102) included. Without zbarimg the test is
 * skipped, unless PACKBENCH_REQUIRE_ALL=1 asks for every check to run.
 */
class ZbarCheckCharacterTest {
    private static final Path ZBARIMG = Path.of("/usr/bin/zbarimg");

    @TempDir
    Path dir;

    @BeforeAll
    static void zbarIsThere() {
        if (!Files.isExecutable(ZBARIMG)) {
            assertFalse(
                    "1".equals(System.getenv("PACKBENCH_REQUIRE_ALL")),
                    "zbarimg is missing: install zbar-tools (.ci/run does)");
            Assumptions.abort("zbarimg not installed (apt-get install zbar-tools); skipped");
        }
    }

    @ParameterizedTest(name = "GS1-128 with check character {0}")
    @ValueSource(ints = {0, 1, 50, 96, 97, 98, 99, 100, 101, 102})
    void zbarAndTheReadbackReadTheSameGs1Data(int check) throws Exception {
        LabelDocument doc = CheckCharacters128.gs1Label(CheckCharacters128.ssccWithCheckCharacter(check), 203);
        String data = doc.barcodes().get(0).data();

        String zbar = zbar(doc);
        Readback.Result ours = new Readback().check(doc, new RasterWriter().printRaster(doc));

        assertTrue(ours.ok(), ours.findings().toString());
        assertEquals(ours.symbols().get(0).read(), "]C1" + zbar);
        assertEquals(data, zbar);
    }

    @ParameterizedTest(name = "Code 128 with check character {0}")
    @ValueSource(ints = {0, 1, 50, 96, 97, 98, 99, 100, 101, 102})
    void zbarAndTheReadbackReadTheSameCode128Data(int check) throws Exception {
        LabelDocument doc = CheckCharacters128.code128Label(CheckCharacters128.trackingWithCheckCharacter(check), 203);

        String zbar = zbar(doc);
        Readback.Result ours = new Readback().check(doc, new RasterWriter().printRaster(doc));

        assertTrue(ours.ok(), ours.findings().toString());
        assertEquals(ours.symbols().get(0).read(), zbar);
        assertEquals(doc.barcodes().get(0).data(), zbar);
    }

    /** zbar's reading of the label's print raster: the raw data, Code 128 only. */
    private String zbar(LabelDocument doc) throws Exception {
        Path png = dir.resolve(doc.templateId() + ".png");
        Files.write(png, new RasterWriter().printPng(doc));
        Process p = new ProcessBuilder(List.of(
                        ZBARIMG.toString(), "--quiet", "--raw", "-Sdisable", "-Scode128.enable", png.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "zbarimg did not finish");
        assertEquals(0, p.exitValue(), "zbarimg found no symbol");
        String text = new String(out, StandardCharsets.UTF_8);
        // --raw ends each symbol with a newline, which is not data.
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
