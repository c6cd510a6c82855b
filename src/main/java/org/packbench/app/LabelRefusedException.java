package org.packbench.app;

import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/** A label the pre-print rules or the readback refused. It is in the log as refused and was not printed. */
public final class LabelRefusedException extends ProblemException {
    private final transient RenderedLabel label;

    public LabelRefusedException(RenderedLabel label) {
        super(Message.of(
                "label.refused", label.labelId(), label.blocking().get(0).message()));
        this.label = label;
    }

    public RenderedLabel label() {
        return label;
    }
}
