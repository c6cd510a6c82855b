package org.packbench.verify.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.packbench.catalog.Sku;

/** Sizes as printed, and rotated text: reported for its size, never taken for a field. */
class PdfTextTest {
    private static final Sku SKU = SampleSku.get("PB-7-001");

    private static AuditReport audit(TestLabels.Spec spec) {
        return new PdfAudit().audit(TestLabels.pdf(spec), SKU);
    }

    @Test
    void aWatermarkAtTwelvePointsChangesNothing() {
        AuditReport report =
                audit(TestLabels.Spec.correct().withWatermark(new TestLabels.Watermark("DAC DAC7Q2M9XK4P", 12, 30)));
        assertEquals(List.of(), report.smallText());
        assertEquals(AuditReport.Verdict.PASS, report.verdict(), report::toString);
    }

    @Test
    void aNameOnlyInARotatedWatermarkIsMissingAndItsSizeIsReported() {
        AuditReport report = audit(TestLabels.Spec.correct()
                .replacing("Чехол", null)
                .replacing("силиконовый", null)
                .withWatermark(new TestLabels.Watermark(TestLabels.NAME, 8, 30)));
        assertEquals(FieldCheck.missing("name_ru", TestLabels.NAME), report.field("name_ru"));
        SmallText copy = new SmallText(1, 8.0, TestLabels.NAME);
        assertEquals(List.of(copy, copy, copy), report.smallText());
        assertEquals(AuditReport.Verdict.FAIL, report.verdict());
    }

    @Test
    void theSizeIsTheFontSizeScaledByThePageMatrix() {
        AuditReport shrunk = audit(TestLabels.Spec.correct().withScaled("Страна", 20, 0.4f));
        assertEquals(List.of(new SmallText(1, 8.0, "Страна: Китай")), shrunk.smallText());
        AuditReport enlarged = audit(TestLabels.Spec.correct().withScaled("Страна", 5, 2));
        assertEquals(List.of(), enlarged.smallText());
        assertEquals(AuditReport.Verdict.PASS, enlarged.verdict());
    }

    @Test
    void aFractionalSizeIsReportedAsPrintedNotTruncated() {
        AuditReport report = audit(TestLabels.Spec.correct().withSize("Страна", 9.5f));
        assertEquals(List.of(new SmallText(1, 9.5, "Страна: Китай")), report.smallText());
    }
}
