package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.packbench.TestFiles;
import org.packbench.app.TemplateLibrary;
import org.packbench.catalog.CatalogReader;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.LabelDocument;
import org.packbench.label.compose.LabelComposer;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.Parcel;
import org.packbench.marketplace.vk.Dac;

/**
 * A QR code whose mask the encoder would have chosen draws a finder look-alike that ZXing settles
 * on; another mask is printed, and the printer is told which, so the thermal print carries the
 * very modules the readback checked.
 */
class QrMaskTest {
    private LabelDocument vk10575() {
        Sku sku = new CatalogReader(List.of())
                .read(TestFiles.sample("catalog.csv")).validRows().stream()
                        .map(r -> r.sku())
                        .filter(s -> s.sku().equals("PB-7-029"))
                        .findFirst()
                        .orElseThrow();
        return new LabelComposer(BundledTypeface.get())
                .compose(
                        TemplateLibrary.bundled().get("vk-product-58x40"),
                        LabelValues.of(
                                sku,
                                new Parcel("VK-10575", "RU700000575VK", Marketplace.VK),
                                Optional.of(new Dac("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1))),
                                575),
                        203);
    }

    /** The mask ZXing's encoder picks by itself (lowest penalty) for our settings: level M, UTF-8. */
    private static int encodersOwnMask(String data) {
        try {
            return Encoder.encode(data, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMaskPattern();
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theMaskIsNotTheEncodersOwnWhenThatOneHidesAFinder() {
        BarcodeSymbol qr = vk10575().barcode("qr").orElseThrow();

        assertNotEquals(encodersOwnMask(qr.data()), SymbolFacts.qrMask(qr));
        assertEquals("M", SymbolFacts.qrErrorCorrection(qr));
    }

    @Test
    void zplAndTsplPassTheChosenMaskToThePrinter() {
        LabelDocument doc = vk10575();
        int mask = SymbolFacts.qrMask(doc.barcode("qr").orElseThrow());

        String zpl = new ZplWriter(new RasterWriter(), true).write(doc, PrinterSettings.of(203));
        String tspl = new String(
                new TsplWriter(new RasterWriter()).write(doc, PrinterSettings.of(203)),
                java.nio.charset.StandardCharsets.ISO_8859_1);

        ZplCommands.Field bq = new ZplCommands(zpl)
                .fields().stream().filter(f -> f.has("BQ")).findFirst().orElseThrow();
        assertEquals(mask, bq.get("BQ").intArg(4));
        assertEquals(
                1,
                tspl.lines()
                        .filter(l -> l.startsWith("QRCODE") && l.contains(",S" + mask + ","))
                        .count(),
                tspl);
    }
}
