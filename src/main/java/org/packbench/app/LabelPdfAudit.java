package org.packbench.app;

import java.io.IOException;
import java.nio.file.Path;
import org.packbench.catalog.CatalogRepository;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.pdf.GuardedPdf;
import org.packbench.pdf.PdfLimits;
import org.packbench.pdf.PdfRefusedException;
import org.packbench.verify.pdf.AuditReport;
import org.packbench.verify.pdf.PdfAudit;

/**
 * A label PDF made elsewhere (Ozon, VK, a supplier) audited against the record of the SKU it
 * should print, as {@code packbench verify pdf} does: the file is a stranger's, so it is read
 * within the limits for label PDFs.
 */
public final class LabelPdfAudit {
    private final CatalogRepository catalog;

    public LabelPdfAudit(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    /**
     * @throws ProblemException when the SKU is not in the catalog, or the file is not one to open
     *                          (named with the limit it went past)
     */
    public AuditReport audit(Path pdf, String sku) throws IOException {
        Sku record = catalog.find(sku).orElseThrow(() -> new ProblemException("sku.notFound", sku));
        InputFile.check(pdf, InputFile.Kind.LABEL_PDF);
        try {
            return new PdfAudit().audit(GuardedPdf.readFile(pdf, PdfLimits.LABELS), record);
        } catch (PdfRefusedException e) {
            throw new ProblemException(Message.of("pdf.refused", pdf, e.problem()));
        }
    }
}
