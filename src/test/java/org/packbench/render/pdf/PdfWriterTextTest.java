package org.packbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.label.TextLine;
import org.packbench.render.PdfWriter;

/** The page is the label's size, and its text is real, embedded, unscaled and at least 10 pt. */
class PdfWriterTextTest {
    private static LabelDocument label;
    private static byte[] pdf;

    @BeforeAll
    static void write() {
        label = PdfTestDocuments.vkLabel();
        pdf = new PdfWriter().write(label);
    }

    @Test
    void thePageIsExactlyTheLabel() throws IOException {
        try (PDDocument doc = PdfInspection.load(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(58 * 72 / 25.4, box.getWidth(), 0.01);
            assertEquals(40 * 72 / 25.4, box.getHeight(), 0.01);
            assertEquals(0, box.getLowerLeftX(), 1e-6);
            assertEquals(0, box.getLowerLeftY(), 1e-6);
        }
    }

    @Test
    void everyGlyphIsAtLeastTenPoints() throws IOException {
        try (PDDocument doc = PdfInspection.load(pdf)) {
            List<TextPosition> glyphs = PdfInspection.glyphs(doc, 0);
            assertFalse(glyphs.isEmpty());
            for (TextPosition g : glyphs) {
                assertTrue(g.getFontSizeInPt() >= 10, "'" + g.getUnicode() + "' at " + g.getFontSizeInPt() + " pt");
            }
        }
    }

    @Test
    void eachLineExtractsAsItsTextAtItsPlaceAndSize() throws IOException {
        try (PDDocument doc = PdfInspection.load(pdf)) {
            List<TextPosition> glyphs = PdfInspection.glyphs(doc, 0);
            List<TextLine> lines = label.lines();
            assertTrue(lines.size() >= 4, "the fixture wraps the title and the maker onto several lines");
            for (TextLine line : lines) {
                assertEquals(line.text(), PdfInspection.lineAt(glyphs, line.baseline(), line.box()));
                TextPosition first = glyphs.stream()
                        .filter(g -> !PdfInspection.rotated(g))
                        .filter(g -> Math.abs(g.getYDirAdj() - Dots.mmToPt(line.baseline())) < 0.5)
                        .min((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()))
                        .orElseThrow();
                assertEquals(Dots.mmToPt(line.x()), first.getXDirAdj(), 0.05, line.text());
                // The text rendering matrix carries the size: equal in x and y, so never compressed.
                assertEquals(line.sizePt(), first.getTextMatrix().getScalingFactorX(), 1e-3, line.text());
                assertEquals(line.sizePt(), first.getTextMatrix().getScalingFactorY(), 1e-3, line.text());
                assertEquals(line.sizePt(), first.getFontSizeInPt(), 1e-3, line.text());
            }
        }
    }

    @Test
    void theWatermarkIsRealTextToo() throws IOException {
        try (PDDocument doc = PdfInspection.load(pdf)) {
            String rotated = PdfInspection.glyphs(doc, 0).stream()
                    .filter(PdfInspection::rotated)
                    .map(TextPosition::getUnicode)
                    .reduce("", String::concat);
            assertTrue(rotated.contains(PdfTestDocuments.WATERMARK), rotated);
        }
    }

    @Test
    void bothFacesAreEmbeddedAsSubsets() throws IOException {
        try (PDDocument doc = PdfInspection.load(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertInstanceOf(PDType0Font.class, font);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+PTSans-.*"), font.getName());
                names.add(font.getName());
            }
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.endsWith("-Bold")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.endsWith("-Regular")), names.toString());
        }
    }

    @Test
    void theDocumentSaysWhatItIs() throws IOException {
        try (PDDocument doc = PdfInspection.load(pdf)) {
            assertEquals("vk-58x40", doc.getDocumentInformation().getTitle());
            assertEquals("PackBench", doc.getDocumentInformation().getProducer());
        }
    }

    @Test
    void theStreamVariantWritesTheSameDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(label, out);
        try (PDDocument doc = PdfInspection.load(out.toByteArray())) {
            PDPage page = doc.getPage(0);
            List<TextPosition> glyphs = PdfInspection.glyphs(doc, 0);
            TextLine first = label.lines().get(0);
            assertEquals(first.text(), PdfInspection.lineAt(glyphs, first.baseline(), first.box()));
            assertEquals(58 * 72 / 25.4, page.getMediaBox().getWidth(), 0.01);
        }
    }
}
