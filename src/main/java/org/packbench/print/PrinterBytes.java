package org.packbench.print;

import org.packbench.label.LabelDocument;
import org.packbench.render.LabelWriters;

/** What goes to a printer for a label: the document in the printer's language with its calibration. */
public final class PrinterBytes {
    private PrinterBytes() {}

    /** {@code doc} written for {@code printer}, printing {@code copies} labels. */
    public static byte[] of(LabelDocument doc, PrinterProfile printer, int copies) {
        if (doc.dpi() != printer.dpi()) {
            throw new IllegalArgumentException("label laid out for " + doc.dpi() + " dpi, printer " + printer.name()
                    + " has " + printer.dpi() + " dpi");
        }
        return LabelWriters.standard().of(printer.format()).bytes(doc, printer.settings(copies));
    }

    /**
     * The bytes of an issued label: exactly the checked bytes whose hash the label log keeps when the
     * printer's profile changes nothing, otherwise the same document written with its settings.
     */
    public static byte[] ofIssued(byte[] issued, LabelDocument doc, PrinterProfile printer, int copies) {
        return copies == 1 && printer.leavesPrinterSettings() ? issued : of(doc, printer, copies);
    }
}
