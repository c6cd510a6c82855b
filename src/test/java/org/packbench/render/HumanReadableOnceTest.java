package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.packbench.app.TemplateLibrary;
import org.packbench.label.LabelDocument;
import org.packbench.label.TextBlock;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;

/**
 * The digits under a barcode are put on the label once. The layout engine places them as a text
 * block (the pre-print checks read them there); a writer that also drew them from the symbol put a
 * second copy on every label: twice the text in a PDF (a reader or a copy showed each HRI twice)
 * and two identical graphics in each ZPL and TSPL job.
 */
class HumanReadableOnceTest {
    static Iterable<LabelTemplate> templates() {
        return TemplateLibrary.bundled().all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void eachHumanReadableLineIsInThePdfOnce(LabelTemplate t) throws IOException {
        LabelDocument doc = new LabelComposer(BundledTypeface.get()).compose(t, WriterBytesTest.values(t), 203);
        String text;
        try (PDDocument pdf = Loader.loadPDF(new PdfWriter().write(java.util.List.of(doc)))) {
            PDFTextStripper stripper = new PDFTextStripper();
            // PDFBox hides a copy drawn over itself by default; a copy is what this test looks for.
            stripper.setSuppressDuplicateOverlappingText(false);
            text = stripper.getText(pdf);
        }
        for (TextBlock block : doc.texts()) {
            if (block.elementId().endsWith(".hri")) {
                assertEquals(1L, occurrences(text, block.printed()), block.printed() + " in\n" + text);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void noZplJobDrawsTheSameGraphicTwiceAtOnePlace(LabelTemplate t) {
        LabelDocument doc = new LabelComposer(BundledTypeface.get()).compose(t, WriterBytesTest.values(t), 203);
        String zpl = new String(LabelFormat.ZPL.write(doc), StandardCharsets.UTF_8);
        Set<String> fields = new HashSet<>();
        Matcher m = Pattern.compile("\\^FO[^\\^]*\\^GFA[^\\^]*").matcher(zpl);
        while (m.find()) {
            assertTrue(fields.add(m.group()), "drawn twice: " + m.group().substring(0, 40));
        }
    }

    /** Lines of the page's text that are exactly {@code line}: a tracking number also inside a caption's line does not count. */
    private static long occurrences(String text, String line) {
        return text.lines().filter(l -> l.strip().equals(line)).count();
    }
}
