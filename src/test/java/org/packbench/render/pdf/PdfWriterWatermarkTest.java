package org.packbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.rendering.ImageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.packbench.label.LabelDocument;
import org.packbench.label.Rect;
import org.packbench.label.Watermark;
import org.packbench.render.PdfWriter;

/** The watermark lies under everything, translucent, and never inside an exclusion. */
class PdfWriterWatermarkTest {
    private static final float DPI = 300;
    /** Pixels this close to a clip edge may be partly covered by anti-aliasing. */
    private static final double EDGE_MM = 0.2;

    private static LabelDocument label;
    private static byte[] pdf;

    @BeforeAll
    static void write() {
        label = PdfTestDocuments.vkLabel();
        pdf = new PdfWriter().write(label);
    }

    @Test
    void theQuietZoneStaysWhite() throws IOException {
        BufferedImage page = PdfInspection.render(pdf, 0, DPI, ImageType.GRAY);
        Rect quiet = label.barcodes().get(0).quietZone();
        Rect symbol = label.barcodes().get(0).bounds().grow(EDGE_MM);
        int checked = 0;
        for (Point p : pixels(quiet.grow(-EDGE_MM))) {
            if (!inside(symbol, p)) {
                assertEquals(255, PdfInspection.grey(page, p.x, p.y, DPI), "at " + p.x + "," + p.y + " mm");
                checked++;
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    @Test
    void theWatermarkShowsLightlyElsewhere() throws IOException {
        BufferedImage page = PdfInspection.render(pdf, 0, DPI, ImageType.GRAY);
        Watermark w = label.watermark().orElseThrow();
        int expected = (int) Math.round(255 * (1 - 0.35 * (1 - w.grey())));
        int tinted = 0;
        // Below the text and inside the frame: only the watermark is drawn here.
        for (Point p : pixels(new Rect(16, 30, 38, 8))) {
            int g = PdfInspection.grey(page, p.x, p.y, DPI);
            assertTrue(g >= expected - 3, "the watermark is no darker than its tone: " + g);
            if (Math.abs(g - expected) <= 3) {
                tinted++;
            }
        }
        assertTrue(tinted > 500, "tinted pixels: " + tinted);
    }

    /* Where two exclusions overlap, a naive even-odd clip would let the watermark back in. */
    @Test
    void overlappingExclusionsStayExcluded() throws IOException {
        Rect a = new Rect(5, 5, 20, 20);
        Rect b = new Rect(15, 12, 25, 20);
        Watermark w = new Watermark("ДАК 0001", 30, 14, 2, 0.0, 4, new Rect(0, 0, 58, 40), List.of(a, b));
        LabelDocument blank =
                new LabelDocument("blank", 58, 40, 203, List.of(), List.of(), List.of(), List.of(), Optional.of(w));
        BufferedImage page = PdfInspection.render(new PdfWriter().write(blank), 0, DPI, ImageType.GRAY);
        for (Rect r : List.of(a, b)) {
            for (Point p : pixels(r.grow(-EDGE_MM))) {
                assertEquals(255, PdfInspection.grey(page, p.x, p.y, DPI), "at " + p.x + "," + p.y + " mm");
            }
        }
        int tinted = 0;
        for (Point p : pixels(new Rect(42, 2, 14, 36))) {
            if (PdfInspection.grey(page, p.x, p.y, DPI) < 255) {
                tinted++;
            }
        }
        assertTrue(tinted > 500, "outside the exclusions the watermark shows: " + tinted);
    }

    @Test
    void itIsDrawnFirstAndTranslucent() throws IOException {
        try (PDDocument doc = PdfInspection.load(pdf)) {
            List<String> operators = new ArrayList<>();
            for (Object token : new PDFStreamParser(doc.getPage(0)).parse()) {
                if (token instanceof Operator op) {
                    operators.add(op.getName());
                }
            }
            int firstText = operators.indexOf("Tj");
            int firstFill = Math.min(index(operators, "f"), index(operators, "f*"));
            assertTrue(operators.indexOf("W*") < firstText, "clipped before the text is shown");
            assertTrue(firstText < firstFill, "watermark text before any filled shape or bar");
            assertTrue(operators.indexOf("gs") < firstText, "transparency set before the watermark");

            PDResources resources = doc.getPage(0).getResources();
            List<Float> alphas = new ArrayList<>();
            for (COSName name : resources.getExtGStateNames()) {
                PDExtendedGraphicsState gs = resources.getExtGState(name);
                alphas.add(gs.getNonStrokingAlphaConstant());
            }
            assertEquals(List.of(0.35f), alphas);
        }
    }

    private static int index(List<String> operators, String name) {
        int i = operators.indexOf(name);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private record Point(double x, double y) {}

    /** Centres of the 300 dpi pixels inside {@code r}. */
    private static List<Point> pixels(Rect r) {
        double step = 25.4 / DPI;
        List<Point> points = new ArrayList<>();
        for (int py = (int) Math.ceil(r.y() / step); (py + 0.5) * step <= r.bottom(); py++) {
            for (int px = (int) Math.ceil(r.x() / step); (px + 0.5) * step <= r.right(); px++) {
                points.add(new Point((px + 0.5) * step, (py + 0.5) * step));
            }
        }
        return points;
    }

    private static boolean inside(Rect r, Point p) {
        return p.x >= r.x() && p.x <= r.right() && p.y >= r.y() && p.y <= r.bottom();
    }
}
