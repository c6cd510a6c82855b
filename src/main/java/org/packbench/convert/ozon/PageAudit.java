package org.packbench.convert.ozon;

import com.google.zxing.BarcodeFormat;
import java.util.List;

/**
 * What the barcode check found on one page.
 *
 * @param page      1-based page number
 * @param reference every barcode the high-resolution grey rendering of the PDF decodes to
 * @param lost      those of them the printer raster does not decode to the same format and text
 */
public record PageAudit(int page, List<Symbol> reference, List<Symbol> lost) {

    /** One decoded barcode: its symbology and the data it transmits (see TransmittedData). */
    public record Symbol(BarcodeFormat format, String text) {
        /** The text with control characters (GS1's GS above all) spelt out, for messages. */
        public String shown() {
            StringBuilder s = new StringBuilder();
            text.codePoints().forEach(c -> {
                if (c == 0x1D) {
                    s.append("<GS>");
                } else if (c < 0x20 || c == 0x7F) {
                    s.append(String.format("<%02X>", c));
                } else {
                    s.appendCodePoint(c);
                }
            });
            return s.length() > 120 ? s.substring(0, 117) + "..." : s.toString();
        }
    }

    public PageAudit {
        reference = List.copyOf(reference);
        lost = List.copyOf(lost);
    }

    public boolean passed() {
        return lost.isEmpty();
    }
}
