package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.label.TextBlock;

class ZplWriterTest {
    private final RasterWriter raster = new RasterWriter();
    private final ZplWriter writer = new ZplWriter(raster, true);

    @Test
    void aLabelIsOneFormatWithSizeEncodingAndCopies() {
        LabelDocument doc = TestDocuments.label(203);
        String zpl = writer.write(
                doc,
                PrinterSettings.of(203)
                        .withCopies(3)
                        .withDarkness(18)
                        .withSpeed(4)
                        .withOffset(1, 0.5));
        ZplCommands z = new ZplCommands(zpl);
        List<ZplCommands.Command> all = z.all();
        assertEquals("XA", all.get(0).name());
        assertEquals("XZ", all.get(all.size() - 1).name());
        assertEquals(1, z.named("XA").size());
        assertEquals("28", z.first("CI").params());
        assertEquals(Dots.of(58, 203), z.first("PW").intArg(0));
        assertEquals(Dots.of(40, 203), z.first("LL").intArg(0));
        assertEquals(List.of("8", "4"), z.first("LH").args());
        assertEquals("18", z.first("MD").params());
        assertEquals("4", z.first("PR").params());
        assertEquals("3", z.first("PQ").params());
        assertTrue(zpl.chars().allMatch(c -> c < 128), "ZPL text is ASCII; Cyrillic travels as pictures");
    }

    @Test
    void withoutSettingsThePrintersDarknessAndSpeedStay() {
        ZplCommands z = new ZplCommands(writer.write(TestDocuments.label(203), PrinterSettings.of(203)));
        assertTrue(z.named("MD").isEmpty());
        assertTrue(z.named("PR").isEmpty());
        assertEquals(List.of("0", "0"), z.first("LH").args());
        assertEquals("1", z.first("PQ").params());
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void barcodesAreNativeAtDotsOfTheirPosition(int dpi) {
        LabelDocument doc = TestDocuments.label(dpi);
        ZplCommands z = new ZplCommands(writer.write(doc, PrinterSettings.of(dpi)));

        BarcodeSymbol c128 = doc.barcode("code128").orElseThrow();
        ZplCommands.Field bc = field(z, "BC");
        assertEquals(Dots.of(c128.x(), dpi), bc.x());
        assertEquals(Dots.of(c128.y(), dpi), bc.y());
        assertEquals(c128.moduleDots(), bc.get("BY").intArg(0));
        assertEquals(
                List.of("N", String.valueOf(c128.heightDots()), "N", "N", "N", "N"),
                bc.get("BC").args());
        assertEquals(
                TestDocuments.CODE128, ZplCommands.code128Values(bc.get("FD").params()));

        BarcodeSymbol ean = doc.barcode("ean").orElseThrow();
        ZplCommands.Field be = field(z, "BE");
        assertEquals(Dots.of(ean.x(), dpi), be.x());
        assertEquals(Dots.of(ean.y(), dpi), be.y());
        assertEquals(ean.moduleDots(), be.get("BY").intArg(0));
        assertEquals(
                List.of("N", String.valueOf(ean.heightDots()), "N", "N"),
                be.get("BE").args());
        assertEquals(TestDocuments.EAN.substring(0, 12), be.get("FD").params());

        BarcodeSymbol qr = doc.barcode("qr").orElseThrow();
        ZplCommands.Field bq = field(z, "BQ");
        assertEquals(Dots.of(qr.x(), dpi), bq.x());
        assertEquals(Dots.of(qr.y(), dpi), bq.y());
        assertEquals("N", bq.get("BQ").arg(0));
        assertEquals(2, bq.get("BQ").intArg(1));
        assertEquals(qr.moduleDots(), bq.get("BQ").intArg(2));
        assertEquals("M", bq.get("BQ").arg(3));
        assertEquals(TestDocuments.qrMask(TestDocuments.QR_DATA), bq.get("BQ").intArg(4));
        assertEquals("MA," + TestDocuments.QR_DATA, bq.get("FD").params());
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void eachTextBlockIsAGraphicEqualToItsRegionOfThePrintRaster(int dpi) {
        LabelDocument doc = TestDocuments.label(dpi);
        ZplCommands z = new ZplCommands(writer.write(doc, PrinterSettings.of(dpi)));
        List<DotImage> graphics = z.fields().stream()
                .filter(f -> f.has("GF"))
                .map(ZplCommands::graphic)
                .toList();
        DotImage print = raster.printDots(doc);
        DotImage watermark = raster.watermarkDots(doc);
        for (TextBlock block : doc.texts()) {
            DotImage expected = raster.text(block, dpi);
            DotImage sent = graphics.stream()
                    .filter(g -> g.x() == expected.x() && g.y() == expected.y() && g.height() == expected.height())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no ^GFA for " + block.elementId()));
            for (int y = sent.y(); y < sent.y() + sent.height(); y++) {
                for (int x = sent.x(); x < sent.x() + sent.width(); x++) {
                    assertEquals(expected.getOnLabel(x, y), sent.getOnLabel(x, y), "sent dot " + x + "," + y);
                    // ^GFA only adds black, so the paper there is this picture plus the watermark.
                    assertEquals(
                            sent.getOnLabel(x, y) || watermark.getOnLabel(x, y),
                            print.get(x, y),
                            block.elementId() + " dot " + x + "," + y);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void theZplRedrawnDotByDotIsThePrintRaster(int dpi) {
        LabelDocument doc = TestDocuments.label(dpi);
        ZplCommands z = new ZplCommands(writer.write(doc, PrinterSettings.of(dpi)));
        assertEquals(raster.printDots(doc), redraw(z, doc.widthDots(), doc.heightDots()));
    }

    @Test
    void uncompressedHexCarriesTheSameDotsAndCompressionPaysOff() {
        LabelDocument doc = TestDocuments.label(203);
        String packed = writer.write(doc, PrinterSettings.of(203));
        String hex = new ZplWriter(raster, false).write(doc, PrinterSettings.of(203));
        List<DotImage> a = new ZplCommands(packed)
                .fields().stream()
                        .filter(f -> f.has("GF"))
                        .map(ZplCommands::graphic)
                        .toList();
        List<DotImage> b = new ZplCommands(hex)
                .fields().stream()
                        .filter(f -> f.has("GF"))
                        .map(ZplCommands::graphic)
                        .toList();
        assertEquals(b, a);
        assertTrue(packed.length() * 3 < hex.length(), packed.length() + " vs " + hex.length());
        assertFalse(hex.contains("," + "G"), "plain hex has no repeat counts");
    }

    @Test
    void theWatermarkIsOneGraphicHoldingOnlyItsScreen() {
        LabelDocument doc = TestDocuments.label(203);
        ZplCommands z = new ZplCommands(writer.write(doc, PrinterSettings.of(203)));
        DotImage screen = raster.watermarkDots(doc).trimmed();
        DotImage first = ZplCommands.graphic(z.fields().get(0));
        assertEquals(screen.x(), first.x());
        assertEquals(screen.y(), first.y());
        assertEquals(screen, first.crop(screen.x(), screen.y(), screen.width(), screen.height()));
    }

    @Test
    void aPictureAndAGs1DataMatrix() {
        LabelDocument doc = TestDocuments.pictureAndDataMatrix(203);
        ZplCommands z = new ZplCommands(writer.write(doc, PrinterSettings.of(203)));
        BarcodeSymbol dm = doc.barcodes().get(0);
        ZplCommands.Field bx = field(z, "BX");
        assertEquals(Dots.of(dm.x(), 203), bx.x());
        assertEquals(
                List.of(
                        "N",
                        String.valueOf(dm.moduleDots()),
                        "200",
                        String.valueOf(dm.columns()),
                        String.valueOf(dm.rows()),
                        "",
                        "_"),
                bx.get("BX").args());
        // FNC1 first, GS separators as control shifts, the underscore doubled.
        assertEquals("_10104601234567893215Ab__c%d_]93dGVz", bx.get("FD").params());
        DotImage picture = ZplCommands.graphic(
                z.fields().stream().filter(f -> f.has("GF")).findFirst().orElseThrow());
        DotImage expected = PrintGeometry.image(doc.images().get(0), 203);
        assertEquals(expected, picture.crop(expected.x(), expected.y(), expected.width(), expected.height()));
    }

    @Test
    void aPrinterOfAnotherResolutionIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> writer.write(TestDocuments.label(203), PrinterSettings.of(300)));
    }

    @Test
    void caretsAndTildesInQrDataTravelAsHex() {
        assertEquals("MA,a_5Eb_7Ec_5F", ZplWriter.hexEscaped("MA,a^b~c_", '_'));
        assertEquals("_D0_96", ZplWriter.hexEscaped("Ж", '_'));
    }

    private static ZplCommands.Field field(ZplCommands z, String barcode) {
        return z.fields().stream()
                .filter(f -> f.has(barcode))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ^" + barcode + " field"));
    }

    /** Draws what a printer would from the commands, with ZXing standing in for its encoders. */
    static DotImage redraw(ZplCommands z, int width, int height) {
        DotImage out = DotImage.blank(0, 0, width, height);
        for (ZplCommands.Field f : z.fields()) {
            if (f.has("GF")) {
                out.or(ZplCommands.graphic(f));
            } else if (f.has("GB")) {
                ZplCommands.Command gb = f.get("GB");
                int w = gb.intArg(0);
                int h = gb.intArg(1);
                int t = gb.intArg(2);
                if (t >= Math.min(w, h)) {
                    out.fillOnLabel(f.x(), f.y(), w, h);
                } else {
                    out.fillOnLabel(f.x(), f.y(), w, t);
                    out.fillOnLabel(f.x(), f.y() + h - t, w, t);
                    out.fillOnLabel(f.x(), f.y(), t, h);
                    out.fillOnLabel(f.x() + w - t, f.y(), t, h);
                }
            } else if (f.has("BC")) {
                bars(
                        out,
                        f,
                        TestDocuments.code128Modules(
                                ZplCommands.code128Values(f.get("FD").params())),
                        f.get("BC").intArg(1));
            } else if (f.has("BE")) {
                bars(
                        out,
                        f,
                        new EAN13Writer().encode(f.get("FD").params()),
                        f.get("BE").intArg(1));
            } else if (f.has("BQ")) {
                qr(out, f);
            }
        }
        return out;
    }

    private static void bars(DotImage out, ZplCommands.Field f, boolean[] modules, int height) {
        int m = f.get("BY").intArg(0);
        for (int i = 0; i < modules.length; i++) {
            if (modules[i]) {
                out.fillOnLabel(f.x() + i * m, f.y(), m, height);
            }
        }
    }

    private static void qr(DotImage out, ZplCommands.Field f) {
        ZplCommands.Command bq = f.get("BQ");
        String fd = f.get("FD").params();
        try {
            ByteMatrix m = Encoder.encode(
                            fd.substring(3),
                            ErrorCorrectionLevel.valueOf(bq.arg(3)),
                            Map.of(EncodeHintType.QR_MASK_PATTERN, bq.intArg(4)))
                    .getMatrix();
            int k = bq.intArg(2);
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y) == 1) {
                        out.fillOnLabel(f.x() + x * k, f.y() + y * k, k, k);
                    }
                }
            }
        } catch (WriterException e) {
            throw new AssertionError(e);
        }
    }
}
