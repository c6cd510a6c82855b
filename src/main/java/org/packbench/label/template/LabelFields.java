package org.packbench.label.template;

import java.util.Set;

/**
 * The field names a template may use. Catalog columns come from the SKU record; the rest are
 * known when a label is made for an order.
 */
public final class LabelFields {
    /** Columns of the SKU record (their English names). */
    public static final Set<String> SKU = Set.of(
            "sku",
            "gtin",
            "name_ru",
            "net_weight_g",
            "manufacturer",
            "country_of_origin",
            "eac_cert",
            "hs_code",
            "length_mm",
            "width_mm",
            "height_mm",
            "declared_value_usd",
            "marketplace");

    /** Known when the label is made: the order, the parcel, the seller's codes, GS1 data. */
    public static final Set<String> LABEL = Set.of(
            "order",
            "tracking",
            "dac",
            "dac_expires",
            "label_id",
            "qr_payload",
            "gtin14",
            "ozon_code",
            "sscc",
            "sscc_hri",
            "gs1",
            "gs1_hri",
            "gs1_2",
            "gs1_2_hri",
            "company",
            "date",
            "content_gtin",
            "count",
            "batch",
            "best_before",
            "net_weight_kg",
            "supply_number",
            "content_hri",
            "mark",
            "mark_gtin",
            "mark_serial",
            "mark_serial_head",
            "mark_serial_tail");

    private LabelFields() {}

    public static boolean known(String name) {
        return SKU.contains(name) || LABEL.contains(name);
    }
}
