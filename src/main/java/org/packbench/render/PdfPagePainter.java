package org.packbench.render;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.FontStyle;
import org.packbench.label.LabelDocument;
import org.packbench.label.LabelImage;
import org.packbench.label.Rect;
import org.packbench.label.Shape;
import org.packbench.label.TextLine;

/**
 * Draws one label onto one page, bottom layer first: watermark, shapes, pictures, barcodes,
 * text. Everything is vector or real text, so the PDF scales to any printer and its text can be
 * searched and checked.
 */
final class PdfPagePainter {
    /** How far inside its dots a filled rectangle's edges stand, in dots (see fillDots). */
    private static final float INSET = 0.01f;

    private final PDPageContentStream cs;
    private final PdfResources resources;
    private final PdfFrame frame;

    PdfPagePainter(PDPageContentStream cs, PdfResources resources, PdfFrame frame) {
        this.cs = cs;
        this.resources = resources;
        this.frame = frame;
    }

    void paint(LabelDocument label) throws IOException {
        if (label.watermark().isPresent()) {
            PdfWatermark.paint(cs, label.watermark().get(), resources, frame);
        }
        cs.setNonStrokingColor(0f);
        for (Shape shape : label.shapes()) {
            shape(shape, label.dpi());
        }
        for (LabelImage image : label.images()) {
            image(image, label.dpi());
        }
        for (BarcodeSymbol symbol : label.barcodes()) {
            bars(symbol);
        }
        text(label.lines());
    }

    /*
     * Shapes, pictures and bars take their dots from PrintGeometry, as the ZPL, TSPL and raster
     * writers do: a box border lies inside the box, a picture scales by whole dots, and every
     * module starts on the printer's dot grid. A raster of this page at the printer's resolution
     * then has the very dots the printer makes.
     */
    private void shape(Shape shape, int dpi) throws IOException {
        fillDots(PrintGeometry.rects(shape, dpi), dpi);
    }

    private void image(LabelImage image, int dpi) throws IOException {
        Rect r = DotGeometry.imageRect(image, dpi);
        if (r.width() <= 0 || r.height() <= 0) {
            return;
        }
        cs.drawImage(
                resources.image(image),
                frame.pt(r.x()),
                frame.y(r.bottom()),
                frame.pt(r.width()),
                frame.pt(r.height()));
    }

    /* One rectangle per run of dark modules in a row, all filled at once. */
    private void bars(BarcodeSymbol symbol) throws IOException {
        fillDots(PrintGeometry.modules(symbol, symbol.dpi()), symbol.dpi());
    }

    /*
     * All lines in one text object, the HRI lines of linear symbols among them; each sits at its
     * own x and baseline, at its size, never scaled.
     */
    private void text(List<TextLine> lines) throws IOException {
        boolean open = false;
        PDType0Font current = null;
        double currentSize = -1;
        for (TextLine line : lines) {
            if (line.text().isEmpty()) {
                continue;
            }
            if (!open) {
                cs.beginText();
                open = true;
            }
            PDType0Font font = resources.font(line.style());
            if (font != current || line.sizePt() != currentSize) {
                cs.setFont(font, (float) line.sizePt());
                current = font;
                currentSize = line.sizePt();
            }
            cs.setTextMatrix(Matrix.getTranslateInstance(frame.pt(line.x()), frame.y(line.baseline())));
            show(line.style(), line.text());
        }
        if (open) {
            cs.endText();
        }
    }

    private void show(FontStyle face, String text) throws IOException {
        try {
            cs.showText(text);
            resources.showing(face, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    resources.typeface().family() + " has no glyph for a character of \"" + text + "\"", e);
        }
    }

    /*
     * In the printer's dots ({@link PdfFrame#dots}): a rectangle is four short numbers, where the
     * same corners in points took nine characters each. A QR symbol is hundreds of rectangles,
     * most of a label's page, and so most of what is formatted, hashed and deflated.
     *
     * Each rectangle stands a hundredth of a dot inside its dots. An edge exactly on a pixel
     * boundary is a coin toss between renderers: Java2D fills the pixels whose centre is inside,
     * poppler and Ghostscript without anti-aliasing every pixel the shape touches, and the last
     * digit of a coordinate decides whether the pixel beyond the edge is touched. Inset, both
     * rules fill the same dots, which are the printer's (PdfDotsTest, with poppler).
     */
    private void fillDots(List<DotRect> rects, int dpi) throws IOException {
        if (rects.isEmpty()) {
            return;
        }
        cs.saveGraphicsState();
        cs.transform(frame.dots(dpi));
        for (DotRect r : rects) {
            // A box one dot high has sides of no height: inset, they would be thin strips across a
            // pixel edge, which poppler fills.
            if (r.width() > 0 && r.height() > 0) {
                cs.addRect(r.x() + INSET, r.y() + INSET, r.width() - 2 * INSET, r.height() - 2 * INSET);
            }
        }
        cs.fill();
        cs.restoreGraphicsState();
    }
}
