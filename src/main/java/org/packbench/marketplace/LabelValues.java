package org.packbench.marketplace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.packbench.catalog.CatalogField;
import org.packbench.catalog.Sku;
import org.packbench.marketplace.vk.Dac;

/**
 * The values a template's fields are filled from: the SKU record as it is, the parcel, the DAC
 * and the label id, and the QR payload built from them.
 */
public final class LabelValues {
    /** Dates on Russian labels are written day.month.year. */
    public static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private LabelValues() {}

    /** How a label's number is written on the label, in its QR payload, in the log and on the command line. */
    public static String labelId(long id) {
        return String.format("L%08d", id);
    }

    /** Reads a label id as {@link #labelId} writes it ("L00000042"), or as a person types it ("l42", "42"). */
    public static java.util.OptionalLong parseLabelId(String text) {
        String t = text == null ? "" : text.strip();
        String digits = t.startsWith("L") || t.startsWith("l") ? t.substring(1) : t;
        return digits.matches("[0-9]{1,18}")
                ? java.util.OptionalLong.of(Long.parseLong(digits))
                : java.util.OptionalLong.empty();
    }

    public static Map<String, String> of(Sku sku, Parcel parcel, Optional<Dac> dac, long labelId) {
        Map<String, String> v = new HashMap<>();
        for (CatalogField f : CatalogField.values()) {
            v.put(f.column(), sku.field(f));
        }
        v.put("gtin14", sku.gtin().asGtin14());
        v.put("order", parcel.order());
        v.put("tracking", parcel.tracking());
        v.put("label_id", labelId(labelId));
        v.put("dac", dac.map(Dac::code).orElse(""));
        v.put("dac_expires", dac.map(d -> d.lastValidDay().format(RUSSIAN_DATE)).orElse(""));
        v.put(
                "qr_payload",
                new QrPayload(
                                parcel.marketplace(),
                                parcel.order(),
                                parcel.tracking(),
                                sku.sku(),
                                dac.map(Dac::code).orElse(""),
                                labelId(labelId))
                        .encode());
        return v;
    }

    /** The date a DAC stops being valid, as printed. */
    public static String date(LocalDate d) {
        return d.format(RUSSIAN_DATE);
    }
}
