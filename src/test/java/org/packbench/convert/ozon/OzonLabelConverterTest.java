package org.packbench.convert.ozon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.convert.ozon.OzonTestPdfs.Page;
import org.packbench.convert.ozon.PageAudit.Symbol;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Dots;
import org.packbench.render.PrinterSettings;

/** Ozon label PDFs to ZPL and TSPL: what the printer receives still scans, or nothing is produced. */
class OzonLabelConverterTest {
    private final OzonLabelConverter converter = new OzonLabelConverter();

    private Conversion convert(byte[] pdf, int dpi, ThermalFormat format) {
        return converter.convert(pdf, dpi, 75, 120, format, PrinterSettings.of(dpi));
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void everyBarcodeOfAnFbsLabelScansFromTheZplItBecomes(int dpi) {
        Conversion c = convert(OzonTestPdfs.fbsLabel(), dpi, ThermalFormat.ZPL);

        List<PrinterOutput.Label> labels = PrinterOutput.zpl(c.bytes());
        assertEquals(1, labels.size());
        PrinterOutput.Label label = labels.get(0);
        assertEquals(Dots.of(75, dpi), label.widthDots());
        assertEquals(Dots.of(120, dpi), label.heightDots());
        assertEquals(Optional.of(OzonTestPdfs.POSTING), Scan.read(label.dots(), BarcodeFormat.CODE_128));
        assertEquals(Optional.of(OzonTestPdfs.QR_TEXT), Scan.read(label.dots(), BarcodeFormat.QR_CODE));
        // The dots sent are the dots the check passed.
        assertEquals(c.pages().get(0).raster(), label.dots());
        assertEquals(
                List.of(
                        new Symbol(BarcodeFormat.CODE_128, OzonTestPdfs.POSTING),
                        new Symbol(BarcodeFormat.QR_CODE, OzonTestPdfs.QR_TEXT)),
                sorted(c.pages().get(0).audit().reference()));
        assertTrue(c.pages().get(0).audit().passed());
    }

    @Test
    void theRasterIsTheGreyPageCutAtHalfAtThePrintersOwnResolution() {
        Conversion c = convert(OzonTestPdfs.fbsLabel(), 203, ThermalFormat.ZPL);
        PageRaster page;
        try (OzonPdf pdf = OzonPdf.load(OzonTestPdfs.fbsLabel())) {
            page = new PageRaster(pdf, 0, LabelSize.OZON_FBS, 203);
            assertFalse(page.turned());
            // 75 mm at 203 dpi is 599.4 dots: the page is drawn at the dpi that makes it exactly 599.
            assertEquals(599, page.widthDots());
            GrayImage gray = page.gray(1);
            assertEquals(PageRaster.threshold(gray), c.pages().get(0).raster());
        }
        // A Code 128 bar of 0.3 mm is 2.4 dots: every bar of k modules prints as the whole number of
        // dots nearest to its edges, floor or ceiling of 2.4 k, never a grey smear one dot wider.
        var dots = c.pages().get(0).raster();
        int row = Dots.of(15.3 + 11, 203);
        int run = 0;
        int bars = 0;
        for (int x = 0; x < dots.width(); x++) {
            if (dots.get(x, row)) {
                run++;
            } else if (run > 0) {
                int width = run;
                assertTrue(
                        java.util.stream.IntStream.rangeClosed(1, 4).anyMatch(k -> Math.abs(width - 2.4 * k) < 1),
                        "bar of " + run + " dots");
                bars++;
                run = 0;
            }
        }
        assertTrue(bars > 30, bars + " bars");
    }

    @Test
    void aPageOfAnotherShapeIsFittedWholeAndCentred() {
        // 80×125 mm is no known label, so it goes on the caller's 75×120: width-bound, 599 dots
        // wide, 936 high, with the 23 spare rows split above and below.
        byte[] pdf = OzonTestPdfs.solidPage(80, 125);
        try (OzonPdf doc = OzonPdf.load(pdf)) {
            var dots = new PageRaster(doc, 0, LabelSize.OZON_FBS, 203).raster();
            int top = 0;
            while (!dots.get(300, top)) {
                top++;
            }
            int bottom = 0;
            while (!dots.get(300, dots.height() - 1 - bottom)) {
                bottom++;
            }
            assertTrue(top >= 10 && Math.abs(top - bottom) <= 1, top + " white rows above, " + bottom + " below");
            assertTrue(dots.get(0, 480) && dots.get(598, 480), "the page spans the label's whole width");
        }
    }

    @Test
    void aThreePagePdfBecomesThreeLabelsInOrder() {
        List<String> postings = List.of("12345678-0001-1", "12345678-0001-2", "12345678-0001-3");
        byte[] pdf = OzonTestPdfs.pdf(postings.stream().map(Page::fbs).toList());

        Conversion c = convert(pdf, 203, ThermalFormat.ZPL);

        String zpl = new String(c.bytes(), StandardCharsets.US_ASCII);
        assertEquals(3, count(zpl, "^XA"));
        assertEquals(3, count(zpl, "^XZ"));
        List<PrinterOutput.Label> labels = PrinterOutput.zpl(c.bytes());
        assertEquals(3, labels.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, c.pages().get(i).number());
            assertEquals(Optional.of(postings.get(i)), Scan.read(labels.get(i).dots(), BarcodeFormat.CODE_128));
            assertTrue(
                    labels.get(i).header().contains("^PW599\n^LL959\n"),
                    labels.get(i).header());
        }
    }

    @Test
    void tsplCarriesEachPageAsOneInvertedBitmap() {
        byte[] pdf = OzonTestPdfs.pdf(List.of(Page.fbs("87654321-0002-1"), Page.fbs("87654321-0002-2")));

        Conversion c = convert(pdf, 203, ThermalFormat.TSPL);

        List<PrinterOutput.Label> labels = PrinterOutput.tspl(c.bytes());
        assertEquals(2, labels.size());
        for (int i = 0; i < 2; i++) {
            String header = labels.get(i).header();
            assertTrue(header.startsWith("SIZE 75 mm,120 mm\r\nGAP 2 mm,0 mm\r\n"), header);
            assertTrue(header.endsWith("CLS\r\n"), header);
            assertEquals(Dots.of(120, 203), labels.get(i).heightDots());
            assertEquals(
                    Optional.of("87654321-0002-" + (i + 1)),
                    Scan.read(labels.get(i).dots(), BarcodeFormat.CODE_128));
            // The bitmap is whole bytes wide; the columns past the label are white.
            assertEquals(c.pages().get(i).raster(), labels.get(i).dots().crop(0, 0, 599, 959));
        }
    }

    @Test
    void aPageTooFineForThePrinterIsRefusedNamingPageFormatAndText() {
        byte[] pdf = OzonTestPdfs.pdf(List.of(
                Page.fbs("11112222-0003-1"),
                new Page(75, 120, "11112222-0003-2", OzonTestPdfs.FINE_X_MM, "https://ozon.ru/p/11112222-0003-2")));

        BarcodeLostException e = assertThrows(BarcodeLostException.class, () -> convert(pdf, 203, ThermalFormat.ZPL));

        assertEquals("ozon.barcode.lost", e.problem().key());
        assertEquals(List.of(2, "Code 128", "11112222-0003-2", 203), e.problem().args());
        assertTrue(e.audits().get(0).passed());
        assertEquals(
                List.of(new Symbol(BarcodeFormat.CODE_128, "11112222-0003-2")),
                e.audits().get(1).lost());
        // Not a false alarm: a scanner aimed at the 203-dpi dots of page 2 finds nothing either.
        try (OzonPdf doc = OzonPdf.load(pdf)) {
            assertEquals(
                    Optional.empty(),
                    Scan.read(new PageRaster(doc, 1, LabelSize.OZON_FBS, 203).raster(), BarcodeFormat.CODE_128));
        }
    }

    @Test
    void theFineBarcodeIsNoProblemForA600DpiPrinter() {
        byte[] pdf = OzonTestPdfs.pdf(List.of(
                new Page(75, 120, "11112222-0003-2", OzonTestPdfs.FINE_X_MM, "https://ozon.ru/p/11112222-0003-2")));

        Conversion c = convert(pdf, 600, ThermalFormat.ZPL);

        assertEquals(
                Optional.of("11112222-0003-2"),
                Scan.read(PrinterOutput.zpl(c.bytes()).get(0).dots(), BarcodeFormat.CODE_128));
    }

    @Test
    void anythingButAPdfIsRefused() {
        ProblemException text = assertThrows(
                ProblemException.class,
                () -> convert("ceci n'est pas un PDF".getBytes(StandardCharsets.UTF_8), 203, ThermalFormat.ZPL));
        assertEquals("ozon.pdf.unreadable", text.problem().key());
        byte[] truncated = java.util.Arrays.copyOf(OzonTestPdfs.fbsLabel(), 400);
        assertEquals(
                "ozon.pdf.unreadable",
                assertThrows(ProblemException.class, () -> convert(truncated, 203, ThermalFormat.ZPL))
                        .problem()
                        .key());
        assertEquals(
                "ozon.pdf.unreadable",
                assertThrows(ProblemException.class, () -> convert(new byte[0], 203, ThermalFormat.ZPL))
                        .problem()
                        .key());
    }

    @Test
    void aKnownPageSizeWinsOverTheCallersAndAnUnknownOneDoesNot() {
        byte[] cargo = OzonTestPdfs.pdf(List.of(new Page(100.4, 149.6, "98765432-0001-1", 0.33, "FBO-CARGO-98765432")));
        Conversion c = convert(cargo, 203, ThermalFormat.ZPL);
        assertEquals(new LabelSize(100, 150), c.pages().get(0).label());
        assertTrue(new String(c.bytes(), StandardCharsets.US_ASCII).contains("^PW799\n^LL1199\n"));

        byte[] odd = OzonTestPdfs.pdf(List.of(new Page(80, 125, "98765432-0001-2", 0.3, "ODD-SIZE")));
        assertEquals(
                LabelSize.OZON_FBS,
                convert(odd, 203, ThermalFormat.ZPL).pages().get(0).label());

        Conversion forced = converter.convertOnto(
                OzonTestPdfs.fbsLabel(), new LabelSize(100, 150), ThermalFormat.ZPL, PrinterSettings.of(203));
        assertEquals(new LabelSize(100, 150), forced.pages().get(0).label());
    }

    @Test
    void aLandscapePageIsTurnedOntoPortraitStockAndStillScans() {
        byte[] pdf = OzonTestPdfs.pdf(List.of(new Page(120, 75, "55556666-0001-1", 0.3, "TURNED-55556666")));

        Conversion c = convert(pdf, 203, ThermalFormat.ZPL);

        Conversion.Page page = c.pages().get(0);
        assertTrue(page.turned());
        assertEquals(LabelSize.OZON_FBS, page.label());
        assertEquals(599, page.raster().width());
        assertEquals(Optional.of("55556666-0001-1"), Scan.read(page.raster(), BarcodeFormat.CODE_128));
        assertEquals(Optional.of("TURNED-55556666"), Scan.read(page.raster(), BarcodeFormat.QR_CODE));
    }

    @Test
    void printerSettingsReachEveryPage() {
        PrinterSettings s =
                PrinterSettings.of(203).withCopies(2).withDarkness(20).withOffset(1, 0);
        Conversion c = converter.convert(OzonTestPdfs.fbsLabel(), 203, 75, 120, ThermalFormat.ZPL, s);
        String zpl = new String(c.bytes(), StandardCharsets.US_ASCII);
        assertTrue(zpl.contains("^LH8,0\n^MD20\n"), zpl.substring(0, 60));
        assertTrue(zpl.contains("^PQ2\n^XZ"));
        assertThrows(
                IllegalArgumentException.class,
                () -> converter.convert(OzonTestPdfs.fbsLabel(), 300, 75, 120, ThermalFormat.ZPL, s));
    }

    @Test
    void labelSizesParseAndMatchWithinAMillimetre() {
        assertEquals(Optional.of(new LabelSize(75, 120)), LabelSize.parse("75x120"));
        assertEquals(Optional.of(new LabelSize(58.5, 40)), LabelSize.parse(" 58,5 × 40 mm"));
        assertEquals(Optional.empty(), LabelSize.parse("75"));
        assertEquals(Optional.empty(), LabelSize.parse("0x120"));
        assertEquals(Optional.of(new LabelSize(105, 148)), LabelSize.known(148.4, 104.2));
        assertEquals(Optional.empty(), LabelSize.known(75, 121.2));
    }

    @Test
    void theTestsZplReaderExpandsEveryCompressionForm() {
        // FFA0, the same again, all white, then two 0s, an F and F to the end.
        assertArrayEquals(
                new byte[] {(byte) 0xFF, (byte) 0xA0, (byte) 0xFF, (byte) 0xA0, 0, 0, 0, (byte) 0xFF},
                PrinterOutput.expand("FFA0:,H0F!", 2));
        assertArrayEquals(new byte[21], PrinterOutput.expand("hH0", 21));
    }

    private static List<Symbol> sorted(List<Symbol> symbols) {
        return symbols.stream()
                .sorted(java.util.Comparator.comparing(s -> s.format().name()))
                .toList();
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
