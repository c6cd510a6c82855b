package org.packbench.verify.pdf;

import java.util.Objects;
import java.util.Optional;

/**
 * A barcode decoded from a page.
 *
 * @param page   1-based page number
 * @param format ZXing's name of the symbology, e.g. {@code EAN_13}, {@code QR_CODE}, {@code CODE_128}
 * @param text   the decoded text; GS1 data in bracketed form, e.g. "(01)04607002977277(10)A1"
 * @param gtin   the GTIN the symbol carries (an EAN/UPC number or GS1 AI (01)), as encoded
 */
public record PageBarcode(int page, String format, String text, Optional<String> gtin) {
    public PageBarcode {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(gtin, "gtin");
    }
}
