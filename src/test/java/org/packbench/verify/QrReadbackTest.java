package org.packbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.TestFiles;
import org.packbench.app.TemplateLibrary;
import org.packbench.catalog.CatalogReader;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.label.Symbology;
import org.packbench.label.compose.LabelComposer;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.Parcel;
import org.packbench.marketplace.vk.Dac;
import org.packbench.render.BundledTypeface;
import org.packbench.render.RasterWriter;

/**
 * A flawless QR code reads back (issue #19 item 14). These labels were refused: ZXing's detector
 * took a finder look-alike that the data drew under the encoder's mask for a finder, stopped
 * looking before the real bottom-left finder, and reported the symbol "not found" (zbar read it).
 * The mask is now one the detector finds; a QR that is really damaged is still refused.
 */
class QrReadbackTest {
    static final Dac DAC = new Dac("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
    private static final List<Sku> SKUS = new CatalogReader(List.of())
            .read(TestFiles.sample("catalog.csv")).validRows().stream()
                    .map(r -> r.sku())
                    .toList();

    private final Readback readback = new Readback();
    private final RasterWriter raster = new RasterWriter();

    static LabelDocument vkLabel(
            LabelComposer composer, String template, Sku sku, Parcel parcel, Dac dac, long labelId, int dpi) {
        return composer.compose(
                TemplateLibrary.bundled().get(template), LabelValues.of(sku, parcel, Optional.of(dac), labelId), dpi);
    }

    static Sku sku(String code) {
        return SKUS.stream().filter(s -> s.sku().equals(code)).findFirst().orElseThrow();
    }

    private LabelDocument label(String template, String sku, String order, String tracking, long labelId, int dpi) {
        return vkLabel(
                new LabelComposer(BundledTypeface.get()),
                template,
                sku(sku),
                new Parcel(order, tracking, Marketplace.VK),
                DAC,
                labelId,
                dpi);
    }

    private static BarcodeSymbol qr(LabelDocument doc) {
        return doc.barcodes().stream()
                .filter(b -> b.symbology() == Symbology.QR)
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300, 600})
    void theShippingLabelOfOrderVkPq7ReadsItsOwnQrAtEveryResolution(int dpi) {
        LabelDocument doc = label("vk-shipping-100x150", "PB-7-001", "VK-PQ7", "RUPQ7VK", 10, dpi);
        assertEquals("PB1|vk|VK-PQ7|RUPQ7VK|PB-7-001|DAC7Q2M9XK4P|L00000010", qr(doc).data());

        Readback.Result r = readback.check(doc, raster.printRaster(doc));

        assertTrue(r.ok(), dpi + " dpi: " + r.findings());
    }

    @Test
    void theProductLabelOfOrderVk10575ReadsItsOwnQrAt203Dpi() {
        LabelDocument doc = label("vk-product-58x40", "PB-7-029", "VK-10575", "RU700000575VK", 575, 203);
        assertEquals("PB1|vk|VK-10575|RU700000575VK|PB-7-029|DAC7Q2M9XK4P|L00000575", qr(doc).data());

        Readback.Result r = readback.check(doc, raster.printRaster(doc));

        assertTrue(r.ok(), r.findings().toString());
    }

    @Test
    void aQrWithABandOfItsModulesWipedOutIsStillRefused() {
        LabelDocument doc = label("vk-product-58x40", "PB-7-029", "VK-10575", "RU700000575VK", 575, 203);
        BufferedImage print = raster.printRaster(doc);
        BarcodeSymbol qr = qr(doc);
        // A third of the symbol's rows lost (a scratch, a fold, a dead stretch of head): more than
        // level M's 15 % can restore. A readback that "tries harder" until something passes would
        // hide exactly this.
        int x = Dots.of(qr.x(), doc.dpi());
        int y = Dots.of(qr.y(), doc.dpi());
        int side = qr.modules().size() * qr.moduleDots();
        java.awt.Graphics2D g = print.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(x, y + side / 3, side, side / 3);
        g.dispose();

        Readback.Result r = readback.check(doc, print);

        assertFalse(r.ok());
        assertEquals("readback.missing", r.findings().get(0).message().key());
    }
}
