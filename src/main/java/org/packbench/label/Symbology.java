package org.packbench.label;

/** The barcode symbologies a template may place. */
public enum Symbology {
    QR,
    DATAMATRIX,
    /**
     * DataMatrix with FNC1 in first position (ISO/IEC 16022, GS1 General Specifications 5.6): its
     * data is a GS1 element string, read back as {@code ]d2}. A Честный ЗНАК marking code must be
     * this; the same bytes in a plain DataMatrix are refused by the marking system.
     */
    GS1_DATAMATRIX,
    CODE128,
    GS1_128,
    EAN13;

    public boolean isTwoDimensional() {
        return this == QR || this == DATAMATRIX || this == GS1_DATAMATRIX;
    }
}
