package org.packbench.print;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.packbench.i18n.Message;

/**
 * The problem codes a transport puts in {@link PrinterStatus#problems()}, each with its sentence
 * in the print bundle ({@code print.problem.CODE}).
 */
public final class PrinterProblems {
    public static final String PAPER_OUT = "paper-out";
    public static final String PAUSED = "paused";
    public static final String HEAD_OPEN = "head-open";
    public static final String RIBBON_OUT = "ribbon-out";
    public static final String PAPER_JAM = "paper-jam";
    public static final String COVER_OPEN = "cover-open";
    public static final String TOO_HOT = "too-hot";
    public static final String TOO_COLD = "too-cold";
    public static final String MEMORY_LOST = "memory-lost";
    public static final String OTHER_ERROR = "other-error";
    /**
     * Still printing or holding unprinted labels: not a fault, but its label counter is not final
     * yet, so the queue waits rather than mark the next job against a moving counter.
     */
    public static final String BUSY = "busy";

    private PrinterProblems() {}

    /** Whether the printer is only busy: worth a short wait, not an error for the packer. */
    public static boolean onlyBusy(PrinterStatus status) {
        return !status.problems().isEmpty() && status.problems().stream().allMatch(BUSY::equals);
    }

    /** The problems as one phrase in {@code locale}, e.g. "paper out, head open". */
    public static String describe(List<String> problems, Locale locale) {
        return problems.stream()
                .map(p -> Message.of("print.problem." + p).in(locale))
                .collect(Collectors.joining(", "));
    }
}
