package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.TemplateLibrary;
import org.packbench.label.template.LabelTemplate;

/** {@code label check-template}: the designer's checks on a template written by hand, with the catalog's worst case. */
class CheckTemplateCliTest {
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

    @Test
    void everyBundledTemplateMayBeUsedWithTheCatalogsWorstCaseAt203And300Dpi() {
        for (LabelTemplate t : TemplateLibrary.bundled().all()) {
            for (String dpi : new String[] {"203", "300"}) {
                CliRun r = CliRun.of("label", "check-template", t.id(), "--dpi", dpi, "--db", db);
                assertEquals(0, r.exit(), t.id() + " at " + dpi + ":\n" + r.out() + r.err());
                assertTrue(r.out().contains("may be used"), r.out());
            }
        }
    }

    @Test
    void aNameBoxTooSmallForTheLongestNameAt10PtIsNamedOnItsElementAndTheTemplateRefused() throws Exception {
        String json = new String(
                        TemplateLibrary.class
                                .getResourceAsStream("/org/packbench/label-templates/ozon-product-58x40.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("\"id\": \"ozon-product-58x40\"", "\"id\": \"narrow-name\"")
                .replace("\"max_lines\": 3", "\"max_lines\": 1");
        Path file = dir.resolve("narrow-name.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        CliRun r = CliRun.of("label", "check-template", file.toString(), "--json", "--db", db);

        assertEquals(1, r.exit(), r.out() + r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("narrow-name", j.get("template").asText());
        assertFalse(j.get("usable").asBoolean());
        boolean named = false;
        for (JsonNode f : j.get("findings")) {
            named |= f.get("element").asText().equals("name") && f.get("blocks").asBoolean();
        }
        assertTrue(named, r.out());
    }

    @Test
    void anEmptyCatalogIsSaidInWords() {
        String empty = dir.resolve("empty.db").toString();
        CliRun r = CliRun.of("label", "check-template", "ozon-product-58x40", "--db", empty);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("the catalog is empty"), r.err());
    }
}
