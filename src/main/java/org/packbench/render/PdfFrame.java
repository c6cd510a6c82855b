package org.packbench.render;

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
}
