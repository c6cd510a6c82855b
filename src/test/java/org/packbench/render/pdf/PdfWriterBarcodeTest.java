package org.packbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.NotFoundException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.render.PdfWriter;

/** Barcodes in the PDF scan, and their modules sit where the printer's dots will be. */
class PdfWriterBarcodeTest {
    private static LabelDocument label;
    private static byte[] pdf;

    @BeforeAll
    static void write() {
        label = PdfTestDocuments.vkLabel();
        pdf = new PdfWriter().write(label);
    }

    @ParameterizedTest(name = "{0} dpi {1}")
    @CsvSource({"203, BINARY", "203, GRAY", "300, BINARY", "300, GRAY"})
    void theQrDecodes(int dpi, ImageType type) throws IOException, NotFoundException {
        BufferedImage page = PdfInspection.render(pdf, 0, dpi, type);
        assertEquals(PdfTestDocuments.QR_DATA, PdfInspection.decode(page, BarcodeFormat.QR_CODE));
    }

    /*
     * At the printer's resolution every module is a block of whole pixels: the pixel at each
     * module's centre has the module's colour, and so do the pixels at its corners.
     */
    @Test
    void atThePrinterResolutionEveryModuleIsWholeDots() throws IOException {
        BarcodeSymbol qr = label.barcodes().get(0);
        BufferedImage page = PdfInspection.render(pdf, 0, PdfTestDocuments.DPI, ImageType.BINARY);
        int left = Dots.of(qr.x(), qr.dpi());
        int top = Dots.of(qr.y(), qr.dpi());
        int m = qr.moduleDots();
        for (int r = 0; r < qr.rows(); r++) {
            for (int c = 0; c < qr.columns(); c++) {
                int expected = qr.dark(r, c) ? 0 : 1;
                for (int dy = 0; dy < m; dy++) {
                    for (int dx = 0; dx < m; dx++) {
                        int sample = page.getRaster().getSample(left + c * m + dx, top + r * m + dy, 0);
                        assertEquals(expected, sample, "module " + r + "," + c + " dot " + dx + "," + dy);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} dpi")
    @CsvSource({"203", "300"})
    void aCode128DecodesAndItsHriIsText(int dpi) throws IOException, NotFoundException {
        byte[] linear = new PdfWriter().write(PdfTestDocuments.code128Label());
        BufferedImage page = PdfInspection.render(linear, 0, dpi, ImageType.BINARY);
        assertEquals(PdfTestDocuments.CODE128_DATA, PdfInspection.decode(page, BarcodeFormat.CODE_128));
        try (PDDocument doc = PdfInspection.load(linear)) {
            List<TextPosition> glyphs = PdfInspection.glyphs(doc, 0);
            String all = glyphs.stream().map(TextPosition::getUnicode).reduce("", String::concat);
            assertTrue(all.contains(PdfTestDocuments.CODE128_DATA), all);
            glyphs.forEach(g -> assertTrue(g.getFontSizeInPt() >= 10, g.getUnicode()));
        }
    }
}
