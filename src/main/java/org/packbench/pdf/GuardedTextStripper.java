package org.packbench.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's text extraction with each page on a {@link PageBudget}, as {@link GuardedRenderer}
 * draws it: reading the text of a form bomb costs as much as drawing it. Subclasses collect what
 * they need; they read documents opened by {@link GuardedPdf} only.
 */
public abstract class GuardedTextStripper extends PDFTextStripper {
    private final PdfLimits limits;
    private PageBudget budget;

    protected GuardedTextStripper(PdfLimits limits) {
        this.limits = limits;
    }

    /** Reads {@code pdf}'s text through the callbacks of {@link PDFTextStripper}. */
    public void read(GuardedPdf pdf) throws IOException {
        writeText(pdf.document(), Writer.nullWriter());
    }

    @Override
    public void writeText(PDDocument doc, Writer outputStream) throws IOException {
        Guard.io(() -> {
            super.writeText(doc, outputStream);
            return null;
        });
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        budget = new PageBudget(limits, getCurrentPageNo());
        try {
            super.processPage(page);
        } finally {
            budget = null;
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (budget == null) {
            throw new IllegalStateException("text is read page by page only");
        }
        budget.enter(operator.getName(), getGraphicsStackSize());
        try {
            super.processOperator(operator, operands);
        } finally {
            budget.leave();
        }
    }
}
