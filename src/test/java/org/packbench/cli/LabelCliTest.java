package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;

/** {@code label render}: the refusals the issue names, each exit 1 with a clear message, and the four formats. */
class LabelCliTest {
    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void bench() {
        db = dir.resolve("labels.db").toString();
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db)
                        .exit());
        assertEquals(
                0,
                CliRun.of("dac", "add", "DAC7Q2M9XK4P", "--issued", "2026-10-01", "--db", db)
                        .exit());
    }

    private CliRun render(String sku, String order, String tracking, String format, String... more) {
        String[] base = {
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
            format,
            "--out",
            dir.resolve(order + "." + format).toString(),
            "--db",
            db
        };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void rendersAllFourFormats() throws Exception {
        String[] formats = {"pdf", "png", "zpl", "tspl"};
        for (int i = 0; i < formats.length; i++) {
            String format = formats[i];
            CliRun run = render("PB-7-001", "VK-1-" + format, "RU10000000" + i + "VK", format);
            assertEquals(0, run.exit(), run.err());
            byte[] bytes = Files.readAllBytes(dir.resolve("VK-1-" + format + "." + format));
            assertTrue(bytes.length > 100, format);
            switch (format) {
                case "pdf" -> assertTrue(new String(bytes, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
                case "png" -> assertEquals((byte) 0x89, bytes[0]);
                case "zpl" -> assertTrue(new String(bytes, StandardCharsets.UTF_8).startsWith("^XA"));
                default -> assertTrue(new String(bytes, StandardCharsets.US_ASCII).contains("SIZE 58"));
            }
        }
    }

    @Test
    void everySampleSkuRendersInAllFourFormats() throws Exception {
        java.util.Map<String, String> skus = new java.util.LinkedHashMap<>();
        new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliRun.of("catalog", "list", "--json", "--db", db).out())
                .forEach(n ->
                        skus.put(n.get("sku").asText(), n.get("marketplace").asText()));
        assertEquals(40, skus.size());
        int n = 0;
        for (var sku : skus.entrySet()) {
            // Each product on its own marketplace's label (a VK template for an Ozon product is refused).
            String template = "ozon".equals(sku.getValue()) ? "ozon-product-58x40" : "vk-product-58x40";
            for (String format : new String[] {"pdf", "png", "zpl", "tspl"}) {
                n++;
                CliRun run = CliRun.of(
                        "label",
                        "render",
                        "--sku",
                        sku.getKey(),
                        "--template",
                        template,
                        "--order",
                        "ALL-" + n,
                        "--tracking",
                        "RU" + (200000000 + n) + "VK",
                        "--format",
                        format,
                        "--out",
                        dir.resolve("ALL-" + n + "." + format).toString(),
                        "--db",
                        db);
                assertEquals(0, run.exit(), sku.getKey() + " " + format + ": " + run.err());
                assertTrue(Files.size(dir.resolve("ALL-" + n + "." + format)) > 100, sku.getKey() + " " + format);
            }
        }
    }

    @Test
    void aReusedTrackingNumberIsRefusedNamingTheOtherOrder() {
        assertEquals(0, render("PB-7-001", "VK-100", "RU123456789VK", "zpl").exit());
        CliRun again = render("PB-7-003", "VK-200", "RU123456789VK", "zpl");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("VK-100"), again.err());
    }

    @Test
    void anExpiredDacIsRefusedWithTheExpiryDate() {
        CliRun run = CliRun.with(
                java.time.Clock.fixed(java.time.Instant.parse("2027-05-01T10:00:00Z"), java.time.ZoneOffset.UTC),
                "label",
                "render",
                "--sku",
                "PB-7-001",
                "--template",
                "vk-product-58x40",
                "--order",
                "VK-300",
                "--tracking",
                "RU300000000VK",
                "--format",
                "zpl",
                "--out",
                dir.resolve("x.zpl").toString(),
                "--db",
                db);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("DAC7Q2M9XK4P") && run.err().contains("2027-03-29"), run.err());
    }

    @Test
    void aVkSkuOverTwoKilogramsIsRefusedNamingTheLimit() throws Exception {
        Path heavy = dir.resolve("heavy.csv");
        Files.writeString(
                heavy,
                "sku,gtin,name_ru,net_weight_g,manufacturer,country_of_origin,eac_cert,hs_code,"
                        + "length_mm,width_mm,height_mm,declared_value_usd,marketplace\n"
                        + "HEAVY-1,4607953000772,Гантель разборная,2500,ООО «Северный ветер»,Россия,,9506910000,300,150,150,20.00,vk\n");
        CliRun imported = CliRun.of("catalog", "import", heavy.toString(), "--db", db);
        assertEquals(0, imported.exit(), "a VK limit is only a warning at import: " + imported.err());
        CliRun run = render("HEAVY-1", "VK-400", "RU400000000VK", "pdf");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("net_weight_g is 2500") && run.err().contains("2000"), run.err());
    }

    @Test
    void verifyScanGivesTheDispatchVerdictAndExitsZeroOnlyForOk() throws Exception {
        assertEquals(0, render("PB-7-001", "VK-500", "RU500000000VK", "zpl").exit());
        CliRun first = CliRun.of("verify", "scan", "RU500000000VK", "--json", "--lane", "vk", "--db", db);
        assertEquals(0, first.exit(), first.err());
        assertEquals(
                "ok",
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(first.out())
                        .get("verdict")
                        .asText());
        CliRun second = CliRun.of("verify", "scan", "КГ500000000МЛ", "--db", db);
        assertEquals(1, second.exit());
        assertTrue(second.out().startsWith("ALREADY_DISPATCHED"), "read under the Russian layout: " + second.out());
        assertEquals(
                1,
                CliRun.of("verify", "scan", "RU500000000VK", "--lane", "ozon", "--db", db)
                        .exit());
    }

    @Test
    void anOzonProductLabelCarriesTheOzonCodeInCode128() throws Exception {
        Path out = dir.resolve("ozn.png");
        CliRun run = CliRun.of(
                "label",
                "render",
                "--sku",
                "PB-7-002",
                "--template",
                "ozon-product-ozn-58x40",
                "--order",
                "OZ-1",
                "--tracking",
                "OZ000001",
                "--ozon-code",
                "OZN1234567890",
                "--format",
                "png",
                "--out",
                out.toString(),
                "--db",
                db);
        assertEquals(0, run.exit(), run.err());
        var read = org.packbench.Decoding.all(javax.imageio.ImageIO.read(out.toFile()));
        assertEquals("OZN1234567890", read.get(0).getText());
        CliRun missing = CliRun.of(
                "label",
                "render",
                "--sku",
                "PB-7-002",
                "--template",
                "ozon-product-ozn-58x40",
                "--order",
                "OZ-2",
                "--tracking",
                "OZ000002",
                "--format",
                "png",
                "--out",
                out.toString(),
                "--db",
                db);
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("ozon_code"), missing.err());
    }

    @Test
    void templatesAreListed() {
        CliRun run = CliRun.of("label", "templates", "--db", db);
        assertEquals(0, run.exit());
        for (String id : new String[] {"vk-product-58x40", "vk-product-75x120", "vk-shipping-100x150"}) {
            assertTrue(run.out().contains(id), run.out());
        }
    }
}
