package org.packbench.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.label.LabelDocument;
import org.packbench.render.RasterWriter;

/**
 * An independent decoder agrees with the readback: ZXing-cpp reads each marking label's print
 * raster as GS1 DataMatrix (]d2) with the element string's very bytes, GS where the symbol has
 * FNC1. zbar has no DataMatrix decoder, so ZXing-cpp (Debian's zxing-cpp-tools) is the second
 * reader. Without ZXingReader the test is skipped, unless PACKBENCH_REQUIRE_ALL=1.
 */
class ZxingCppMarkingTest {
    private static final Path READER = Path.of("/usr/bin/ZXingReader");

    @TempDir
    Path dir;

    @BeforeAll
    static void readerIsThere() {
        if (!Files.isExecutable(READER)) {
            assertFalse(
                    "1".equals(System.getenv("PACKBENCH_REQUIRE_ALL")),
                    "ZXingReader is missing: install zxing-cpp-tools (.ci/run does)");
            Assumptions.abort("ZXingReader not installed (apt-get install zxing-cpp-tools); skipped");
        }
    }

    @Test
    void zxingCppReadsEveryMarkingLabelAsTheSameGs1Bytes() throws Exception {
        Random r = new Random(2026);
        int read = 0;
        for (int i = 0; i < 8; i++) {
            String code = MarkingCodes.random(r, MarkingCodes.gtin14(r));
            for (String template : List.of("marking-58x40", "marking-40x30", "marking-30x20")) {
                for (int dpi : new int[] {203, 300}) {
                    LabelDocument doc = MarkingLabelReadbackTest.compose(template, code, dpi);
                    Path png = dir.resolve(template + "-" + dpi + "-" + i + ".png");
                    javax.imageio.ImageIO.write(aimedAt(doc), "png", png.toFile());
                    String out = zxingCpp(png);
                    assertTrue(out.contains("Identifier: ]d2"), template + " " + dpi + ":\n" + out);
                    String hex = HexFormat.ofDelimiter(" ")
                            .withUpperCase()
                            .formatHex(code.getBytes(StandardCharsets.US_ASCII));
                    assertTrue(
                            out.contains("Bytes:      " + hex + "\n"), template + " " + dpi + ": " + code + "\n" + out);
                    read++;
                }
            }
        }
        assertEquals(8 * 3 * 2, read);
    }

    /**
     * The print raster around the symbol, as an imager aimed at it sees it: ZXing-cpp's DataMatrix
     * detector starts from the middle of the picture, which on a 58×40 label is text.
     */
    private static java.awt.image.BufferedImage aimedAt(LabelDocument doc) {
        java.awt.image.BufferedImage raster = new RasterWriter().printRaster(doc);
        org.packbench.label.Rect zone = doc.barcodes().get(0).quietZone();
        int margin = org.packbench.label.Dots.of(1, doc.dpi());
        int x0 = Math.max(0, org.packbench.label.Dots.of(zone.x(), doc.dpi()) - margin);
        int y0 = Math.max(0, org.packbench.label.Dots.of(zone.y(), doc.dpi()) - margin);
        int x1 = Math.min(raster.getWidth(), org.packbench.label.Dots.of(zone.right(), doc.dpi()) + margin);
        int y1 = Math.min(raster.getHeight(), org.packbench.label.Dots.of(zone.bottom(), doc.dpi()) + margin);
        java.awt.image.BufferedImage crop =
                new java.awt.image.BufferedImage(x1 - x0, y1 - y0, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = crop.createGraphics();
        g.drawImage(raster.getSubimage(x0, y0, x1 - x0, y1 - y0), 0, 0, null);
        g.dispose();
        return crop;
    }

    private String zxingCpp(Path png) throws Exception {
        Process p = new ProcessBuilder(List.of(READER.toString(), "-format", "DataMatrix", png.toString()))
                .redirectErrorStream(true)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "ZXingReader did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }
}
