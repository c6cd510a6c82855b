package org.packbench.ui;

import org.packbench.ui.model.UiText;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.TransferMode;
import org.packbench.app.Workbench;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.pdf.GuardedPdf;
import org.packbench.pdf.PdfLimits;
import org.packbench.pdf.PdfRefusedException;
import org.packbench.verify.pdf.AuditReport;
import org.packbench.verify.pdf.PdfAudit;

/**
 * A label PDF from elsewhere (Ozon, VK, a supplier) dropped on a screen, audited against the SKU
 * in that screen's field: what matches the record, what does not, text under 10 pt, and each
 * barcode found. Reading and auditing run in the background; the answer goes to {@code status}.
 */
final class PdfDropAudit {
    private final Workbench workbench;
    private final UiText text;
    private final Background background;
    private final Label status;
    private final Supplier<String> skuCode;

    PdfDropAudit(Workbench workbench, UiText text, Background background, Label status, Supplier<String> skuCode) {
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        this.status = status;
        this.skuCode = skuCode;
    }

    /** The first PDF dropped anywhere on {@code target} is audited. */
    void acceptDropsOn(Node target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles()) {
                e.getDragboard().getFiles().stream().filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                        .findFirst().ifPresent(f -> audit(f.toPath()));
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    void audit(Path pdf) {
        String code = skuCode.get();
        status.getStyleClass().removeAll("status-ok", "status-error", "status-warn");
        status.setText(text.get("packing.auditing", pdf.getFileName()));
        Task<AuditReport> task = new Task<>() {
            @Override
            protected AuditReport call() throws Exception {
                Sku record = workbench.catalog().find(code).orElseThrow(() -> new ProblemException("sku.notFound", code));
                org.packbench.app.InputFile.check(pdf, org.packbench.app.InputFile.Kind.LABEL_PDF);
                try {
                    return new PdfAudit().audit(GuardedPdf.readFile(pdf, PdfLimits.LABELS), record);
                } catch (PdfRefusedException e) {
                    // Named as on the command line: which file, and which limit it went past.
                    throw new ProblemException(Message.of("pdf.refused", pdf.getFileName(), e.problem()));
                }
            }
        };
        task.setOnSucceeded(e -> {
            AuditReport report = task.getValue();
            StringBuilder sb = new StringBuilder(text.get(report.passed() ? "packing.audit.pass" : "packing.audit.fail",
                    pdf.getFileName(), code));
            for (var f : report.fields()) {
                sb.append("\n• ").append(f.field()).append(": ").append(f.verdict().name())
                        .append(f.found().map(x -> " — «" + x + "»").orElse(""));
            }
            for (var small : report.smallText()) {
                sb.append("\n• ").append(text.get("packing.audit.small", small.page(), small.sizePt(), small.text()));
            }
            for (var hri : report.smallHri()) {
                // A barcode's own digits under 10 pt are a note, not a failure: say so, as verify pdf does.
                sb.append("\n• ").append(text.of(Message.of("verify.smallHri", hri.page(), hri.sizePt(),
                        hri.text())));
            }
            for (var b : report.barcodes()) {
                sb.append("\n• ").append(b.format()).append(": ").append(b.text().replace("\u001D", "<GS>"));
            }
            status.getStyleClass().add(report.passed() ? "status-ok" : "status-error");
            status.setText(sb.toString());
        });
        task.setOnFailed(e -> {
            status.getStyleClass().add("status-error");
            status.setText(text.failure(task.getException()));
        });
        background.run(task);
    }
}
