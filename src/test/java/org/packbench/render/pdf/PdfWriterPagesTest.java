package org.packbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.packbench.label.LabelDocument;
import org.packbench.render.PdfWriter;

/** A batch is one PDF with a page per label, each page the size of its label. */
class PdfWriterPagesTest {

    @Test
    void aBatchHasOnePagePerLabelInOrder() throws IOException {
        List<LabelDocument> labels =
                List.of(PdfTestDocuments.vkLabel(), PdfTestDocuments.code128Label(), PdfTestDocuments.vkLabel());
        byte[] pdf = new PdfWriter().write(labels);
        try (PDDocument doc = PdfInspection.load(pdf)) {
            assertEquals(3, doc.getNumberOfPages());
            for (PDPage page : doc.getPages()) {
                assertEquals(58 * 72 / 25.4, page.getMediaBox().getWidth(), 0.01);
                assertEquals(40 * 72 / 25.4, page.getMediaBox().getHeight(), 0.01);
            }
            assertTrue(text(doc, 0).contains("Чехол"));
            assertTrue(text(doc, 1).contains(PdfTestDocuments.CODE128_DATA));
            assertTrue(text(doc, 2).contains("Шэньчжэнь"));
            assertEquals("vk-58x40, sku-58x40", doc.getDocumentInformation().getTitle());
        }
    }

    /* The faces are embedded once per document, not once per page. */
    @Test
    void pagesShareTheEmbeddedFonts() throws IOException {
        byte[] pdf = new PdfWriter().write(List.of(PdfTestDocuments.vkLabel(), PdfTestDocuments.vkLabel()));
        try (PDDocument doc = PdfInspection.load(pdf)) {
            Set<Object> fontObjects = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    COSBase item = resources
                            .getCOSObject()
                            .getCOSDictionary(COSName.FONT)
                            .getItem(name);
                    fontObjects.add(item instanceof COSObject ref ? ref.getKey() : item);
                }
            }
            assertEquals(2, fontObjects.size(), "one regular and one bold for both pages");
        }
    }

    /* A logo repeated on every page is one 1-bit image in the file. */
    @Test
    void aPictureIsOneBitAndStoredOnce() throws IOException {
        byte[] pdf = new PdfWriter().write(List.of(PdfTestDocuments.code128Label(), PdfTestDocuments.code128Label()));
        try (PDDocument doc = PdfInspection.load(pdf)) {
            Set<Object> imageObjects = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDImageXObject image = (PDImageXObject) resources.getXObject(name);
                    assertEquals(1, image.getBitsPerComponent());
                    assertEquals(16, image.getWidth());
                    assertEquals(12, image.getHeight());
                    COSBase item = resources
                            .getCOSObject()
                            .getCOSDictionary(COSName.XOBJECT)
                            .getItem(name);
                    imageObjects.add(item instanceof COSObject ref ? ref.getKey() : item);
                }
            }
            assertEquals(1, imageObjects.size());
        }
    }

    @Test
    void anEmptyBatchIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PdfWriter().write(List.of()));
    }

    private static String text(PDDocument doc, int page) throws IOException {
        return PdfInspection.glyphs(doc, page).stream()
                .map(TextPosition::getUnicode)
                .reduce("", String::concat);
    }
}
