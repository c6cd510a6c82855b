package org.packbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.TestFiles;
import org.packbench.app.TemplateLibrary;
import org.packbench.catalog.CatalogReader;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.label.LabelDocument;
import org.packbench.label.Watermark;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.TemplateReader;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.Parcel;
import org.packbench.marketplace.vk.Dac;
import org.packbench.render.BundledTypeface;
import org.packbench.render.RasterWriter;

/** Print-and-verify in software: every barcode is read back from the raster the printer receives. */
class ReadbackTest {
    private final LabelComposer composer = new LabelComposer(BundledTypeface.get());
    private final Readback readback = new Readback();

    private LabelDocument vkLabel(String template, int dpi) {
        Sku sku = new CatalogReader(List.of())
                .read(TestFiles.sample("catalog.csv"))
                .validRows()
                .get(0)
                .sku();
        return composer.compose(
                TemplateLibrary.bundled().get(template),
                LabelValues.of(
                        sku,
                        new Parcel("VK-1", "RU123456789VK", Marketplace.VK),
                        Optional.of(new Dac("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1))),
                        7),
                dpi);
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void everyBarcodeOfEveryVkTemplateReadsBackAsIntended(int dpi) {
        for (String t : List.of("vk-product-58x40", "vk-product-75x120", "vk-shipping-100x150")) {
            LabelDocument doc = vkLabel(t, dpi);
            Readback.Result r = readback.check(doc, new RasterWriter().printRaster(doc));
            assertTrue(r.ok(), t + " at " + dpi + ": " + r.findings());
            assertEquals(doc.barcodes().size(), r.symbols().size());
        }
    }

    @Test
    void aWatermarkLaidOverTheQrMakesItUnreadableAndBlocksTheLabel() {
        LabelDocument doc = vkLabel("vk-product-58x40", 203);
        Watermark ok = doc.watermark().orElseThrow();
        // A template author's mistake the engine would never make: a dense watermark with no
        // exclusions, printed straight over the QR code.
        Watermark over = new Watermark(ok.text(), ok.angleDeg(), 36, 0.2, ok.grey(), 1, ok.area(), List.of());
        LabelDocument spoiled = new LabelDocument(
                doc.templateId(),
                doc.widthMm(),
                doc.heightMm(),
                doc.dpi(),
                doc.texts(),
                doc.barcodes(),
                doc.shapes(),
                doc.images(),
                Optional.of(over));
        Readback.Result r = readback.check(spoiled, new RasterWriter().printRaster(spoiled));
        assertFalse(r.ok());
        assertEquals("readback.missing", r.findings().get(0).message().key());
    }

    @Test
    void aBarcodeTooFineForTheHeadIsRefused() {
        String json =
                """
            { "id": "fine", "width_mm": 58, "height_mm": 40, "elements": [
              { "type": "code128", "id": "track", "data": "{tracking}", "x": 1, "y": 5, "w": 56, "h": 20,
                "module_mm": 0.12, "bar_height_mm": 12 } ] }
            """;
        LabelTemplate t = new TemplateReader(f -> null).read(json);
        LabelDocument doc = composer.compose(t, Map.of("tracking", "RU123456789VK"), 203);
        Readback.Result r = readback.check(doc, new RasterWriter().printRaster(doc));
        assertFalse(r.ok());
        assertEquals("readback.moduleTooSmall", r.findings().get(0).message().key());
    }

    @Test
    void gs1DataReadsBackWithItsSymbologyIdentifier() {
        String json =
                """
            { "id": "gs1", "width_mm": 100, "height_mm": 40, "elements": [
              { "type": "gs1-128", "id": "sscc", "data": "00{sscc}", "x": 1, "y": 2, "w": 98, "h": 36,
                "module_mm": 0.375, "bar_height_mm": 20 } ] }
            """;
        LabelDocument doc = composer.compose(
                new TemplateReader(f -> null).read(json),
                Map.of("sscc", "046071230000000014", "sscc_hri", "(00)046071230000000014"),
                203);
        Readback.Result r = readback.check(doc, new RasterWriter().printRaster(doc));
        assertTrue(r.ok(), r.findings().toString());
        assertEquals("]C100046071230000000014", r.symbols().get(0).read());
    }
}
