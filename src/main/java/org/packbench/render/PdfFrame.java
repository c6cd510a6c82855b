package org.packbench.render;

import org.apache.pdfbox.util.Matrix;
import org.packbench.label.Dots;

/**
 * Label millimetres (origin top left, y down) to PDF points (origin bottom left, y up) for a
 * page of the label's height. Kept in one place so no drawing code flips y on its own.
 */
record PdfFrame(double heightMm) {

    /** A horizontal position or any length. */
    float pt(double mm) {
        return (float) Dots.mmToPt(mm);
    }

    /** A vertical position measured from the label's top edge. */
    float y(double mmFromTop) {
        return (float) Dots.mmToPt(heightMm - mmFromTop);
    }

    /**
     * The printer's dot grid as a coordinate system: one unit a dot at {@code dpi}, origin at the
     * label's top left, y down, as the ZPL, TSPL and raster writers count.
     */
    Matrix dots(int dpi) {
        float perDot = (float) (72.0 / dpi);
        return new Matrix(perDot, 0, 0, -perDot, 0, y(0));
    }
}
