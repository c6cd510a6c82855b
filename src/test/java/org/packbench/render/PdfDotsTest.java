package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.packbench.app.TemplateLibrary;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.LabelDocument;
import org.packbench.label.Shape;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;

/**
 * A label's PDF sent through a spooler is rasterised by poppler or Ghostscript, not by us. Rasterised
 * by poppler at the printer's resolution without anti-aliasing (as a thermal printer's filter does),
 * every bar, module, line and box of every bundled template fills exactly the printer's dots that
 * the ZPL and TSPL writers send: not one dot wider, not one narrower. A bar grown by a dot is a
 * GS1-128 that a scanner may refuse; poppler fills every pixel a shape touches, so an edge lying on
 * a pixel boundary to the last digit used to grow every bar by one.
 */
class PdfDotsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> labels() {
        List<Arguments> out = new ArrayList<>();
        for (int dpi : new int[] {203, 300, 600}) {
            for (LabelTemplate t : TemplateLibrary.bundled().all()) {
                out.add(Arguments.of(t.id(), dpi));
            }
        }
        return out.stream();
    }

    /** Boxes and lines a designer may draw: one dot high or wide, and thicker than half their box. */
    @ParameterizedTest(name = "{0} dpi")
    @org.junit.jupiter.params.provider.ValueSource(ints = {203, 300, 600})
    void thinAndCrowdedShapesToo(int dpi) throws Exception {
        double dot = 25.4 / dpi;
        List<Shape> shapes = List.of(
                new Shape(Shape.Kind.BOX, new org.packbench.label.Rect(5, 5, 10, dot), dot),
                new Shape(Shape.Kind.BOX, new org.packbench.label.Rect(5, 10, dot, 10), dot),
                new Shape(Shape.Kind.BOX, new org.packbench.label.Rect(20, 5, 10, 2 * dot), dot),
                new Shape(Shape.Kind.BOX, new org.packbench.label.Rect(20, 10, 10, 3 * dot), 2 * dot),
                new Shape(Shape.Kind.LINE, new org.packbench.label.Rect(35, 5, 10, dot), dot),
                new Shape(Shape.Kind.LINE, new org.packbench.label.Rect(35, 10, dot, 10), dot));
        LabelDocument doc = new LabelDocument(
                "thin", 58, 40, dpi, List.of(), List.of(), shapes, List.of(), java.util.Optional.empty());
        assertSameDots(doc, dpi);
    }

    @ParameterizedTest(name = "{0} at {1} dpi")
    @MethodSource("labels")
    void popplerFillsThePrintersDotsInEveryBarcodeAndShape(String template, int dpi) throws Exception {
        LabelTemplate t = TemplateLibrary.bundled().get(template);
        LabelDocument composed = new LabelComposer(BundledTypeface.get()).compose(t, WriterBytesTest.values(t), dpi);
        // The DAC watermark is a screen of dots in the raster and a grey in the PDF, which poppler
        // screens its own way; it comes up to the bars, so it is left out here (PdfWriterWatermarkTest).
        LabelDocument doc = new LabelDocument(
                composed.templateId(),
                composed.widthMm(),
                composed.heightMm(),
                composed.dpi(),
                composed.texts(),
                composed.barcodes(),
                composed.shapes(),
                composed.images(),
                java.util.Optional.empty());
        assertSameDots(doc, dpi);
    }

    private void assertSameDots(LabelDocument doc, int dpi) throws Exception {
        Path pdf = dir.resolve("label.pdf");
        Files.write(pdf, LabelFormat.PDF.write(doc));
        boolean[][] poppler = popplerMono(pdf, dpi);
        DotImage printer = new RasterWriter().printDots(doc);

        // Text is set from glyph outlines by poppler and from our own glyph dots by the printer's
        // writers: a dot of a digit under the bars is no dot of the bars, so text boxes are left out.
        List<DotRect> text = doc.lines().stream()
                .map(l -> around(List.of(PrintGeometry.snap(l.box(), dpi))))
                .toList();
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (BarcodeSymbol s : doc.barcodes()) {
            compared +=
                    compare(around(PrintGeometry.modules(s, dpi)), text, poppler, printer, s.symbology() + " ", wrong);
        }
        for (Shape shape : doc.shapes()) {
            for (DotRect r : PrintGeometry.rects(shape, dpi)) {
                compared += compare(around(List.of(r)), text, poppler, printer, "shape ", wrong);
            }
        }
        assertTrue(compared > 0, "the label has barcodes or shapes to compare");
        assertEquals(List.of(), wrong.stream().limit(10).toList(), wrong.size() + " dots differ");
    }

    /** The rectangles' bounding box and one dot around it, where a grown edge would show. */
    private static DotRect around(List<DotRect> rects) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (DotRect r : rects) {
            x0 = Math.min(x0, r.x());
            y0 = Math.min(y0, r.y());
            x1 = Math.max(x1, r.x() + r.width());
            y1 = Math.max(y1, r.y() + r.height());
        }
        return new DotRect(x0 - 1, y0 - 1, x1 - x0 + 2, y1 - y0 + 2);
    }

    private static int compare(
            DotRect zone, List<DotRect> text, boolean[][] poppler, DotImage printer, String what, List<String> wrong) {
        int n = 0;
        for (int y = Math.max(0, zone.y()); y < Math.min(poppler.length, zone.y() + zone.height()); y++) {
            for (int x = Math.max(0, zone.x()); x < Math.min(poppler[y].length, zone.x() + zone.width()); x++) {
                if (inside(text, x, y)) {
                    continue;
                }
                n++;
                boolean dot = printer.getOnLabel(x, y);
                if (poppler[y][x] != dot) {
                    wrong.add(what + "(" + x + "," + y + "): printer " + (dot ? "black" : "white"));
                }
            }
        }
        return n;
    }

    private static boolean inside(List<DotRect> rects, int x, int y) {
        for (DotRect r : rects) {
            if (x >= r.x() && x < r.x() + r.width() && y >= r.y() && y < r.y() + r.height()) {
                return true;
            }
        }
        return false;
    }

    /** The page as poppler rasterises it in black and white, true where black. */
    private boolean[][] popplerMono(Path pdf, int dpi) throws IOException, InterruptedException {
        Path tool = Path.of("/usr/bin/pdftoppm");
        if (!Files.isExecutable(tool)) {
            if ("1".equals(System.getenv("PACKBENCH_REQUIRE_ALL"))) {
                fail("pdftoppm is missing: install poppler-utils (PACKBENCH_REQUIRE_ALL=1 forbids skipping)");
            }
            Assumptions.abort("pdftoppm not installed (apt-get install poppler-utils); skipped");
        }
        Path out = dir.resolve("page");
        Process p = new ProcessBuilder(
                        tool.toString(),
                        "-mono",
                        "-r",
                        String.valueOf(dpi),
                        "-aa",
                        "no",
                        "-aaVector",
                        "no",
                        "-singlefile",
                        pdf.toString(),
                        out.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdftoppm did not finish");
        assertEquals(0, p.exitValue(), said);
        return pbm(Files.readAllBytes(dir.resolve("page.pbm")));
    }

    /** A binary PBM (P4): width and height, then rows of packed bits, 1 for black. */
    private static boolean[][] pbm(byte[] b) {
        int[] at = {0};
        String magic = token(b, at);
        assertEquals("P4", magic);
        int w = Integer.parseInt(token(b, at));
        int h = Integer.parseInt(token(b, at));
        int start = at[0] + 1;
        int rowBytes = (w + 7) / 8;
        boolean[][] out = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y][x] = (b[start + y * rowBytes + x / 8] & (0x80 >> (x % 8))) != 0;
            }
        }
        return out;
    }

    private static String token(byte[] b, int[] at) {
        while (Character.isWhitespace(b[at[0]])) {
            at[0]++;
        }
        int from = at[0];
        while (!Character.isWhitespace(b[at[0]])) {
            at[0]++;
        }
        return new String(b, from, at[0] - from, StandardCharsets.US_ASCII);
    }
}
