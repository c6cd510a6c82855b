package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.catalog.Sku;

/**
 * {@code invoice --order ORDER --format pdf --out DIR}: a VK parcel's commercial invoice from the
 * sample catalog, read back by PDFBox and by poppler, and the refusals that name the line and field.
 */
class InvoiceCliTest {
    private static final String FILE_NAME = "OOO-Romashka_Invoice_2026-11-25_VK-1001.pdf";

    @TempDir
    Path dir;

    private String db;
    private Path out;

    @BeforeEach
    void benchWithVkLabels() throws IOException {
        db = dir.resolve("bench.db").toString();
        out = dir.resolve("invoices");
        ok(CliRun.of(
                "catalog", "import", TestFiles.sampleFile(dir, "catalog.csv").toString(), "--db", db));
        ok(CliRun.of("config", "set", "company.name", "ООО «Ромашка»", "--db", db));
        ok(CliRun.of("dac", "add", "DAC7Q2M9XK4P", "--issued", "2026-11-01", "--db", db));
        Files.writeString(
                dir.resolve("orders.csv"),
                "order,marketplace,confirmed_at,tracking\n"
                        + "VK-1001,vk,2026-11-25T09:00:00Z,\n"
                        + "OZ-1,ozon,2026-11-25T09:00:00Z,\n"
                        + "VK-EMPTY,vk,2026-11-25T09:00:00Z,\n");
        ok(CliRun.of("orders", "import", dir.resolve("orders.csv").toString(), "--db", db));
        label("PB-7-001", "VK-1001", "RU100000001VK");
        // PB-7-005 is made in Russia and has no EAEU certificate in the sample catalog.
        label("PB-7-005", "VK-1005", "RU100000005VK");
        label("PB-7-003", "VK-1003", "RU100000003VK");
    }

    @Test
    void theInvoiceCarriesEveryFieldOfTheCatalogOnA4UnderItsName() throws Exception {
        CliRun run = CliRun.of("invoice", "--order", "VK-1001", "--format", "pdf", "--out", out.toString(), "--db", db);
        ok(run);
        Path pdf = out.resolve(FILE_NAME);
        assertEquals(pdf.toString(), run.out().strip(), "the path written, alone on stdout");
        assertTrue(Files.isRegularFile(pdf));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(pdf), files.toList(), "no temporary file left beside it");
        }
        Sku sku = sku("PB-7-001");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), page.getWidth(), 0.5f);
            assertEquals(PDRectangle.A4.getHeight(), page.getHeight(), 0.5f);
            text = new PDFTextStripper().getText(doc);
        }
        List<String> expected = expectedTexts(sku);
        assertAllIn(expected, text, "PDFBox");

        // The same text as an outside reader gets it (in the order it was written, a cell's lines
        // together), and its idea of the page size and the fonts.
        String poppler = run(List.of("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-"));
        if (poppler != null) {
            assertAllIn(expected, poppler, "pdftotext");
            String info = run(List.of("pdfinfo", pdf.toString()));
            assertTrue(info.contains("(A4)"), info);
            assertTrue(info.matches("(?s).*Pages:\\s+1\\s.*"), info);
            String fonts = run(List.of("pdffonts", pdf.toString()));
            assertTrue(
                    fonts.lines().anyMatch(l -> l.contains("PTSans") && l.contains(" yes ")),
                    "PT Sans embedded: " + fonts);
        }
    }

    @Test
    void jsonDescribesTheLinesAsTheCatalogHasThem() throws Exception {
        CliRun run = CliRun.of("invoice", "--order", "VK-1001", "--out", out.toString(), "--json", "--db", db);
        ok(run);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(out.resolve(FILE_NAME).toString(), json.get("file").asText());
        assertEquals("RU100000001VK", json.get("tracking").asText());
        assertEquals("ООО «Ромашка»", json.get("seller").asText());
        JsonNode line = json.get("lines").get(0);
        Sku sku = sku("PB-7-001");
        assertEquals(sku.hsCode(), line.get("hs_code").asText());
        assertEquals(sku.eacCert(), line.get("eac_cert").asText());
        assertEquals(sku.countryOfOrigin(), line.get("country_of_origin").asText());
        assertEquals(1, line.get("quantity").asInt());
        assertTrue(run.out().contains("\"total_value_usd\" : 3.20"), "money with two decimals: " + run.out());
    }

    @Test
    void aLineWithoutItsEacCertificateIsRefusedNamingLineSkuAndField() throws Exception {
        CliRun run = CliRun.of("invoice", "--order", "VK-1005", "--format", "pdf", "--out", out.toString(), "--db", db);
        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.out());
        assertOneErrorLine(run);
        assertTrue(
                run.err().contains("line 1 (SKU PB-7-005) has no eac_cert")
                        && run.err().contains("order VK-1005")
                        && run.err().contains("import the catalog again"),
                run.err());
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "nothing written");
        CliRun ru = CliRun.of("invoice", "--order", "VK-1005", "--out", out.toString(), "--lang", "ru", "--db", db);
        assertTrue(ru.err().contains("в строке 1 (артикул PB-7-005) не заполнено поле eac_cert"), ru.err());
    }

    @Test
    void aLineWithoutItsHsCodeIsRefusedNamingLineSkuAndField() throws Exception {
        // The import requires an HS code; a record kept from before that rule can still lack one.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement p = c.prepareStatement("UPDATE sku SET hs_code = '' WHERE sku = 'PB-7-003'")) {
            assertEquals(1, p.executeUpdate());
        }
        CliRun run = CliRun.of("invoice", "--order", "VK-1003", "--format", "pdf", "--out", out.toString(), "--db", db);
        assertEquals(1, run.exit(), run.err());
        assertOneErrorLine(run);
        assertTrue(run.err().contains("line 1 (SKU PB-7-003) has no hs_code"), run.err());
        assertFalse(run.err().contains("eac_cert"), "its certificate is there: " + run.err());
    }

    @Test
    void unknownOzonAndEmptyOrdersAreRefusedInWords() {
        CliRun unknown = CliRun.of("invoice", "--order", "VK-404", "--out", out.toString(), "--db", db);
        assertEquals(1, unknown.exit());
        assertOneErrorLine(unknown);
        assertTrue(unknown.err().contains("there is no order VK-404"), unknown.err());

        CliRun ozon = CliRun.of("invoice", "--order", "OZ-1", "--out", out.toString(), "--db", db);
        assertEquals(1, ozon.exit());
        assertOneErrorLine(ozon);
        assertTrue(
                ozon.err().contains("order OZ-1 is a ozon order")
                        && ozon.err().contains("VK cross-border parcels only"),
                ozon.err());

        CliRun empty = CliRun.of("invoice", "--order", "VK-EMPTY", "--out", out.toString(), "--db", db);
        assertEquals(1, empty.exit());
        assertOneErrorLine(empty);
        assertTrue(
                empty.err().contains("order VK-EMPTY has no lines")
                        && empty.err().contains("print its label"),
                empty.err());
        assertFalse(Files.exists(out), "nothing written for any of them");
    }

    @Test
    void onlyPdfIsOfferedAndTheOrderIsRequired() {
        CliRun xlsx =
                CliRun.of("invoice", "--order", "VK-1001", "--format", "xlsx", "--out", out.toString(), "--db", db);
        assertEquals(2, xlsx.exit());
        assertEquals(
                "error: an invoice is written as pdf only, not xlsx; give --format pdf",
                xlsx.err().strip());
        CliRun noOrder = CliRun.of("invoice", "--out", out.toString(), "--db", db);
        assertEquals(2, noOrder.exit());
        assertTrue(noOrder.err().contains("--order"), noOrder.err());
    }

    @Test
    void withoutACompanyNameTheInvoiceHasNoSellerAndIsRefused() {
        String bare = dir.resolve("bare.db").toString();
        ok(CliRun.of(
                "catalog", "import", TestFiles.sampleFile(dir, "catalog.csv").toString(), "--db", bare));
        ok(CliRun.of("dac", "add", "DAC7Q2M9XK4P", "--issued", "2026-11-01", "--db", bare));
        ok(CliRun.of(
                "label",
                "render",
                "--sku",
                "PB-7-001",
                "--template",
                "vk-product-58x40",
                "--order",
                "VK-1",
                "--tracking",
                "RU100000009VK",
                "--format",
                "zpl",
                "--out",
                dir.resolve("x.zpl").toString(),
                "--db",
                bare));
        CliRun run = CliRun.of("invoice", "--order", "VK-1", "--out", out.toString(), "--db", bare);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("config set company.name"), run.err());
    }

    /** Every text of the line and the heading, exactly as in the catalog and the order. */
    private static List<String> expectedTexts(Sku sku) {
        return List.of(
                "Коммерческий инвойс",
                "ООО «Ромашка»",
                "VK-1001",
                "25.11.2026",
                "RU100000001VK",
                "Наименование",
                "Код ТН ВЭД",
                "Страна происхождения",
                "Сертификат/декларация ЕАЭС",
                sku.nameRu(),
                sku.hsCode(),
                sku.countryOfOrigin(),
                sku.eacCert(),
                Integer.toString(sku.netWeightG()),
                sku.declaredValueUsd().toPlainString());
    }

    /**
     * Each text appears in the page's text. A cell wraps a long text onto a second line where it
     * has a space or a dash, so the comparison leaves out line breaks and spaces, on both sides.
     */
    private static void assertAllIn(List<String> expected, String text, String reader) {
        String flat = text.replaceAll("\\s+", "");
        for (String e : expected) {
            assertTrue(flat.contains(e.replaceAll("\\s+", "")), reader + ": \"" + e + "\" not in\n" + text);
        }
        // Short ones that cannot wrap must stand whole.
        for (String e : List.of("ООО «Ромашка»", "RU100000001VK", "25.11.2026")) {
            assertTrue(text.contains(e), reader + ": \"" + e + "\" not whole in\n" + text);
        }
    }

    private Sku sku(String code) {
        CliRun show = CliRun.of("catalog", "show", code, "--json", "--db", db);
        ok(show);
        try {
            JsonNode n = new ObjectMapper().readTree(show.out());
            return new Sku(
                    n.get("sku").asText(),
                    new org.packbench.catalog.Gtin(n.get("gtin").asText()),
                    n.get("name_ru").asText(),
                    n.get("net_weight_g").asInt(),
                    n.get("manufacturer").asText(),
                    n.get("country_of_origin").asText(),
                    n.get("eac_cert").asText(),
                    n.get("hs_code").asText(),
                    n.get("length_mm").asInt(),
                    n.get("width_mm").asInt(),
                    n.get("height_mm").asInt(),
                    n.get("declared_value_usd").decimalValue(),
                    org.packbench.catalog.Marketplace.parse(n.get("marketplace").asText())
                            .orElseThrow());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void label(String sku, String order, String tracking) {
        ok(CliRun.of(
                "label",
                "render",
                "--sku",
                sku,
                "--template",
                "vk-product-58x40",
                "--order",
                order,
                "--tracking",
                tracking,
                "--format",
                "zpl",
                "--out",
                dir.resolve(order + ".zpl").toString(),
                "--db",
                db));
    }

    private static void assertOneErrorLine(CliRun run) {
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("error: "), run.err());
    }

    private static void ok(CliRun run) {
        assertEquals(0, run.exit(), run.err());
    }

    /** A poppler tool's stdout; null when poppler-utils is missing and skipping is allowed. */
    private static String run(List<String> command) throws Exception {
        Path tool = Path.of("/usr/bin", command.get(0));
        if (!Files.isExecutable(tool)) {
            if ("1".equals(System.getenv("PACKBENCH_REQUIRE_ALL"))) {
                fail(command.get(0) + " is missing: install poppler-utils (PACKBENCH_REQUIRE_ALL=1 forbids skipping)");
            }
            Assumptions.abort(command.get(0) + " not installed (apt-get install poppler-utils); skipped");
        }
        List<String> args = new ArrayList<>(command);
        args.set(0, tool.toString());
        Process p = new ProcessBuilder(args)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] stdout = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", command));
        return new String(stdout, StandardCharsets.UTF_8);
    }
}
