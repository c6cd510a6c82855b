package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.label.Rect;
import org.packbench.label.TextBlock;
import org.packbench.label.Watermark;

class RasterWriterTest {
    private final RasterWriter writer = new RasterWriter();

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void thePrintRasterIsOneBitAtTheDocumentsResolution(int dpi) {
        BufferedImage img = writer.printRaster(TestDocuments.label(dpi));
        assertEquals(BufferedImage.TYPE_BYTE_BINARY, img.getType());
        assertEquals(1, img.getColorModel().getPixelSize());
        assertEquals(Dots.of(58, dpi), img.getWidth());
        assertEquals(Dots.of(40, dpi), img.getHeight());
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void theQrDecodesFromThePrintRasterWithTheWatermarkOn(int dpi) {
        LabelDocument doc = TestDocuments.label(dpi);
        assertTrue(writer.watermarkDots(doc).blackCount() > 100, "the watermark prints");
        BufferedImage img = writer.printRaster(doc);
        BarcodeSymbol qr = doc.barcode("qr").orElseThrow();
        assertEquals(TestDocuments.QR_DATA, decodeIn(img, qr, BarcodeFormat.QR_CODE, dpi));
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void theLinearSymbolsDecodeFromThePrintRaster(int dpi) {
        LabelDocument doc = TestDocuments.label(dpi);
        BufferedImage img = writer.printRaster(doc);
        assertEquals(TestDocuments.EAN, decodeIn(img, doc.barcode("ean").orElseThrow(), BarcodeFormat.EAN_13, dpi));
        assertEquals(
                TestDocuments.CODE128_TEXT,
                decodeIn(img, doc.barcode("code128").orElseThrow(), BarcodeFormat.CODE_128, dpi));
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void theWatermarkNeverSetsADotInsideAnExclusion(int dpi) {
        LabelDocument doc = TestDocuments.label(dpi);
        Watermark wm = doc.watermark().orElseThrow();
        DotImage with = writer.printDots(doc);
        DotImage without = writer.printDots(TestDocuments.withoutWatermark(dpi));
        int added = 0;
        double k = dpi / Dots.MM_PER_INCH;
        for (int y = 0; y < with.height(); y++) {
            for (int x = 0; x < with.width(); x++) {
                if (with.get(x, y) == without.get(x, y)) {
                    continue;
                }
                added++;
                for (Rect ex : wm.exclusions()) {
                    boolean touches =
                            x + 1 > ex.x() * k && x < ex.right() * k && y + 1 > ex.y() * k && y < ex.bottom() * k;
                    assertFalse(touches, "watermark dot " + x + "," + y + " touches exclusion " + ex);
                }
            }
        }
        assertTrue(added > 100, "the watermark adds dots: " + added);
    }

    @Test
    void theWatermarkIsASparseScreenOfAtMostOneDotPerCellInsideTheGlyphs() {
        LabelDocument doc = TestDocuments.label(203);
        Watermark wm = doc.watermark().orElseThrow();
        int pitch = wm.dotPitch();
        DotImage dots = writer.watermarkDots(doc);
        java.awt.Shape glyphs = WatermarkPattern.outline(wm, writer.typeface(), 203);
        for (int cy = 0; cy < dots.height(); cy += pitch) {
            for (int cx = 0; cx < dots.width(); cx += pitch) {
                int n = 0;
                for (int y = cy; y < cy + pitch; y++) {
                    for (int x = cx; x < cx + pitch; x++) {
                        if (dots.get(x, y)) {
                            n++;
                            assertTrue(glyphs.intersects(x, y, 1, 1), "dot " + x + "," + y + " is on a glyph");
                        }
                    }
                }
                assertTrue(n <= 1, "cell " + cx + "," + cy + " has " + n + " dots");
            }
        }
        // Light: well under a quarter of the free label area.
        assertTrue(dots.blackCount() < dots.width() * dots.height() / (pitch * pitch * 4), dots.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void barsAreWholeDotModulesFromDotsOfX(int dpi) {
        LabelDocument doc = TestDocuments.label(dpi);
        DotImage raster = writer.printDots(doc);
        for (String id : new String[] {"ean", "code128"}) {
            BarcodeSymbol s = doc.barcode(id).orElseThrow();
            int x0 = Dots.of(s.x(), dpi);
            int y0 = Dots.of(s.y(), dpi);
            for (int y : new int[] {y0, y0 + s.heightDots() / 2, y0 + s.heightDots() - 1}) {
                for (int x = x0 - 2 * s.moduleDots(); x < x0 + (s.columns() + 2) * s.moduleDots(); x++) {
                    int col = Math.floorDiv(x - x0, s.moduleDots());
                    boolean dark = col >= 0 && col < s.columns() && s.dark(0, col);
                    assertEquals(dark, raster.get(x, y), id + " dot " + x + "," + y);
                }
            }
            assertFalse(raster.get(x0 + s.columns() * s.moduleDots() / 2, y0 - 1), id + " above the bars");
        }
        BarcodeSymbol qr = doc.barcode("qr").orElseThrow();
        int x0 = Dots.of(qr.x(), dpi);
        int y0 = Dots.of(qr.y(), dpi);
        int m = qr.moduleDots();
        for (int y = 0; y < qr.rows() * m; y++) {
            for (int x = 0; x < qr.columns() * m; x++) {
                assertEquals(qr.dark(y / m, x / m), raster.get(x0 + x, y0 + y), "QR dot " + x + "," + y);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void textInThePrintRasterIsTheTextImageTheThermalWritersSend(int dpi) {
        LabelDocument doc = TestDocuments.label(dpi);
        DotImage raster = writer.printDots(doc);
        DotImage watermark = writer.watermarkDots(doc);
        for (TextBlock block : doc.texts()) {
            DotImage text = writer.text(block, dpi);
            assertTrue(text.blackCount() > 50, block.elementId() + " has ink");
            for (int y = text.y(); y < text.y() + text.height(); y++) {
                for (int x = text.x(); x < text.x() + text.width(); x++) {
                    boolean expected = text.getOnLabel(x, y) || watermark.getOnLabel(x, y);
                    assertEquals(expected, raster.get(x, y), block.elementId() + " dot " + x + "," + y);
                }
            }
        }
    }

    @Test
    void textSitsOnTheLayoutsBaseline() {
        LabelDocument doc = TestDocuments.label(203);
        TextBlock article = doc.text("article").orElseThrow();
        DotImage text = writer.text(article, 203);
        int baseline = Dots.of(article.lines().get(0).baseline(), 203);
        int capTop = Dots.of(article.lines().get(0).baseline() - 0.7 * 12 * 25.4 / 72, 203);
        assertEquals(Dots.of(article.lines().get(0).x(), 203), text.x(), 1.0, "left edge");
        // Only the "р" of "Арт." goes below the baseline.
        int descent = Dots.of(
                TestDocuments.typeface().descentMm(article.lines().get(0).style(), 12), 203);
        int inkBottom = text.y() + text.height();
        assertTrue(inkBottom > baseline + descent / 2 && inkBottom <= baseline + descent + 1, "bottom " + inkBottom);
        assertEquals(capTop, text.y(), 2.0, "top of the capitals");
    }

    @Test
    void thePreviewIsAntialiasedGreyAndStillDecodes() {
        LabelDocument doc = TestDocuments.label(203);
        BufferedImage preview = writer.preview(doc, 300);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, preview.getType());
        assertEquals(Dots.of(58, 300), preview.getWidth());
        int greys = 0;
        for (int y = 0; y < preview.getHeight(); y++) {
            for (int x = 0; x < preview.getWidth(); x++) {
                int v = preview.getRaster().getSample(x, y, 0);
                if (v > 180 && v < 230) {
                    greys++;
                }
            }
        }
        assertTrue(greys > 200, "the watermark shows in its grey tone: " + greys);
        BarcodeSymbol qr = doc.barcode("qr").orElseThrow();
        assertEquals(TestDocuments.QR_DATA, decodeIn(preview, qr, BarcodeFormat.QR_CODE, 300));
    }

    @Test
    void pngsReadBack() throws IOException {
        LabelDocument doc = TestDocuments.label(203);
        BufferedImage print = ImageIO.read(new ByteArrayInputStream(writer.printPng(doc)));
        assertNotNull(print);
        assertEquals(1, print.getColorModel().getPixelSize());
        assertEquals(writer.printDots(doc), DotImage.fromImage(print, 0, 0));
        BufferedImage preview = ImageIO.read(new ByteArrayInputStream(writer.png(doc, 150)));
        assertEquals(Dots.of(58, 150), preview.getWidth());
        assertEquals(Dots.of(40, 150), preview.getHeight());
    }

    @Test
    void theBoxBorderLiesInsideItsRectangle() {
        DotImage raster = writer.printDots(TestDocuments.label(203));
        int x0 = Dots.of(1, 203);
        int y0 = Dots.of(1, 203);
        int t = Dots.of(0.25, 203);
        assertTrue(raster.get(x0, y0));
        assertTrue(raster.get(x0 + t - 1, y0 + 100));
        assertFalse(raster.get(x0 + t, y0 + 100));
        assertFalse(raster.get(x0 - 1, y0 + 100));
    }

    private static String decodeIn(BufferedImage img, BarcodeSymbol s, BarcodeFormat format, int dpi) {
        Rect q = s.quietZone();
        return Decoding.decode(
                img,
                format,
                Dots.of(q.x(), dpi) - 4,
                Dots.of(q.y(), dpi) - 4,
                Dots.of(q.width(), dpi) + 8,
                Dots.of(q.height(), dpi) + 8);
    }
}
