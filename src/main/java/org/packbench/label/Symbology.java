package org.packbench.label;

/** The barcode symbologies a template may place. */
public enum Symbology {
    QR,
    DATAMATRIX,
    CODE128,
    GS1_128,
    EAN13;

    public boolean isTwoDimensional() {
        return this == QR || this == DATAMATRIX;
    }
}
