package org.packbench.verify.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.LabelRequest;
import org.packbench.app.RenderedLabel;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.render.LabelFormat;

/** Our own PDF writer's VK labels pass the audit: the audit and the writer agree on what a correct label is. */
class OwnLabelAuditTest {
    @TempDir
    Path dir;

    private Workbench bench;
    private int parcel;

    @BeforeEach
    void open() {
        bench = Workbench.open(
                dir.resolve("audit.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
    }

    private AuditReport audit(String sku, String template) {
        parcel++;
        RenderedLabel label = bench.labels()
                .render(new LabelRequest(
                        sku,
                        template,
                        "VK-AUDIT-" + parcel,
                        "RU" + (200000000 + parcel) + "VK",
                        Optional.empty(),
                        LabelFormat.PDF,
                        203));
        return new PdfAudit().audit(label.bytes(), bench.catalog().find(sku).orElseThrow());
    }

    @Test
    void theVkProductLabelOfPb7001Passes() {
        AuditReport report = audit("PB-7-001", "vk-product-58x40");
        assertEquals(AuditReport.Verdict.PASS, report.verdict(), report::toString);
        assertEquals(FieldCheck.match("net_weight_g", "38 г", "38 г"), report.field("net_weight_g"));
        // The 58×40 VK label carries the QR code and no EAN: no GTIN to compare, and no finding for that.
        assertTrue(
                report.barcodes().stream()
                        .anyMatch(b -> b.format().equals("QR_CODE") && b.text().startsWith("PB1|vk|")),
                report::toString);
        assertTrue(report.fields().stream().noneMatch(f -> f.field().equals("gtin")), report::toString);
    }

    @Test
    void theLargeVkLabelPassesWithItsEanCheckedAgainstTheGtin() {
        AuditReport report = audit("PB-7-001", "vk-product-75x120");
        assertEquals(AuditReport.Verdict.PASS, report.verdict(), report::toString);
        assertEquals(FieldCheck.match("gtin", "4607002977277", "4607002977277"), report.field("gtin"));
    }

    @Test
    void everyVkSampleSkuPassesOnBothProductTemplates() {
        List<Sku> vk = bench.catalog().search("", 100).stream()
                .filter(s -> s.marketplace() == Marketplace.VK)
                .toList();
        assertEquals(20, vk.size());
        for (Sku sku : vk) {
            for (String template : new String[] {"vk-product-58x40", "vk-product-75x120"}) {
                AuditReport report = audit(sku.sku(), template);
                assertEquals(
                        AuditReport.Verdict.PASS, report.verdict(), () -> sku.sku() + " " + template + ": " + report);
            }
        }
    }
}
