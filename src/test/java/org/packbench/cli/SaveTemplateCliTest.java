package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.TemplateLibrary;
import org.packbench.label.design.Edit;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.TemplateWriter;
import org.packbench.store.PostgresCluster;

/**
 * {@code label save-template} and {@code label export-template}: a template written by hand or by
 * the designer saved in the database, for use on every bench or as a draft, listed, used by
 * {@code label render}, and written out again as it was saved.
 */
class SaveTemplateCliTest {
    private static final String VK = "vk-product-58x40";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void catalogAndDac() {
        db = dir.resolve("bench.db").toString();
        ok(CliRun.of(
                "catalog", "import", TestFiles.sampleFile(dir, "catalog.csv").toString(), "--db", db));
        ok(CliRun.of("dac", "add", "DAC7Q2M9XK4P", "--issued", "2026-11-01", "--db", db));
    }

    private static void ok(CliRun r) {
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    /** The bundled VK label under {@code id}, with {@code edit} made to it, as a JSON file. */
    private Path file(String id, Edit edit) throws Exception {
        LabelTemplate vk = TemplateLibrary.bundled().get(VK);
        LabelTemplate t = new LabelTemplate(
                id,
                "Полка " + id,
                vk.marketplace(),
                vk.kind(),
                vk.regulated(),
                vk.widthMm(),
                vk.heightMm(),
                vk.elements());
        if (edit != null) {
            t = edit.apply(t);
        }
        Path file = dir.resolve(id + ".json");
        Files.writeString(file, TemplateWriter.withoutImages().write(t), StandardCharsets.UTF_8);
        return file;
    }

    private CliRun render(String template, String order, String tracking) {
        return CliRun.of(
                "label",
                "render",
                "--sku",
                "PB-7-001",
                "--template",
                template,
                "--order",
                order,
                "--tracking",
                tracking,
                "--format",
                "zpl",
                "--out",
                dir.resolve(order + ".zpl").toString(),
                "--db",
                db);
    }

    @Test
    void aNewTemplateSavedForUseIsListedWithItsVersionRendersAndExportsAsSaved() throws Exception {
        CliRun save = CliRun.of("label", "save-template", file("vk-shelf", null).toString(), "--json", "--db", db);

        ok(save);
        JsonNode saved = new ObjectMapper().readTree(save.out());
        assertEquals("vk-shelf", saved.get("template").asText());
        assertEquals(1, saved.get("version").asInt());
        assertTrue(saved.get("for_use").asBoolean());

        CliRun list = CliRun.of("label", "templates", "--db", db);
        ok(list);
        String line = list.out()
                .lines()
                .filter(l -> l.startsWith("vk-shelf "))
                .findFirst()
                .orElseThrow();
        assertTrue(line.contains("v1, saved by"), line);
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith(VK + " ") && l.endsWith("(bundled)")), list.out());
        JsonNode json = new ObjectMapper()
                .readTree(CliRun.of("label", "templates", "--json", "--db", db).out());
        for (JsonNode t : json) {
            if (t.get("id").asText().equals("vk-shelf")) {
                assertEquals(1, t.get("version").asInt());
                assertEquals("saved", t.get("origin").asText());
            }
        }

        ok(render("vk-shelf", "VK-1", "RU100000001VK"));

        Path out = dir.resolve("exported.json");
        CliRun export = CliRun.of("label", "export-template", "vk-shelf", "--out", out.toString(), "--db", db);
        ok(export);
        assertEquals(
                TemplateLibrary.read(Files.readString(file("vk-shelf", null))),
                TemplateLibrary.read(Files.readString(out)));
        ok(CliRun.of("label", "check-template", out.toString(), "--db", db));
    }

    @Test
    void anEditedBundledTemplateGetsVersionsAndTheOldOneStaysExportable() throws Exception {
        Path edited = file(VK, null);
        ok(CliRun.of("label", "save-template", edited.toString(), "--db", db));
        CliRun second = CliRun.of("label", "save-template", edited.toString(), "--db", db);
        ok(second);
        assertTrue(second.out().contains("version 2"), second.out());

        Path bundled = dir.resolve("bundled.json");
        ok(CliRun.of("label", "export-template", VK, "--version", "0", "--out", bundled.toString(), "--db", db));
        assertEquals(TemplateLibrary.bundled().get(VK), TemplateLibrary.read(Files.readString(bundled)));
        CliRun missing = CliRun.of(
                "label",
                "export-template",
                VK,
                "--version",
                "7",
                "--out",
                dir.resolve("x.json").toString(),
                "--db",
                db);
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no version 7"), missing.err());
    }

    @Test
    void aTextAt9PtOnARegulatedTemplateIsRefusedWithItsFindingsAndSavedOnlyAsADraft() throws Exception {
        Path small = file("vk-small", new Edit.SetFontSize("weight", 9));

        CliRun refused = CliRun.of("label", "save-template", small.toString(), "--db", db);

        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("error: weight: "), refused.err());
        assertTrue(refused.err().contains("save it as a draft"), refused.err());
        CliRun asJson = CliRun.of("label", "save-template", small.toString(), "--json", "--db", db);
        assertEquals(1, asJson.exit());
        JsonNode j = new ObjectMapper().readTree(asJson.out());
        assertFalse(j.get("saved").asBoolean());
        boolean named = false;
        for (JsonNode f : j.get("findings")) {
            named |= f.get("element").asText().equals("weight")
                    && f.get("problem").asText().equals("text_under_minimum");
        }
        assertTrue(named, asJson.out());
        assertFalse(CliRun.of("label", "templates", "--db", db).out().contains("vk-small"), "nothing saved for use");

        CliRun draft = CliRun.of("label", "save-template", small.toString(), "--draft", "--db", db);
        ok(draft);
        assertTrue(draft.out().contains("saved as a draft, version 1"), draft.out());
        assertFalse(
                CliRun.of("label", "templates", "--db", db).out().contains("vk-small"),
                "a draft is not listed for use");
        assertEquals(1, render("vk-small", "VK-9", "RU100000009VK").exit(), "no label is made from a draft");
    }

    @Test
    void aFileThatIsNoTemplateIsAUsageErrorWithExit2() throws Exception {
        Path notJson = dir.resolve("not.json");
        Files.writeString(notJson, "{ \"id\": ", StandardCharsets.UTF_8);
        assertEquals(
                2,
                CliRun.of("label", "save-template", notJson.toString(), "--db", db)
                        .exit());
        assertEquals(
                2,
                CliRun.of("label", "save-template", dir.resolve("absent.json").toString(), "--db", db)
                        .exit());
        CliRun dpi = CliRun.of("label", "save-template", file("vk-shelf", null).toString(), "--dpi", "250", "--db", db);
        assertEquals(2, dpi.exit());
        assertTrue(dpi.err().contains("250 dpi"), dpi.err());
    }

    @Test
    void theSavedVersionsMoveWithDbCopyToAWarehouseServer() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        String server = cluster.url(cluster.newDatabase());
        Map<String, String> env = new HashMap<>(cluster.environment());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        ok(CliRun.of("label", "save-template", file("vk-shelf", null).toString(), "--db", db));
        ok(render("vk-shelf", "VK-1", "RU100000001VK"));

        ok(CliRun.withEnv(env, "db", "copy", "--from", db, "--to", server));

        CliRun list = CliRun.withEnv(env, "label", "templates", "--db", server);
        ok(list);
        assertTrue(
                list.out().lines().anyMatch(l -> l.startsWith("vk-shelf ") && l.contains("v1, saved by")), list.out());
        ok(CliRun.withEnv(env, "log", "verify", "--db", server));
    }
}
