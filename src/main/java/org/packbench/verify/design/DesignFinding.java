package org.packbench.verify.design;

import org.packbench.i18n.Message;

/**
 * What the designer marks on one element: the element's id (a text in a stack by its own id), the
 * kind of problem, the sentence shown beside it, and whether it keeps the template from being
 * saved for use (it can still be saved as a draft).
 */
public record DesignFinding(String elementId, Problem problem, Message message, boolean blocksUse) {

    /** The label-wide findings carry this id: they belong to no one element. */
    public static final String WHOLE_LABEL = "";

    /** The kinds of problem the designer knows, in the words of the rules they come from. */
    public enum Problem {
        /** A text would be set under 10 pt on a Russian product label. */
        TEXT_UNDER_MINIMUM,
        /** The engine cannot lay the element out: text overflows, a barcode box is too small. */
        DOES_NOT_FIT,
        /** The box reaches beyond the label's edge. */
        OUTSIDE_LABEL,
        /** Two elements cover the same place; a barcode's quiet zone counts as the barcode's. */
        OVERLAP,
        /** The barcode's module is not a whole number of dots at the printer's resolution. */
        MODULE_ROUNDED,
        /** The module is too small to print and read: under two dots or under 0.19 mm. */
        MODULE_TOO_SMALL,
        /** A GS1 DataMatrix module outside 0.255–0.680 mm. */
        DATAMATRIX_MODULE,
        /** A pre-print rule refuses the label made with the sample values. */
        RULE,
        /** The barcode does not read back from the print raster as it was meant. */
        READBACK
    }
}
