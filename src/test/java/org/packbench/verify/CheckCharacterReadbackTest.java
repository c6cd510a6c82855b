package org.packbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.packbench.convert.ozon.BarcodeAudit;
import org.packbench.convert.ozon.GrayImage;
import org.packbench.convert.ozon.PageAudit;
import org.packbench.gs1.ElementString;
import org.packbench.gs1.Gs1Formatter;
import org.packbench.gs1.Gs1Parser;
import org.packbench.label.LabelDocument;
import org.packbench.label.Symbology;
import org.packbench.render.RasterWriter;

/**
 * The symbol check character is not data (ISO/IEC 15417): whatever its value, 0 to 102, the
 * symbol reads back as the data it encodes. At 102, FNC1's value, ZXing used to report a GS
 * after the data, and one GS1-128 label in 103 was refused and its SSCC burnt.
 */
class CheckCharacterReadbackTest {
    private static final int DPI = 203;
    private final Readback readback = new Readback();
    private final RasterWriter writer = new RasterWriter();

    static Stream<Arguments> everyCheckCharacter() {
        return IntStream.rangeClosed(0, 102)
                .boxed()
                .flatMap(check ->
                        Stream.of(Arguments.of(Symbology.GS1_128, check), Arguments.of(Symbology.CODE128, check)));
    }

    private static LabelDocument labelWithCheckCharacter(Symbology symbology, int check) {
        return symbology == Symbology.GS1_128
                ? CheckCharacters128.gs1Label(CheckCharacters128.ssccWithCheckCharacter(check), DPI)
                : CheckCharacters128.code128Label(CheckCharacters128.trackingWithCheckCharacter(check), DPI);
    }

    @ParameterizedTest(name = "{0} with check character {1}")
    @MethodSource("everyCheckCharacter")
    void theReadbackReadsWhatTheSymbolEncodesWhateverItsCheckCharacter(Symbology symbology, int check) {
        LabelDocument doc = labelWithCheckCharacter(symbology, check);
        String data = doc.barcodes().get(0).data();
        assertEquals(
                check,
                CheckCharacters128.checkCharacter(symbology, data),
                "the symbol drawn has the check character asked for");

        Readback.Result r = readback.check(doc, writer.printRaster(doc));

        assertTrue(r.ok(), r.findings().toString());
        String expected = symbology == Symbology.GS1_128 ? "]C1" + data : data;
        assertEquals(expected, r.symbols().get(0).read());
    }

    @ParameterizedTest(name = "{0} with check character {1}")
    @MethodSource("everyCheckCharacter")
    void theOzonConversionAuditReadsWhatTheSymbolEncodesWhateverItsCheckCharacter(Symbology symbology, int check) {
        LabelDocument doc = labelWithCheckCharacter(symbology, check);
        String data = doc.barcodes().get(0).data();

        List<PageAudit.Symbol> read =
                new BarcodeAudit().decodeAll(GrayImage.of(CheckCharacters128.grey(writer.printRaster(doc))));

        // The audit reads every Code 128 as a scanner in GS1 mode does: ]C1 in front of GS1 data.
        String expected = symbology == Symbology.GS1_128 ? "]C1" + data : data;
        assertEquals(
                List.of(new PageAudit.Symbol(BarcodeFormat.CODE_128, expected)),
                read,
                () -> "read " + read.stream().map(PageAudit.Symbol::shown).toList());
    }

    @Test
    void theSsccOfTheIssueIsIssuedAndReadsBackAsItsElementString() {
        // Issue 14: SSCC 046071230000001271 read as "]C100046071230000001271<GS>" and was refused.
        ElementString sscc = Gs1Parser.parseBracketed("(00)046071230000001271");
        LabelDocument doc = CheckCharacters128.gs1Label(sscc, DPI);
        assertEquals(102, CheckCharacters128.checkCharacter(Symbology.GS1_128, Gs1Formatter.elementString(sscc)));
        BufferedImage raster = writer.printRaster(doc);

        Readback.Result r = readback.check(doc, raster);

        assertTrue(r.ok(), r.findings().toString());
        assertEquals("]C100046071230000001271", r.symbols().get(0).read());
        assertEquals(sscc, Gs1Parser.parseScanData(r.symbols().get(0).read()));
    }
}
