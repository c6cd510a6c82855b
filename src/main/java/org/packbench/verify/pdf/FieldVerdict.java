package org.packbench.verify.pdf;

/** How a label's text compares with one field of the SKU record. */
public enum FieldVerdict {
    /** Printed exactly as the record says (whitespace aside). */
    MATCH,
    /** Something close to the record's value is printed, but not the value itself. */
    MISMATCH,
    /** Nothing on the label resembles the record's value. */
    MISSING
}
