package org.packbench.pdf;

/**
 * What one reading or drawing of one page may still spend: instructions, forms and pictures
 * drawn, nesting, saved graphics states and time. Each content-stream engine asks it before every
 * instruction; a page that asks for more is refused on the spot, before PDFBox does the work.
 *
 * <p>Nesting is counted as instructions running inside instructions: a form runs inside its
 * {@code Do}, a pattern or soft mask inside the fill that uses it, a Type 3 glyph inside the
 * {@code Tj} that shows it. Whatever new kind of child stream PDFBox learns, it is counted too.
 */
final class PageBudget {
    private final PdfLimits limits;
    private final int page;
    private final long deadline;
    private int operators;
    private int xobjects;
    private int depth;

    /** @param page 1-based, for messages */
    PageBudget(PdfLimits limits, int page) {
        this.limits = limits;
        this.page = page;
        this.deadline = System.nanoTime() + limits.timePerPage().toNanos();
    }

    int page() {
        return page;
    }

    PdfLimits limits() {
        return limits;
    }

    /**
     * Called before instruction {@code name} runs, with the engine's graphics-state stack as it
     * stands; pair with {@link #leave()} once it has run.
     */
    void enter(String name, int savedStates) {
        depth++;
        if (depth > limits.maxNesting()) {
            throw new PdfRefusedException("pdf.limit.nesting", page, limits.maxNesting());
        }
        if (++operators > limits.maxOperatorsPerPage()) {
            throw new PdfRefusedException("pdf.limit.operators", page, limits.maxOperatorsPerPage());
        }
        if ("Do".equals(name) && ++xobjects > limits.maxXObjectsPerPage()) {
            throw new PdfRefusedException("pdf.limit.xobjects", page, limits.maxXObjectsPerPage());
        }
        if (savedStates > limits.maxSavedStates()) {
            throw new PdfRefusedException("pdf.limit.savedStates", page, limits.maxSavedStates());
        }
        if (System.nanoTime() - deadline > 0) {
            throw new PdfRefusedException(
                    "pdf.limit.time", page, limits.timePerPage().toSeconds());
        }
    }

    void leave() {
        depth--;
    }
}
