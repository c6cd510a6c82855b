package org.packbench.label;

import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/** The label cannot be laid out: a text or a barcode does not fit where the template puts it. */
public final class LayoutException extends ProblemException {
    private final String field;

    public LayoutException(String field, Message problem) {
        super(problem);
        this.field = field;
    }

    /** The data field (or element id) that did not fit. */
    public String field() {
        return field;
    }
}
