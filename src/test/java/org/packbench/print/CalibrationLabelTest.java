package org.packbench.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.Decoding;
import org.packbench.i18n.ProblemException;
import org.packbench.label.LabelDocument;
import org.packbench.label.Shape;
import org.packbench.label.TextLine;
import org.packbench.render.RasterWriter;

/** The test and calibration label: rulers, scale marks, the profile's facts in 10 pt, and its name as Code 128. */
class CalibrationLabelTest {

    private static PrinterProfile profile(String name, PrinterLanguage language, int dpi, String size) {
        return new PrinterProfile(
                name,
                language,
                dpi,
                Optional.ofNullable(size).flatMap(LabelStock::parse),
                new BigDecimal("1.5"),
                new BigDecimal("0.25"),
                OptionalInt.empty(),
                OptionalInt.empty(),
                TransportUri.parse("tcp://127.0.0.1:9100"));
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300, 600})
    void rulersScaleFactsAndAReadableName(int dpi) {
        LabelDocument doc = CalibrationLabel.of(profile("zebra-pack-1", PrinterLanguage.ZPL, dpi, null));
        assertEquals(58, doc.widthMm());
        assertEquals(40, doc.heightMm());
        List<Shape> top = doc.shapes().stream()
                .filter(s -> s.box().y() == 0 && s.box().height() > s.box().width())
                .toList();
        List<Shape> left = doc.shapes().stream()
                .filter(s -> s.box().x() == 0 && s.box().width() > s.box().height())
                .toList();
        assertEquals(58, top.size(), "a mark at every millimetre of the top edge, 0 to 57");
        assertEquals(39, left.size());
        assertEquals(4, top.get(10).box().height());
        assertEquals(2.5, top.get(15).box().height());
        assertEquals(1.5, top.get(16).box().height());
        assertTrue(
                doc.shapes().stream()
                        .anyMatch(s -> s.kind() == Shape.Kind.BOX
                                && s.box().width() == 10
                                && s.box().height() == 10),
                "the 10 mm square");
        assertTrue(
                doc.shapes().stream()
                        .anyMatch(s -> s.kind() == Shape.Kind.LINE && s.box().width() == 50),
                "the 50 mm line");
        String text =
                String.join(" | ", doc.lines().stream().map(TextLine::text).toList());
        assertTrue(
                text.contains("zebra-pack-1")
                        && text.contains(dpi + " dpi")
                        && text.contains("offset x 1.5 mm, y 0.25 mm")
                        && text.contains("line 50 mm"),
                text);
        assertTrue(doc.lines().stream().allMatch(l -> l.sizePt() >= 10), "every text at 10 pt or more");
        BufferedImage raster = new RasterWriter().printRaster(doc);
        assertTrue(
                Decoding.all(raster).stream()
                        .anyMatch(r -> r.getBarcodeFormat() == BarcodeFormat.CODE_128
                                && r.getText().equals("zebra-pack-1")),
                "the name reads back from the print raster");
    }

    @Test
    void writtenInEachLanguageAtTheProfilesSize() {
        String zpl = new String(
                PrinterBytes.of(
                        CalibrationLabel.of(profile("z", PrinterLanguage.ZPL, 203, "100x150")),
                        profile("z", PrinterLanguage.ZPL, 203, "100x150"),
                        1),
                StandardCharsets.UTF_8);
        assertTrue(zpl.startsWith("^XA") && zpl.contains("^PW799") && zpl.contains("^LH12,2"), zpl);
        PrinterProfile tspl = profile("t", PrinterLanguage.TSPL, 300, "75x120");
        String t = new String(PrinterBytes.of(CalibrationLabel.of(tspl), tspl, 1), StandardCharsets.ISO_8859_1);
        assertTrue(t.startsWith("SIZE 75 mm,120 mm") && t.contains("BARCODE") && t.contains("REFERENCE 18,3"), t);
        PrinterProfile pdf = profile("p", PrinterLanguage.PDF, 203, null);
        assertTrue(new String(PrinterBytes.of(CalibrationLabel.of(pdf), pdf, 1), 0, 5, StandardCharsets.US_ASCII)
                .startsWith("%PDF-"));
    }

    @Test
    void aNarrowStockGetsAShorterScaleLineAndAStockTooSmallIsRefused() {
        LabelDocument narrow = CalibrationLabel.of(profile("n", PrinterLanguage.ZPL, 203, "50x40"));
        assertTrue(narrow.shapes().stream()
                .anyMatch(s -> s.kind() == Shape.Kind.LINE && s.box().width() == 40));
        assertTrue(narrow.lines().stream().anyMatch(l -> l.text().contains("line 40 mm")));
        ProblemException e = assertThrows(
                ProblemException.class, () -> CalibrationLabel.of(profile("tiny", PrinterLanguage.ZPL, 203, "30x20")));
        assertEquals("print.test.tooSmall", e.problem().key());
    }
}
