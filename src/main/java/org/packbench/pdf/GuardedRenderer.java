package org.packbench.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.rendering.RenderDestination;

/**
 * PDFBox's renderer with every drawing of a page on a {@link PageBudget}: each instruction is
 * counted before it runs and each picture measured before it is decoded. Every way of rendering
 * a page in PDFBox ends in the four-argument {@link #renderImage(int, float, ImageType, RenderDestination)},
 * so that one method is where a page's budget starts.
 */
public final class GuardedRenderer extends PDFRenderer {
    private final GuardedPdf pdf;
    private PageBudget budget;

    GuardedRenderer(GuardedPdf pdf) {
        super(pdf.document());
        this.pdf = pdf;
    }

    @Override
    public BufferedImage renderImage(int pageIndex, float scale, ImageType imageType, RenderDestination destination)
            throws IOException {
        budget = new PageBudget(pdf.limits(), pageIndex + 1);
        try {
            return Guard.io(() -> super.renderImage(pageIndex, scale, imageType, destination));
        } finally {
            budget = null;
        }
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        if (budget == null) {
            // renderPageToGraphics and any future entry point: refused rather than drawn unguarded.
            throw new IllegalStateException("pages are drawn through renderImage only");
        }
        return new Drawer(parameters, budget);
    }

    private static final class Drawer extends PageDrawer {
        private final PageBudget budget;

        Drawer(PageDrawerParameters parameters, PageBudget budget) throws IOException {
            super(parameters);
            this.budget = budget;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            budget.enter(operator.getName(), getGraphicsStackSize());
            try {
                super.processOperator(operator, operands);
            } finally {
                budget.leave();
            }
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
            PictureSize.check(image, budget);
            super.drawImage(image);
        }
    }
}
