package org.packbench.verify.pdf;

import java.util.List;

/**
 * The audit of one label PDF against its SKU record.
 *
 * @param fields    name, net weight and manufacturer, always in that order; then one check per
 *                  distinct GTIN that a barcode carries (none when no barcode carries a GTIN)
 * @param smallText every stretch of label text under 10 pt, upright or not
 * @param barcodes  every barcode decoded, page by page
 * @param smallHri  every stretch under 10 pt that is a barcode's human readable interpretation
 *                  (its digits under the bars): part of the symbol, reported as a note, never a failure
 */
public record AuditReport(
        List<FieldCheck> fields, List<SmallText> smallText, List<PageBarcode> barcodes, List<SmallText> smallHri) {

    /** The overall outcome: a marketplace would accept the label only on PASS. */
    public enum Verdict {
        PASS,
        FAIL
    }

    public AuditReport {
        fields = List.copyOf(fields);
        smallText = List.copyOf(smallText);
        barcodes = List.copyOf(barcodes);
        smallHri = List.copyOf(smallHri);
    }

    /** A report with no barcode digits under 10 pt. */
    public AuditReport(List<FieldCheck> fields, List<SmallText> smallText, List<PageBarcode> barcodes) {
        this(fields, smallText, barcodes, List.of());
    }

    /** FAIL when any field is not printed exactly, any label text is under 10 pt or a barcode carries another GTIN; barcode digits never fail. */
    public Verdict verdict() {
        boolean clean = fields.stream().allMatch(FieldCheck::matches) && smallText.isEmpty();
        return clean ? Verdict.PASS : Verdict.FAIL;
    }

    public boolean passed() {
        return verdict() == Verdict.PASS;
    }

    /** The check of {@code field} (a catalog column such as {@code name_ru}); the first one for {@code gtin}. */
    public FieldCheck field(String field) {
        return fields.stream()
                .filter(f -> f.field().equals(field))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check of " + field));
    }
}
