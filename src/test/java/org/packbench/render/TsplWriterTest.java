package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.label.TextBlock;

class TsplWriterTest {
    private final RasterWriter raster = new RasterWriter();
    private final TsplWriter writer = new TsplWriter(raster);

    @Test
    void aLabelStartsWithItsSizeAndEndsWithPrint() {
        TsplCommands t = new TsplCommands(writer.write(
                TestDocuments.label(203),
                PrinterSettings.of(203)
                        .withCopies(2)
                        .withDarkness(20)
                        .withSpeed(3)
                        .withOffset(0.5, 1)));
        List<String> names = t.all().stream().map(TsplCommands.Command::name).toList();
        assertEquals(List.of("SIZE", "GAP", "DIRECTION", "REFERENCE", "DENSITY", "SPEED", "CLS"), names.subList(0, 7));
        assertEquals(List.of("58 mm", "40 mm"), t.first("SIZE").args());
        assertEquals(List.of("2 mm", "0 mm"), t.first("GAP").args());
        assertEquals(List.of("1"), t.first("DIRECTION").args());
        assertEquals(List.of("4", "8"), t.first("REFERENCE").args());
        assertEquals(List.of("10"), t.first("DENSITY").args());
        assertEquals(List.of("3"), t.first("SPEED").args());
        assertEquals("PRINT", names.get(names.size() - 1));
        assertEquals(List.of("1", "2"), t.first("PRINT").args());
    }

    @Test
    void fractionalSizesUseADotWhateverTheLocale() {
        assertEquals("57.5", TsplJob.mm(57.5));
        assertEquals("40", TsplJob.mm(40.0));
        assertEquals("25.4", TsplJob.mm(25.4000001));
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void eachTextBitmapIsItsRegionOfThePrintRaster(int dpi) {
        LabelDocument doc = TestDocuments.label(dpi);
        TsplCommands t = new TsplCommands(writer.write(doc, PrinterSettings.of(dpi)));
        DotImage print = raster.printDots(doc);
        List<TsplCommands.Command> bitmaps = t.named("BITMAP");
        for (TsplCommands.Command b : bitmaps) {
            assertEquals("0", b.arg(4), "overwrite mode");
            assertEquals(b.intArg(2) * b.intArg(3), b.payload().length, "width bytes × height");
        }
        for (TextBlock block : doc.texts()) {
            DotImage text = raster.text(block, dpi);
            DotImage sent = bitmaps.stream()
                    .filter(b -> b.intArg(0) == text.x() && b.intArg(1) == text.y() && b.intArg(3) == text.height())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no BITMAP for " + block.elementId()))
                    .bitmap();
            for (int y = sent.y(); y < sent.y() + sent.height(); y++) {
                for (int x = sent.x(); x < sent.x() + sent.width(); x++) {
                    boolean paper = x < print.width() && print.get(x, y);
                    assertEquals(paper, sent.getOnLabel(x, y), block.elementId() + " dot " + x + "," + y);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void theTsplRedrawnDotByDotIsThePrintRaster(int dpi) {
        LabelDocument doc = TestDocuments.label(dpi);
        TsplCommands t = new TsplCommands(writer.write(doc, PrinterSettings.of(dpi)));
        assertEquals(raster.printDots(doc), redraw(t, doc.widthDots(), doc.heightDots()));
    }

    @Test
    void bitmapsComeBeforeTheNativeCommandsThatOnlyAddBlack() {
        TsplCommands t = new TsplCommands(writer.write(TestDocuments.label(203), PrinterSettings.of(203)));
        List<String> names = t.all().stream().map(TsplCommands.Command::name).toList();
        int lastBitmap = names.lastIndexOf("BITMAP");
        for (String n : List.of("BAR", "BARCODE", "QRCODE")) {
            assertTrue(names.indexOf(n) > lastBitmap, n + " after the pictures");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300})
    void barcodesAreNativeWithTheirModulesAndCodewords(int dpi) {
        LabelDocument doc = TestDocuments.label(dpi);
        TsplCommands t = new TsplCommands(writer.write(doc, PrinterSettings.of(dpi)));
        BarcodeSymbol c128 = doc.barcode("code128").orElseThrow();
        BarcodeSymbol ean = doc.barcode("ean").orElseThrow();
        BarcodeSymbol qr = doc.barcode("qr").orElseThrow();
        List<TsplCommands.Command> barcodes = t.named("BARCODE");
        TsplCommands.Command code = barcodes.stream()
                .filter(b -> b.arg(2).equals("128M"))
                .findFirst()
                .orElseThrow();
        String m = String.valueOf(c128.moduleDots());
        assertEquals(
                List.of(
                        String.valueOf(Dots.of(c128.x(), dpi)),
                        String.valueOf(Dots.of(c128.y(), dpi)),
                        "128M",
                        String.valueOf(c128.heightDots()),
                        "0",
                        "0",
                        m,
                        m),
                code.args().subList(0, 8));
        assertEquals(TestDocuments.CODE128, code128Values(code.arg(8)));

        TsplCommands.Command e = barcodes.stream()
                .filter(b -> b.arg(2).equals("EAN13"))
                .findFirst()
                .orElseThrow();
        assertEquals(String.valueOf(Dots.of(ean.x(), dpi)), e.arg(0));
        assertEquals(String.valueOf(ean.moduleDots()), e.arg(6));
        assertEquals(TestDocuments.EAN.substring(0, 12), e.arg(8));

        TsplCommands.Command q = t.first("QRCODE");
        assertEquals(
                List.of(
                        String.valueOf(Dots.of(qr.x(), dpi)),
                        String.valueOf(Dots.of(qr.y(), dpi)),
                        "M",
                        String.valueOf(qr.moduleDots()),
                        "A",
                        "0",
                        "M2",
                        "S" + TestDocuments.qrMask(TestDocuments.QR_DATA),
                        TestDocuments.QR_DATA),
                q.args());
    }

    @Test
    void theBoxIsFourBarsOnTheRastersDots() {
        LabelDocument doc = TestDocuments.label(203);
        TsplCommands t = new TsplCommands(writer.write(doc, PrinterSettings.of(203)));
        DotImage bars = DotImage.blank(0, 0, doc.widthDots(), doc.heightDots());
        for (TsplCommands.Command b : t.named("BAR")) {
            bars.fillOnLabel(b.intArg(0), b.intArg(1), b.intArg(2), b.intArg(3));
        }
        DotImage expected = DotImage.blank(0, 0, doc.widthDots(), doc.heightDots());
        doc.shapes().forEach(s -> PrintGeometry.rects(s, 203)
                .forEach(r -> expected.fillOnLabel(r.x(), r.y(), r.width(), r.height())));
        assertEquals(expected, bars);
        assertEquals(5, t.named("BAR").size(), "four borders and the rule");
    }

    @Test
    void aGs1DataMatrixCarriesFnc1AndTheEscapeCharacter() {
        LabelDocument doc = TestDocuments.pictureAndDataMatrix(203);
        TsplCommands t = new TsplCommands(writer.write(doc, PrinterSettings.of(203)));
        BarcodeSymbol dm = doc.barcodes().get(0);
        int m = dm.moduleDots();
        assertEquals(
                List.of(
                        String.valueOf(Dots.of(dm.x(), 203)),
                        String.valueOf(Dots.of(dm.y(), 203)),
                        String.valueOf(dm.columns() * m),
                        String.valueOf(dm.rows() * m),
                        "c126",
                        "x" + m,
                        String.valueOf(dm.rows()),
                        String.valueOf(dm.columns()),
                        "~10104601234567893215Ab_c%d~]93dGVz"),
                t.first("DMATRIX").args());
        DotImage picture = t.first("BITMAP").bitmap();
        DotImage expected = PrintGeometry.image(doc.images().get(0), 203);
        assertEquals(expected, picture.crop(expected.x(), expected.y(), expected.width(), expected.height()));
    }

    @Test
    void quotesInDataAreEscaped() {
        assertEquals("!104A\\[\"]B", Code128Tspl.data(List.of(104, 33, 2, 34)));
        assertArrayEquals("QRCODE".getBytes(), "QRCODE".getBytes());
    }

    @Test
    void aLiteralBangBeforeDigitsIsRefusedRatherThanMisread() {
        // "!" then CODE C "12": the printer would read "!12…" as a control code.
        assertThrows(IllegalArgumentException.class, () -> Code128Tspl.data(List.of(104, 1, 99, 12)));
        assertFalse(Code128Tspl.data(List.of(104, 1, 33)).isEmpty());
    }

    @Test
    void aPrinterOfAnotherResolutionIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> writer.write(TestDocuments.label(300), PrinterSettings.of(203)));
    }

    /** Draws what a TSC printer would: BITMAP overwrites its rectangle, everything else adds black. */
    static DotImage redraw(TsplCommands t, int width, int height) {
        DotImage out = DotImage.blank(0, 0, width, height);
        for (TsplCommands.Command c : t.all()) {
            switch (c.name()) {
                case "BITMAP" -> {
                    DotImage b = c.bitmap();
                    DotImage kept = DotImage.blank(0, 0, width, height);
                    for (int y = 0; y < height; y++) {
                        for (int x = 0; x < width; x++) {
                            boolean inside =
                                    x >= b.x() && x < b.x() + b.width() && y >= b.y() && y < b.y() + b.height();
                            if (inside ? b.getOnLabel(x, y) : out.get(x, y)) {
                                kept.set(x, y);
                            }
                        }
                    }
                    out = kept;
                }
                case "BAR" -> out.fillOnLabel(c.intArg(0), c.intArg(1), c.intArg(2), c.intArg(3));
                case "BARCODE" -> {
                    boolean[] modules = c.arg(2).equals("128M")
                            ? TestDocuments.code128Modules(code128Values(c.arg(8)))
                            : new com.google.zxing.oned.EAN13Writer().encode(c.arg(8));
                    int m = c.intArg(6);
                    for (int i = 0; i < modules.length; i++) {
                        if (modules[i]) {
                            out.fillOnLabel(c.intArg(0) + i * m, c.intArg(1), m, c.intArg(3));
                        }
                    }
                }
                case "QRCODE" -> {
                    try {
                        com.google.zxing.qrcode.encoder.ByteMatrix q = com.google.zxing.qrcode.encoder.Encoder.encode(
                                        c.arg(8),
                                        com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.valueOf(c.arg(2)),
                                        java.util.Map.of(
                                                com.google.zxing.EncodeHintType.QR_MASK_PATTERN,
                                                Integer.parseInt(c.arg(7).substring(1))))
                                .getMatrix();
                        int k = c.intArg(3);
                        for (int y = 0; y < q.getHeight(); y++) {
                            for (int x = 0; x < q.getWidth(); x++) {
                                if (q.get(x, y) == 1) {
                                    out.fillOnLabel(c.intArg(0) + x * k, c.intArg(1) + y * k, k, k);
                                }
                            }
                        }
                    } catch (com.google.zxing.WriterException e) {
                        throw new AssertionError(e);
                    }
                }
                default -> {}
            }
        }
        return out;
    }

    /** 128M data back to Code 128 values, read the way the TSPL manual describes it. */
    static List<Integer> code128Values(String data) {
        List<Integer> out = new ArrayList<>();
        char set = 0;
        boolean shift = false;
        int i = 0;
        while (i < data.length()) {
            char now = shift ? (set == 'A' ? 'B' : 'A') : set;
            shift = false;
            if (data.charAt(i) == '!'
                    && i + 3 < data.length()
                    && data.substring(i + 1, i + 4).chars().allMatch(Character::isDigit)) {
                int v = Integer.parseInt(data.substring(i + 1, i + 4));
                out.add(v);
                i += 4;
                switch (v) {
                    case 103 -> set = 'A';
                    case 104 -> set = 'B';
                    case 105 -> set = 'C';
                    case 98 -> shift = now != 'C';
                    case 99 -> set = now != 'C' ? 'C' : set;
                    case 100 -> set = now != 'B' ? 'B' : set;
                    case 101 -> set = now != 'A' ? 'A' : set;
                    default -> {}
                }
            } else if (now == 'C') {
                out.add(Integer.parseInt(data.substring(i, i + 2)));
                i += 2;
            } else {
                out.add(data.charAt(i) - 32);
                i++;
            }
        }
        return out;
    }
}
