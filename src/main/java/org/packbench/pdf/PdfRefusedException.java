package org.packbench.pdf;

import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * A PDF went past one of the {@link PdfLimits}, or nests so deep that reading it overflowed the
 * stack: it is refused as a whole, whatever was read of it so far. Unchecked on purpose: PDFBox
 * catches the IOException of a drawing it cannot do, logs it and goes on with the next, which is
 * how a form-XObject bomb once wrote millions of warnings; this one passes through.
 */
public final class PdfRefusedException extends ProblemException {
    PdfRefusedException(Message problem) {
        super(problem);
    }

    PdfRefusedException(String key, Object... args) {
        super(key, args);
    }
}
