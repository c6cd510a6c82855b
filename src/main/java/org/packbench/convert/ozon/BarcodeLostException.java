package org.packbench.convert.ozon;

import java.util.List;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * The conversion was refused: a barcode that decodes in the PDF would not decode, or not to the
 * same text, from the printer raster. The message names the first such barcode; {@link #audits()}
 * has every page, so a caller can list them all.
 */
public final class BarcodeLostException extends ProblemException {
    private final transient List<PageAudit> audits;

    BarcodeLostException(Message problem, List<PageAudit> audits) {
        super(problem);
        this.audits = List.copyOf(audits);
    }

    public List<PageAudit> audits() {
        return audits;
    }
}
