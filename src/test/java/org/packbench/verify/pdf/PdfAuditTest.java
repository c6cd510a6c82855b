package org.packbench.verify.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.packbench.catalog.RussianText.ForeignLetter;
import org.packbench.catalog.Sku;
import org.packbench.i18n.ProblemException;

/** Labels made by another program for PB-7-001: the correct one passes, each fault is named exactly. */
class PdfAuditTest {
    private static Sku sku;

    @BeforeAll
    static void record() {
        sku = SampleSku.get("PB-7-001");
    }

    private static AuditReport audit(TestLabels.Spec spec) {
        return new PdfAudit().audit(TestLabels.pdf(spec), sku);
    }

    @Test
    void theCorrectLabelPasses() {
        AuditReport report = audit(TestLabels.Spec.correct());
        assertEquals(
                List.of(
                        FieldCheck.match("name_ru", TestLabels.NAME, TestLabels.NAME),
                        FieldCheck.match("net_weight_g", "38 г", "38 г"),
                        FieldCheck.match("manufacturer", TestLabels.MANUFACTURER, TestLabels.MANUFACTURER),
                        FieldCheck.match("gtin", TestLabels.GTIN, TestLabels.GTIN)),
                report.fields(),
                report::toString);
        assertEquals(List.of(), report.smallText());
        assertEquals(
                List.of(new PageBarcode(1, "EAN_13", TestLabels.GTIN, Optional.of(TestLabels.GTIN))),
                report.barcodes());
        assertEquals(AuditReport.Verdict.PASS, report.verdict());
    }

    @Test
    void aWrongWeightIsAMismatchNamingTheWeightPrinted() {
        AuditReport report = audit(TestLabels.Spec.correct().withText("Вес нетто", "Вес нетто: 45 г"));
        assertOnly(report, FieldCheck.mismatch("net_weight_g", "38 г", "45 г", List.of()));
    }

    @Test
    void textUnderTenPointsIsFlaggedWithItsSizeAndText() {
        AuditReport report = audit(TestLabels.Spec.correct().withSize("Страна", 8));
        assertEquals(List.of(new SmallText(1, 8.0, "Страна: Китай")), report.smallText());
        assertTrue(report.fields().stream().allMatch(FieldCheck::matches), report::toString);
        assertEquals(AuditReport.Verdict.FAIL, report.verdict());
    }

    @Test
    void aNameWithLatinLookAlikesIsAMismatchNamingTheLetters() {
        String lookAlike = "Че\u0078ол для смартфона";
        AuditReport report = audit(TestLabels.Spec.correct().withText("Чехол", lookAlike));
        assertOnly(
                report,
                FieldCheck.mismatch(
                        "name_ru",
                        TestLabels.NAME,
                        lookAlike + " силиконовый, прозрачный",
                        List.of(new ForeignLetter('x', 3))));
    }

    @Test
    void aMissingManufacturerIsMissing() {
        AuditReport report =
                audit(TestLabels.Spec.correct().replacing("Производитель", null).replacing("Электроникс", null));
        assertOnly(report, FieldCheck.missing("manufacturer", TestLabels.MANUFACTURER));
    }

    @Test
    void aBarcodeForAnotherGtinIsAMismatchNamingThatGtin() {
        AuditReport report = audit(TestLabels.Spec.correct().withGtin(TestLabels.OTHER_GTIN));
        assertOnly(report, FieldCheck.mismatch("gtin", TestLabels.GTIN, TestLabels.OTHER_GTIN, List.of()));
        assertEquals(
                List.of(new PageBarcode(1, "EAN_13", TestLabels.OTHER_GTIN, Optional.of(TestLabels.OTHER_GTIN))),
                report.barcodes());
    }

    @Test
    void aWeightInKilogramsWithADecimalCommaIsTheSameWeight() {
        AuditReport report = audit(TestLabels.Spec.correct().withText("Вес нетто", "Масса нетто 0,038 кг"));
        assertEquals(FieldCheck.match("net_weight_g", "38 г", "0,038 кг"), report.field("net_weight_g"));
        assertEquals(AuditReport.Verdict.PASS, report.verdict());
    }

    @Test
    void bytesThatAreNoPdfAreRefused() {
        ProblemException e = assertThrows(ProblemException.class, () -> new PdfAudit()
                .audit("not a pdf".getBytes(StandardCharsets.US_ASCII), sku));
        assertEquals("verify.pdf.unreadable", e.problem().key());
    }

    @Test
    void aGs1DataMatrixIsCheckedByItsAi01() {
        byte[] pdf = TestLabels.pdf(TestLabels.Spec.correct(), TestLabels.dataMatrix("01046073109802731727123110A1"));
        AuditReport report = new PdfAudit().audit(pdf, sku);
        assertEquals(
                List.of(
                        FieldCheck.match("gtin", TestLabels.GTIN, TestLabels.GTIN),
                        FieldCheck.mismatch("gtin", TestLabels.GTIN, "04607310980273", List.of())),
                report.fields().subList(3, report.fields().size()),
                report::toString);
        assertTrue(
                report.barcodes()
                        .contains(new PageBarcode(
                                1, "DATA_MATRIX", "(01)04607310980273(17)271231(10)A1", Optional.of("04607310980273"))),
                report::toString);
        assertEquals(AuditReport.Verdict.FAIL, report.verdict());
    }

    @Test
    void anUprightEanIsReadToo() {
        AuditReport report = new PdfAudit().audit(TestLabels.uprightEan(TestLabels.OTHER_GTIN), sku);
        assertEquals(
                List.of(new PageBarcode(1, "EAN_13", TestLabels.OTHER_GTIN, Optional.of(TestLabels.OTHER_GTIN))),
                report.barcodes());
    }

    /** {@code fault} is the one finding: every other field matches and no text is small. */
    private static void assertOnly(AuditReport report, FieldCheck fault) {
        for (FieldCheck f : report.fields()) {
            if (f.field().equals(fault.field())) {
                assertEquals(fault, f, report::toString);
            } else {
                assertEquals(FieldVerdict.MATCH, f.verdict(), report::toString);
            }
        }
        assertTrue(report.fields().stream().anyMatch(f -> f.field().equals(fault.field())), report::toString);
        assertEquals(List.of(), report.smallText());
        assertEquals(AuditReport.Verdict.FAIL, report.verdict());
    }
}
