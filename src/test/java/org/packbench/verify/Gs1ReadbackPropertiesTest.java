package org.packbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.packbench.gs1.CheckDigit;
import org.packbench.gs1.Element;
import org.packbench.gs1.ElementString;
import org.packbench.gs1.Gs1Check;
import org.packbench.gs1.Gs1Formatter;
import org.packbench.gs1.Gs1Parser;
import org.packbench.label.LabelDocument;
import org.packbench.label.Symbology;
import org.packbench.label.symbol.Symbols;
import org.packbench.render.RasterWriter;

/**
 * Any valid GS1 element string the app draws as GS1-128, at any of the printers' resolutions,
 * reads back as exactly its elements, whatever check character the symbol ends up with.
 */
class Gs1ReadbackPropertiesTest {
    /** Symbol characters (start and data, before the check character) that fit the test label. */
    private static final int MAX_SYMBOL_CHARACTERS = 40;
    /** GS1 AI encodable character set 82 (GS1 General Specifications, figure 7.11-1). */
    private static final String CSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    private final Readback readback = new Readback();
    private final RasterWriter writer = new RasterWriter();

    @Property(tries = 400)
    void everyValidElementStringReadsBackAsItsElements(
            @ForAll("elementStrings") ElementString elements, @ForAll("printerDpi") int dpi) {
        LabelDocument doc = CheckCharacters128.gs1Label(elements, dpi);
        int check = CheckCharacters128.checkCharacter(
                Symbology.GS1_128, doc.barcodes().get(0).data());
        Statistics.label("check character is FNC1's value").collect(check == 102);

        Readback.Result r = readback.check(doc, writer.printRaster(doc));

        assertTrue(r.ok(), () -> dpi + " dpi, check character " + check + ": " + r.findings());
        assertEquals(elements, Gs1Parser.parseScanData(r.symbols().get(0).read()));
    }

    @Provide
    Arbitrary<Integer> printerDpi() {
        return Arbitraries.of(203, 300, 600);
    }

    /**
     * A trade item (01) with its dates, batch, serial and weight, or a logistic unit (00) with the
     * trade items it contains (02) and their count (37): the data of product and logistic
     * labels, in the mandatory associations of the GS1 General Specifications.
     */
    @Provide
    Arbitrary<ElementString> elementStrings() {
        Arbitrary<String> set82 = Arbitraries.strings()
                .withChars(CSET_82.toCharArray())
                .ofMinLength(1)
                .ofMaxLength(12);
        Arbitrary<String> digits13 = Arbitraries.strings().numeric().ofLength(13);
        Arbitrary<String> digits17 = Arbitraries.strings().numeric().ofLength(17);
        Arbitrary<Optional<String>> date = Arbitraries.integers()
                .between(0, 99 * 12 * 28 - 1)
                .map(n -> String.format("%02d%02d%02d", n / (12 * 28), n / 28 % 12 + 1, n % 28 + 1))
                .optional();
        Arbitrary<Optional<String>> lot = set82.optional();
        Arbitrary<Optional<String>> serial = set82.optional();
        Arbitrary<Optional<String>> weight =
                Arbitraries.strings().numeric().ofLength(6).optional();
        Arbitrary<Optional<String>> count = Arbitraries.integers()
                .between(1, 99_999_999)
                .map(String::valueOf)
                .optional();
        Arbitrary<ElementString> tradeItem = Combinators.combine(digits13, date, lot, serial, weight)
                .as((gtin, expiry, batch, sn, kg) -> {
                    List<Element> e = new ArrayList<>();
                    e.add(new Element("01", withCheckDigit(gtin)));
                    expiry.ifPresent(v -> e.add(new Element("17", v)));
                    batch.ifPresent(v -> e.add(new Element("10", v)));
                    kg.ifPresent(v -> e.add(new Element("3103", v)));
                    sn.ifPresent(v -> e.add(new Element("21", v)));
                    return new ElementString(e);
                });
        Arbitrary<ElementString> logisticUnit = Combinators.combine(digits17, digits13, count, lot)
                .as((sscc, content, n, batch) -> {
                    List<Element> e = new ArrayList<>();
                    e.add(new Element("00", withCheckDigit(sscc)));
                    n.ifPresent(v -> {
                        e.add(new Element("02", withCheckDigit(content)));
                        e.add(new Element("37", v));
                        batch.ifPresent(b -> e.add(new Element("10", b)));
                    });
                    return new ElementString(e);
                });
        return Arbitraries.oneOf(tradeItem, logisticUnit)
                .map(Gs1Check::validate)
                .filter(Gs1ReadbackPropertiesTest::fitsTheLabel);
    }

    private static String withCheckDigit(String body) {
        return body + CheckDigit.compute(body);
    }

    private static boolean fitsTheLabel(ElementString elements) {
        String data = Gs1Formatter.elementString(elements);
        return data.length() <= 48
                && Symbols.encode(Symbology.GS1_128, data).codewords().size() <= MAX_SYMBOL_CHARACTERS;
    }
}
