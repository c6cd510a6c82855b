package org.packbench.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.packbench.app.TemplateLibrary;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.label.Symbology;
import org.packbench.label.compose.LabelComposer;
import org.packbench.render.BundledTypeface;
import org.packbench.render.RasterWriter;
import org.packbench.verify.Readback;

/**
 * Marking codes on the three marking templates read back from the 1-bit print raster with their
 * exact bytes: ]d2, then the element string with GS where the symbol has FNC1. Module sizes are
 * whole dots within 0.255–0.680 mm at every resolution.
 */
class MarkingLabelReadbackTest {
    private static final LabelComposer COMPOSER = new LabelComposer(BundledTypeface.get());
    private static final TemplateLibrary TEMPLATES = TemplateLibrary.bundled();
    private static final List<String> MARKING = List.of("marking-58x40", "marking-40x30", "marking-30x20");

    @ParameterizedTest(name = "{0} mm at {1} dpi is {2} dots")
    @CsvSource({"0.375, 203, 3", "0.375, 300, 4", "0.375, 600, 9", "0.3, 203, 3", "0.3, 300, 4", "0.255, 300, 4"})
    void aModuleIsWholeDotsWithinTheMarkingRange(double mm, int dpi, int dots) {
        int got = org.packbench.label.compose.Gs1DataMatrixModule.dots(mm, dpi);
        assertEquals(dots, got);
        double real = Dots.toMm(got, dpi);
        assertTrue(real >= 0.255 && real <= 0.680, real + " mm");
    }

    @Test
    void everyCodeReadsBackByteForByteOnEveryTemplateAtEveryResolution() {
        Random r = new Random(18);
        int labels = 0;
        for (int i = 0; i < 500; i++) {
            String code = MarkingCodes.random(r, MarkingCodes.gtin14(r));
            for (String template : MARKING) {
                for (int dpi : new int[] {203, 300, 600}) {
                    LabelDocument doc = compose(template, code, dpi);
                    BarcodeSymbol s = doc.barcodes().get(0);
                    assertEquals(Symbology.GS1_DATAMATRIX, s.symbology());
                    double module = Dots.toMm(s.moduleDots(), dpi);
                    assertTrue(module >= 0.255 && module <= 0.680, template + " " + dpi + ": " + module);
                    Readback.Result rb = new Readback().check(doc, new RasterWriter().printRaster(doc));
                    assertTrue(rb.ok(), template + " " + dpi + " " + printable(code) + ": " + rb.findings());
                    assertEquals("]d2" + code, rb.symbols().get(0).read());
                    labels++;
                }
            }
        }
        assertEquals(500 * 9, labels);
    }

    @Test
    void zplCarriesTheFnc1EscapeAndWholeDotModules() {
        String code = "010460731098027321Qx7mP2vLc9Tz4\u001D91EE07\u001D92MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ";
        String at203 = new String(
                org.packbench.render.LabelFormat.ZPL.write(compose("marking-58x40", code, 203)),
                java.nio.charset.StandardCharsets.UTF_8);
        String at300 = new String(
                org.packbench.render.LabelFormat.ZPL.write(compose("marking-58x40", code, 300)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(at203.contains("^BXN,3,200,"), at203);
        assertTrue(at300.contains("^BXN,4,200,"), at300);
        // FNC1 first (_1), each GS as _] (ASCII 29 = ']' - 64), the escape character named.
        assertTrue(
                at203.contains(",,_^FD_1010460731098027321Qx7mP2vLc9Tz4_]91EE07_]92MDEG")
                        || at203.contains(",,_^FH#^FD_1010460731098027321Qx7mP2vLc9Tz4_]91EE07_]92MDEG"),
                at203);
    }

    @Test
    void theSameBytesAsAPlainDataMatrixAreRefusedAtReadback() {
        String code = "010460731098027321Qx7mP2vLc9Tz4\u001D91EE07\u001D92MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ";
        LabelDocument doc = compose("marking-58x40", code, 203);
        BarcodeSymbol gs1 = doc.barcodes().get(0);
        // The plain symbol of the same text where the GS1 one should be: what a wrong printer setting makes.
        BufferedImage plain = new RasterWriter().printRaster(plainInstead(doc, gs1));
        Readback.Result rb = new Readback().check(doc, plain);
        assertTrue(!rb.ok(), "a plain DataMatrix passed as GS1");
        assertTrue(
                rb.symbols().get(0).read().startsWith("]d1"),
                rb.symbols().get(0).read());
    }

    private static LabelDocument plainInstead(LabelDocument doc, BarcodeSymbol s) {
        var enc = org.packbench.label.symbol.Symbols.encode(
                Symbology.DATAMATRIX, "010460731098027321Qx7mP2vLc9Tz4", s.moduleDots());
        BarcodeSymbol plain = new BarcodeSymbol(
                s.elementId(),
                Symbology.DATAMATRIX,
                "010460731098027321Qx7mP2vLc9Tz4",
                "",
                enc.modules(),
                List.of(),
                s.moduleDots(),
                s.heightDots(),
                doc.dpi(),
                s.x(),
                s.y(),
                s.quietZone());
        return new LabelDocument(
                doc.templateId(),
                doc.widthMm(),
                doc.heightMm(),
                doc.dpi(),
                doc.texts(),
                List.of(plain),
                doc.shapes(),
                doc.images(),
                doc.watermark());
    }

    static LabelDocument compose(String template, String code, int dpi) {
        MarkingCode c = MarkingCodeReader.read("]d2" + code, Optional.empty());
        Map<String, String> v = MarkingLabelValues.of(c, Optional.empty(), "L00000001");
        return COMPOSER.compose(TEMPLATES.get(template), v, dpi);
    }

    private static String printable(String s) {
        return s.replace("\u001D", "<GS>");
    }
}
