package org.packbench.verify.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.cli.CliRun;
import org.packbench.cli.PackbenchCommand;
import org.packbench.cli.VerifyCommand;
import picocli.CommandLine;

/** {@code packbench verify pdf}: the report on stdout, exit 0 on PASS, 1 on FAIL or bad input, 2 on usage. */
class VerifyCliTest {
    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void catalog() {
        db = dir.resolve("verify.db").toString();
        assertEquals(
                0,
                run(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db)
                        .exit());
    }

    /** As CliRun, with {@code verify} added for as long as PackbenchCommand does not list it itself. */
    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PackbenchCommand.commandLine((db, locale) -> {}, CliRun.CLOCK);
        if (!cl.getSubcommands().containsKey("verify")) {
            cl.addSubcommand(new VerifyCommand());
        }
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString(), java.util.List.of());
    }

    private String file(String name, byte[] pdf) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, pdf);
        return p.toString();
    }

    private static JsonNode json(CliRun r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void theCorrectLabelPassesWithExitZero() throws IOException {
        CliRun r =
                run("verify", "pdf", file("ok.pdf", TestLabels.correct()), "--sku", "PB-7-001", "--json", "--db", db);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "a label within every limit is read without a word on stderr");
        JsonNode report = json(r);
        assertEquals("PASS", report.get("verdict").asText());
        assertEquals("name_ru", report.get("fields").get(0).get("field").asText());
        assertEquals("MATCH", report.get("fields").get(0).get("verdict").asText());
        assertEquals(TestLabels.NAME, report.get("fields").get(0).get("found").asText());
        assertEquals(4, report.get("fields").size());
        assertEquals(0, report.get("small_text").size());
        JsonNode ean = report.get("barcodes").get(0);
        assertEquals(1, ean.get("page").asInt());
        assertEquals("EAN_13", ean.get("format").asText());
        assertEquals(TestLabels.GTIN, ean.get("text").asText());
    }

    @Test
    void aWrongWeightFailsWithExitOneAndNamesTheWeight() throws IOException {
        byte[] pdf = TestLabels.pdf(TestLabels.Spec.correct().withText("Вес нетто", "Вес нетто: 45 г"));
        CliRun r = run("verify", "pdf", file("w.pdf", pdf), "--sku", "PB-7-001", "--json", "--db", db);
        assertEquals(1, r.exit());
        JsonNode weight = json(r).get("fields").get(1);
        assertEquals("net_weight_g", weight.get("field").asText());
        assertEquals("MISMATCH", weight.get("verdict").asText());
        assertEquals("38 г", weight.get("expected").asText());
        assertEquals("45 г", weight.get("found").asText());
        assertEquals("FAIL", json(r).get("verdict").asText());

        CliRun text = run("verify", "pdf", file("w.pdf", pdf), "--sku", "PB-7-001", "--db", db);
        assertEquals(1, text.exit());
        assertTrue(
                text.out().contains("net weight: MISMATCH: the label says \"45 г\" where the SKU record says \"38 г\""),
                text.out());
        assertTrue(text.out().contains("FAIL: the label does not match SKU PB-7-001 (1 finding(s))"), text.out());
    }

    @Test
    void smallTextAndLookAlikesAreInTheJson() throws IOException {
        byte[] pdf = TestLabels.pdf(
                TestLabels.Spec.correct().withSize("Страна", 8).withText("Чехол", "Чеxол для смартфона"));
        JsonNode report = json(run("verify", "pdf", file("s.pdf", pdf), "--sku", "PB-7-001", "--json", "--db", db));
        JsonNode small = report.get("small_text").get(0);
        assertEquals(1, small.get("page").asInt());
        assertEquals(8.0, small.get("size_pt").asDouble());
        assertEquals("Страна: Китай", small.get("text").asText());
        JsonNode latin = report.get("fields").get(0).get("latin_letters").get(0);
        assertEquals("x", latin.get("letter").asText());
        assertEquals(3, latin.get("position").asInt());
    }

    @Test
    void theReportSpeaksRussianOnRequest() throws IOException {
        byte[] pdf = TestLabels.pdf(
                TestLabels.Spec.correct().replacing("Производитель", null).replacing("Электроникс", null));
        CliRun r = run("verify", "pdf", file("m.pdf", pdf), "--sku", "PB-7-001", "--lang", "ru", "--db", db);
        assertEquals(1, r.exit());
        assertTrue(
                r.out().contains("производитель: ОТСУТСТВУЕТ — на этикетке нет «" + TestLabels.MANUFACTURER + "»"),
                r.out());
        assertTrue(r.out().contains("НЕ ПРОЙДЕНО"), r.out());
        byte[] latin = TestLabels.pdf(TestLabels.Spec.correct().withText("Чехол", "Чеxол для смартфона"));
        CliRun lookAlike = run("verify", "pdf", file("l.pdf", latin), "--sku", "PB-7-001", "--lang", "ru", "--db", db);
        assertTrue(
                lookAlike.out().contains("\n    латинские буквы в словах на кириллице: «x» на позиции 3\n"),
                lookAlike.out());
    }

    @Test
    void anUnknownSkuAnUnreadableFileAndAMissingOptionAreRefused() throws IOException {
        CliRun unknown = run("verify", "pdf", file("ok.pdf", TestLabels.correct()), "--sku", "PB-0-000", "--db", db);
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("PB-0-000 is not in the catalog"), unknown.err());
        CliRun garbage = run(
                "verify",
                "pdf",
                file("x.pdf", "no pdf".getBytes(StandardCharsets.US_ASCII)),
                "--sku",
                "PB-7-001",
                "--db",
                db);
        assertEquals(1, garbage.exit());
        assertTrue(garbage.err().contains("not a readable PDF"), garbage.err());
        CliRun absent = run("verify", "pdf", dir.resolve("absent.pdf").toString(), "--sku", "PB-7-001", "--db", db);
        assertEquals(1, absent.exit());
        assertEquals(
                2,
                run("verify", "pdf", file("ok.pdf", TestLabels.correct()), "--db", db)
                        .exit());
    }
}
