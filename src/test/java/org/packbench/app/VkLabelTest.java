package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.Decoding;
import org.packbench.PdfText;
import org.packbench.TestFiles;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.catalog.Sku;
import org.packbench.marketplace.QrPayload;
import org.packbench.render.LabelFormat;

/** The VK label as VK checks it: the SKU's own text, nothing under 10 pt, a QR that reads through the watermark. */
class VkLabelTest {
    private static final List<String> TEMPLATES =
            List.of("vk-product-58x40", "vk-product-75x120", "vk-shipping-100x150");

    @TempDir
    Path dir;

    private Workbench bench;
    private int parcel;

    @BeforeEach
    void open() {
        bench = Workbench.open(
                dir.resolve("vk.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        // Every sample product as a VK product, so that each of the forty names, makers and
        // countries is fitted on each VK template (an Ozon product would get no VK label at all).
        String allVk = new String(TestFiles.sample("catalog.csv"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll(",ozon(\\r?\\n)", ",vk$1");
        bench.catalogImport()
                .run(
                        allVk.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        ImportOptions.STRICT,
                        ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
    }

    private RenderedLabel render(String sku, String template, LabelFormat format, int dpi) {
        parcel++;
        return bench.labels()
                .render(new LabelRequest(
                        sku,
                        template,
                        "VK-ORDER-" + parcel,
                        "RU" + (100000000 + parcel) + "VK",
                        Optional.empty(),
                        format,
                        dpi));
    }

    @Test
    void everySampleSkuPrintsItsOwnTextOnEveryVkTemplateAndNoGlyphIsUnderTenPoints() {
        for (Sku sku : bench.catalog().search("", 100)) {
            for (String template : TEMPLATES) {
                RenderedLabel label = render(sku.sku(), template, LabelFormat.PDF, 203);
                List<PdfText.Glyph> glyphs = PdfText.glyphs(label.bytes());
                for (PdfText.Glyph g : glyphs) {
                    assertTrue(
                            g.sizePt() >= 10.0f - 1e-3,
                            template + " " + sku.sku() + ": '" + g.text() + "' at " + g.sizePt() + " pt");
                }
                String text =
                        String.join(" ", PdfText.uprightLines(label.bytes())).replaceAll("\\s+", " ");
                for (String field : List.of(
                        sku.nameRu(),
                        sku.manufacturer(),
                        sku.countryOfOrigin(),
                        sku.sku(),
                        sku.netWeightG() + " г",
                        sku.eacCert())) {
                    assertTrue(
                            text.contains(field.replaceAll("\\s+", " ")),
                            template + " " + sku.sku() + ": \"" + field + "\" not in\n" + text);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void theQrReadsBackFromTheRasterWithTheWatermarkOn(int dpi) throws IOException {
        for (String template : TEMPLATES) {
            RenderedLabel label = render("PB-7-003", template, LabelFormat.PNG, dpi);
            assertTrue(label.document().watermark().isPresent(), "VK labels carry the DAC watermark");
            List<Result> read = Decoding.all(ImageIO.read(new ByteArrayInputStream(label.bytes())));
            Result qr = read.stream()
                    .filter(r -> r.getBarcodeFormat() == BarcodeFormat.QR_CODE)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(template + " at " + dpi + ": no QR read, got " + read));
            QrPayload payload = QrPayload.decode(qr.getText()).orElseThrow();
            assertEquals("PB-7-003", payload.sku());
            assertEquals("DAC7Q2M9XK4P", payload.dac());
            assertEquals(label.labelId(), payload.labelId());
        }
    }

    @Test
    void zbarReadsTheSameQrTextAsZxing() throws Exception {
        boolean required = "1".equals(System.getenv("PACKBENCH_REQUIRE_ALL"));
        boolean present = Files.isExecutable(Path.of("/usr/bin/zbarimg"));
        if (!present) {
            assertFalse(required, "zbarimg is missing: install zbar-tools (.ci/run does)");
            Assumptions.assumeTrue(false, "zbarimg not installed (apt-get install zbar-tools); skipped");
        }
        RenderedLabel label = render("PB-7-005", "vk-product-58x40", LabelFormat.PNG, 203);
        Path png = dir.resolve("label.png");
        Files.write(png, label.bytes());
        Process p = new ProcessBuilder(
                        "/usr/bin/zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String zbar = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        String zxing = Decoding.all(ImageIO.read(new ByteArrayInputStream(label.bytes()))).stream()
                .filter(r -> r.getBarcodeFormat() == BarcodeFormat.QR_CODE)
                .findFirst()
                .orElseThrow()
                .getText();
        assertEquals(zxing, zbar);
    }
}
