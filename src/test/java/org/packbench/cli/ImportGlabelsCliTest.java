package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.TemplateLibrary;
import org.packbench.label.template.LabelTemplate;

/**
 * {@code label import-glabels}: a gLabels label written as a template file, its notes said, and
 * the designer's checks run on it, which {@code label check-template} then reads as it is.
 */
class ImportGlabelsCliTest {
    private static final String BENCH_LABEL = "docs/bench/vk-product-58x40.glabels";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void catalog() {
        db = dir.resolve("bench.db").toString();
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db)
                        .exit());
    }

    private Path sellerLabel() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/glabels/seller-58x60.glabels")) {
            return Files.write(dir.resolve("seller-58x60.glabels"), in.readAllBytes());
        }
    }

    @Test
    void theBenchsGLabelsLabelIsWrittenAsATemplateThatCheckTemplateAccepts() throws Exception {
        Path out = dir.resolve("vk.json");

        CliRun r = CliRun.of("label", "import-glabels", BENCH_LABEL, "--out", out.toString(), "--db", db);

        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("template vk-product-58x40 written to " + out + ": 4 element(s)"), r.out());
        assertTrue(r.out().contains("note: a picture from the gLabels field \"watermark_svg\""), r.out());
        assertTrue(r.out().contains("template vk-product-58x40 may be used: laid out at 203 dpi"), r.out());
        assertEquals("", r.err());
        LabelTemplate t = TemplateLibrary.read(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(58, t.widthMm());

        CliRun check = CliRun.of("label", "check-template", out.toString(), "--db", db);
        assertEquals(0, check.exit(), check.out() + check.err());
    }

    @Test
    void aTemplateTheChecksRefuseIsStillWrittenWithItsProblemsNamedForTheDesigner() throws Exception {
        Path out = dir.resolve("seller.json");

        CliRun r = CliRun.of(
                "label", "import-glabels", sellerLabel().toString(), "--out", out.toString(), "--json", "--db", db);

        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("seller-58x60", j.get("template").asText());
        assertEquals(out.toString(), j.get("file").asText());
        assertTrue(j.get("regulated").asBoolean());
        boolean priceSaid = false;
        for (JsonNode n : j.get("notes")) {
            priceSaid |= n.asText().contains("\"Цена\" has no PackBench field");
        }
        assertTrue(priceSaid, j.get("notes").toString());
        assertFalse(j.get("check").get("usable").asBoolean(), r.out());
        assertTrue(j.get("check").get("findings").size() > 0, r.out());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void anExistingFileIsNotReplacedUnlessForced() throws Exception {
        Path out = Files.writeString(dir.resolve("mine.json"), "{}");

        CliRun refused = CliRun.of("label", "import-glabels", BENCH_LABEL, "--out", out.toString(), "--db", db);

        assertEquals(1, refused.exit());
        assertEquals(
                "error: will not write " + out + ": the file exists; give another --out, or add --force to replace it",
                refused.err().strip());
        assertEquals("{}", Files.readString(out));
        CliRun forced =
                CliRun.of("label", "import-glabels", BENCH_LABEL, "--out", out.toString(), "--force", "--db", db);
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.readString(out).contains("\"vk-product-58x40\""));
    }

    @Test
    void theIdMayBeGivenAndMustBeOneAFileAndACommandLineTakeAsItIs() throws Exception {
        Path out = dir.resolve("x.json");
        CliRun r = CliRun.of(
                "label", "import-glabels", BENCH_LABEL, "--id", "vk-58x40-mine", "--out", out.toString(), "--db", db);
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                "vk-58x40-mine", TemplateLibrary.read(Files.readString(out)).id());

        CliRun bad = CliRun.of("label", "import-glabels", BENCH_LABEL, "--id", "Моя этикетка", "--db", db);
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("error: the template id \"Моя этикетка\" cannot be used"), bad.err());
    }

    @Test
    void aFileThatIsNoGLabelsLabelIsRefusedNamingTheFileAndWhatIsWrong() throws Exception {
        Path csv = Files.writeString(dir.resolve("labels.glabels"), "Наименование,Вес\n");
        CliRun notXml = CliRun.of("label", "import-glabels", csv.toString(), "--db", db);
        assertEquals(1, notXml.exit());
        assertTrue(
                notXml.err().startsWith("error: cannot import " + csv + " from gLabels: it is not XML:"), notXml.err());
        assertEquals("", notXml.out());

        Path svg = Files.writeString(dir.resolve("logo.glabels"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        CliRun notGlabels = CliRun.of("label", "import-glabels", svg.toString(), "--db", db, "--lang", "ru");
        assertEquals(1, notGlabels.exit());
        assertEquals(
                "error: не удаётся импортировать " + svg
                        + " из gLabels: это не документ gLabels: в нём <svg>, а gLabels пишет <Glabels-document>",
                notGlabels.err().strip());

        Path missing = dir.resolve("nowhere.glabels");
        CliRun gone = CliRun.of("label", "import-glabels", missing.toString(), "--db", db);
        assertEquals(1, gone.exit());
        assertEquals(
                "error: cannot read " + missing + ": no such file or folder",
                gone.err().strip());
    }

    @Test
    void withAnEmptyCatalogTheTemplateIsWrittenAndTheReasonItWasNotCheckedSaid() {
        Path out = dir.resolve("vk.json");
        CliRun r = CliRun.of(
                "label",
                "import-glabels",
                BENCH_LABEL,
                "--out",
                out.toString(),
                "--db",
                dir.resolve("empty.db").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(out));
        assertTrue(
                r.out().contains("warning: the template was written but not checked: the catalog is empty"), r.out());
    }
}
