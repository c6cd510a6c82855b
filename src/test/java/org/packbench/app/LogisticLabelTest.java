package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.Decoding;
import org.packbench.gs1.Element;
import org.packbench.gs1.ElementString;
import org.packbench.gs1.Gs1Check;
import org.packbench.gs1.Gs1Formatter;
import org.packbench.gs1.Gs1Parser;
import org.packbench.i18n.ProblemException;
import org.packbench.render.LabelFormat;
import org.packbench.store.EngineUnderTest;

/**
 * A GS1 logistic label reads back, symbol by symbol, as the data that gs1 check accepts; its SSCCs
 * come from a bench's SQLite file or a warehouse's server alike.
 */
class LogisticLabelTest {
    @TempDir
    Path dir;

    private EngineUnderTest.Place place;
    private Workbench bench;

    private void open(EngineUnderTest engine) {
        place = engine.place(dir, "logistic");
        bench = place.workbench(Clock.systemUTC());
        bench.config().set("gs1.company-prefix", "4607123");
        bench.config().set("company.name", "ООО «Ромашка»");
    }

    @AfterEach
    void close() {
        place.close();
    }

    private RenderedLabel label(String content, int dpi) {
        return bench.logisticLabels()
                .render(new LogisticLabelService.Request(
                        "gs1-logistic-a6", Optional.ofNullable(content), LabelFormat.PDF, dpi));
    }

    /**
     * The content is too long for one symbol, so the label carries three: SSCC, and the content
     * split in two. GS1's association rules ((02) needs (00) and (37)) hold for the label as a
     * whole, so the symbols read together must give what gs1 check prints for the whole data.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theA6PdfDecodesToTheSameElementStringThatGs1CheckPrints(EngineUnderTest engine) {
        open(engine);
        String content = "(02)04607002977277(37)12(10)B42(17)270531(3103)001250(400)PO-7781";
        RenderedLabel label = label(content, 203);
        List<Result> read = Decoding.all(Decoding.pdfPage(label.bytes(), 0, 300));
        assertEquals(3, read.size(), "three GS1-128 symbols");
        TreeSet<String> symbols = new TreeSet<>();
        List<Element> elements = new ArrayList<>();
        for (Result r : read) {
            assertEquals(BarcodeFormat.CODE_128, r.getBarcodeFormat());
            assertTrue(r.getText().startsWith("]C1"), "GS1-128 reads with ]C1: " + r.getText());
            ElementString part = Gs1Parser.parseScanDataPart(r.getText());
            symbols.add(Gs1Formatter.bracketed(part));
        }
        for (String s : List.of(
                "(00)046071230000000014", "(02)04607002977277(37)12(10)B42(17)270531(3103)001250", "(400)PO-7781")) {
            assertTrue(symbols.contains(s), s + " in " + symbols);
            elements.addAll(Gs1Parser.parseBracketedPart(s).elements());
        }
        String cli = Gs1Check.check("(00)046071230000000014" + content);
        assertEquals(cli, Gs1Formatter.bracketed(Gs1Check.validate(new ElementString(elements))));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void eachLabelTakesTheNextSsccAndTheSsccSymbolSitsAtTheBottom(EngineUnderTest engine) {
        open(engine);
        RenderedLabel first = label(null, 203);
        RenderedLabel second = label(null, 203);
        var a = first.document().barcode("sscc-barcode").orElseThrow();
        var b = second.document().barcode("sscc-barcode").orElseThrow();
        assertEquals("00046071230000000014", a.data());
        assertEquals("00046071230000000021", b.data());
        double lowest = first.document().barcodes().stream()
                .mapToDouble(s -> s.y())
                .max()
                .orElseThrow();
        assertEquals(lowest, a.y(), 1e-9);
        assertTrue(first.document().barcode("content-barcode").isEmpty(), "no content, no content symbol");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void contentThatBreaksAGs1RuleIsRefusedAndUsesNoSscc(EngineUnderTest engine) {
        open(engine);
        ProblemException e = assertThrows(ProblemException.class, () -> label("(02)04607002977277", 203));
        assertTrue(e.getMessage().contains("(02)") && e.getMessage().contains("(37)"), e.getMessage());
        assertThrows(ProblemException.class, () -> label("(00)046071230000000014", 203));
        assertEquals(
                "00046071230000000014",
                label(null, 203)
                        .document()
                        .barcode("sscc-barcode")
                        .orElseThrow()
                        .data());
    }
}
