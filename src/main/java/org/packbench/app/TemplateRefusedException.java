package org.packbench.app;

import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.verify.design.DesignReport;

/**
 * A template refused for use by the designer's checks: the sentence names the first blocking
 * finding and points to a draft; the report holds every finding, for a screen or a command that
 * lists them all on their elements.
 */
public final class TemplateRefusedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final transient DesignReport report;
    private final int dpi;

    TemplateRefusedException(Message problem, DesignReport report, int dpi) {
        super(problem);
        this.report = report;
        this.dpi = dpi;
    }

    /** What the check found at {@link #dpi()}. */
    public DesignReport report() {
        return report;
    }

    /** The resolution the template was refused at: the one asked for, or a printer's on file. */
    public int dpi() {
        return dpi;
    }
}
