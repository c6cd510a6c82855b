package org.packbench.verify.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.TestFiles;
import org.packbench.catalog.Sku;
import org.packbench.cli.CliRun;
import org.packbench.label.Symbology;
import org.packbench.label.symbol.Symbols;

/**
 * The digits under an EAN-13 are part of the symbol, printed at the size its specification
 * gives them: under 10 pt they are a note on the report, not a failure. The label's own text,
 * the name, net weight and manufacturer above all, still fails under 10 pt. The labels are
 * 58×40 mm supplier labels written with PDFBox, as another program would write them.
 */
class BarcodeDigitsTest {
    private static final Sku SKU = SampleSku.get("PB-7-001");
    private static final float MM = 72f / 25.4f;
    private static final float HEIGHT = 40 * MM;
    /** The EAN-13's bars: 0.3 mm modules from 12 mm, 26 to 35 mm from the top. */
    private static final float BARS_LEFT = 12 * MM;

    private static final float MODULE = 0.3f * MM;
    private static final float BARS_TOP = 26 * MM;
    private static final float BARS_BOTTOM = 35 * MM;

    @TempDir
    Path dir;

    /** One line of text: size in pt, left edge and baseline in mm from the top-left corner. */
    record Line(String text, float sizePt, float xMm, float baselineMm) {}

    private static List<Line> labelText() {
        return List.of(
                new Line("Чехол для смартфона", 11, 1.5f, 4.2f),
                new Line("силиконовый, прозрачный", 11, 1.5f, 8.5f),
                new Line("Вес нетто: 38 г", 10, 1.5f, 12.7f),
                new Line("Производитель: Шэньчжэнь Юнсин", 10, 1.5f, 16.8f),
                new Line("Электроникс Ко., Лтд.", 10, 1.5f, 20.8f),
                new Line("Страна: Китай", 10, 1.5f, 24.8f));
    }

    /** The EAN-13's digits at {@code sizePt}, as EAN-13 sets them: the first in the left quiet zone, then two groups of six. */
    private static List<Line> digitsUnderTheBars(String digits, float sizePt) {
        float baseline = 35 + 0.9f + sizePt / MM * 0.72f;
        return List.of(
                new Line(digits.substring(0, 1), sizePt, 12 - 2.0f, baseline),
                new Line(digits.substring(1, 7), sizePt, 12 + 1.3f, baseline),
                new Line(digits.substring(7), sizePt, 12 + 15.2f, baseline));
    }

    private static List<Line> with(List<Line> lines, String start, float sizePt) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(l.text().startsWith(start) ? new Line(l.text(), sizePt, l.xMm(), l.baselineMm()) : l);
        }
        return out;
    }

    private static List<Line> plus(List<Line> a, List<Line> b) {
        List<Line> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Writes the label to a PDF file with PDFBox: PT Sans embedded, the EAN-13's bars as filled rectangles. */
    private Path supplierLabel(List<Line> lines, String ean) throws IOException {
        Path file = dir.resolve("supplier-label.pdf");
        try (PDDocument doc = new PDDocument();
                InputStream font = getClass().getResourceAsStream("/org/packbench/fonts/PTSans-Regular.ttf")) {
            PDPage page = new PDPage(new PDRectangle(58 * MM, HEIGHT));
            doc.addPage(page);
            PDType0Font ptSans = PDType0Font.load(doc, font);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Line l : lines) {
                    cs.beginText();
                    cs.setFont(ptSans, l.sizePt());
                    cs.newLineAtOffset(l.xMm() * MM, HEIGHT - l.baselineMm() * MM);
                    cs.showText(l.text());
                    cs.endText();
                }
                boolean[] modules =
                        Symbols.encode(Symbology.EAN13, ean).modules().get(0);
                for (int i = 0; i < modules.length; i++) {
                    if (modules[i]) {
                        cs.addRect(BARS_LEFT + i * MODULE, HEIGHT - BARS_BOTTOM, MODULE, BARS_BOTTOM - BARS_TOP);
                    }
                }
                cs.fill();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static AuditReport audit(Path pdf) throws IOException {
        return new PdfAudit().audit(Files.readAllBytes(pdf), SKU);
    }

    private static String texts(List<SmallText> small) {
        return small.stream().map(SmallText::text).collect(Collectors.joining(" "));
    }

    @Test
    void eightPointDigitsUnderTheEanAreANoteAndTheLabelPasses() throws IOException {
        AuditReport report =
                audit(supplierLabel(plus(labelText(), digitsUnderTheBars(TestLabels.GTIN, 8)), TestLabels.GTIN));

        assertEquals(
                List.of(new PageBarcode(1, "EAN_13", TestLabels.GTIN, java.util.Optional.of(TestLabels.GTIN))),
                report.barcodes());
        assertEquals(List.of(), report.smallText(), report::toString);
        assertEquals("4 607002 977277", texts(report.smallHri()));
        assertTrue(report.smallHri().stream().allMatch(s -> s.sizePt() == 8.0), report::toString);
        assertEquals(AuditReport.Verdict.PASS, report.verdict(), report::toString);
    }

    @Test
    void verifyPdfPassesTheLabelAndNotesTheDigits() throws IOException {
        Path pdf = supplierLabel(plus(labelText(), digitsUnderTheBars(TestLabels.GTIN, 8)), TestLabels.GTIN);
        String db = dir.resolve("verify.db").toString();
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db)
                        .exit());

        CliRun text = CliRun.of("verify", "pdf", pdf.toString(), "--sku", "PB-7-001", "--db", db);
        CliRun json = CliRun.of("verify", "pdf", pdf.toString(), "--sku", "PB-7-001", "--db", db, "--json");

        assertEquals(0, text.exit(), text.out() + text.err());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("note: page 1: \"977277\" at 8 pt")), text.out());
        assertTrue(text.out().lines().noneMatch(l -> l.startsWith("SMALL TEXT")), text.out());
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertEquals("PASS", report.get("verdict").asText());
        assertEquals(0, report.get("small_text").size());
        List<String> notes = new ArrayList<>();
        report.get("small_hri").forEach(n -> notes.add(n.get("text").asText()));
        assertEquals("4 607002 977277", String.join(" ", notes), json.out());
    }

    @ParameterizedTest(name = "\"{0}…\" at 8 pt")
    @ValueSource(strings = {"Чехол", "Вес нетто", "Производитель", "Электроникс", "Страна"})
    void labelTextUnderTenPointsStillFailsBesideTheBarcodeDigits(String start) throws IOException {
        List<Line> lines = with(labelText(), start, 8);
        String line = lines.stream()
                .filter(l -> l.text().startsWith(start))
                .findFirst()
                .orElseThrow()
                .text();

        AuditReport report = audit(supplierLabel(plus(lines, digitsUnderTheBars(TestLabels.GTIN, 8)), TestLabels.GTIN));

        assertEquals(List.of(new SmallText(1, 8.0, line)), report.smallText(), report::toString);
        assertEquals("4 607002 977277", texts(report.smallHri()));
        assertEquals(AuditReport.Verdict.FAIL, report.verdict());
    }

    @Test
    void digitsUnderTheBarsThatAreNotItsDataAreLabelText() throws IOException {
        // Another GTIN's digits under the bars: they do not interpret this symbol.
        AuditReport report =
                audit(supplierLabel(plus(labelText(), digitsUnderTheBars(TestLabels.OTHER_GTIN, 8)), TestLabels.GTIN));

        assertEquals("4 607310 980273", texts(report.smallText()), report::toString);
        assertEquals(List.of(), report.smallHri());
        assertEquals(AuditReport.Verdict.FAIL, report.verdict());
    }

    @Test
    void theBarcodesDigitsAwayFromItAreLabelText() throws IOException {
        // The same digits set at 8 pt at the right of the weight line: far above the bars, not under them.
        List<Line> lines = plus(labelText(), List.of(new Line(TestLabels.GTIN, 8, 36, 12.7f)));

        AuditReport report = audit(supplierLabel(lines, TestLabels.GTIN));

        assertEquals(List.of(new SmallText(1, 8.0, TestLabels.GTIN)), report.smallText(), report::toString);
        assertEquals(List.of(), report.smallHri());
        assertEquals(AuditReport.Verdict.FAIL, report.verdict());
    }
}
