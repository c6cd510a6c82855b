package org.packbench.ui.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.packbench.app.LabelPdfAudit;
import org.packbench.i18n.Message;
import org.packbench.verify.pdf.AuditReport;

/**
 * A label PDF from elsewhere dropped on Упаковка, audited against the SKU on the form: what
 * matches the record, what does not, text under 10 pt, and each barcode found, said in one status
 * line. The audit is {@link LabelPdfAudit}'s; this words it.
 */
public final class PdfDropModel {
    private final LabelPdfAudit audit;
    private final Supplier<String> skuCode;
    private final UiText text;
    private final Work work;
    private final StatusLine status = new StatusLine();

    /** @param skuCode the SKU the form holds at the moment of the drop */
    public PdfDropModel(LabelPdfAudit audit, Supplier<String> skuCode, UiText text, Work work) {
        this.audit = audit;
        this.skuCode = skuCode;
        this.text = text;
        this.work = work;
        status.plain(text.get("packing.dropPdf"));
    }

    public StatusLine status() {
        return status;
    }

    /** Files dropped on the screen: the first PDF among them is audited, anything else is not a label. */
    public void dropped(List<Path> files) {
        files.stream()
                .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                .findFirst()
                .ifPresent(this::audit);
    }

    public void audit(Path pdf) {
        String code = skuCode.get();
        status.plain(text.get("packing.auditing", pdf.getFileName()));
        work.run(() -> audit.audit(pdf, code), report -> said(report, pdf, code), t -> status.error(text.failure(t)));
    }

    private void said(AuditReport report, Path pdf, String code) {
        StringBuilder sb = new StringBuilder(
                text.get(report.passed() ? "packing.audit.pass" : "packing.audit.fail", pdf.getFileName(), code));
        for (var f : report.fields()) {
            sb.append("\n• ")
                    .append(f.field())
                    .append(": ")
                    .append(f.verdict().name())
                    .append(f.found().map(x -> " — «" + x + "»").orElse(""));
        }
        for (var small : report.smallText()) {
            sb.append("\n• ").append(text.get("packing.audit.small", small.page(), small.sizePt(), small.text()));
        }
        for (var hri : report.smallHri()) {
            // A barcode's own digits under 10 pt are a note, not a failure: say so, as verify pdf does.
            sb.append("\n• ").append(text.of(Message.of("verify.smallHri", hri.page(), hri.sizePt(), hri.text())));
        }
        for (var b : report.barcodes()) {
            sb.append("\n• ").append(b.format()).append(": ").append(b.text().replace("\u001D", "<GS>"));
        }
        if (report.passed()) {
            status.ok(sb.toString());
        } else {
            status.error(sb.toString());
        }
    }
}
