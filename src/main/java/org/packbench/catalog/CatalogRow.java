package org.packbench.catalog;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * One SKU as the row of a catalog file. Editing a record on the Каталог screen writes the edited
 * row through the same import as a file, so an edit obeys every rule an import does, with the
 * same messages, and there is one definition of a valid SKU.
 */
public final class CatalogRow {
    private CatalogRow() {}

    /** The record's values as they would stand in a catalog file. */
    public static Map<CatalogField, String> of(Sku s) {
        Map<CatalogField, String> m = new EnumMap<>(CatalogField.class);
        m.put(CatalogField.SKU, s.sku());
        m.put(CatalogField.GTIN, s.gtin().digits());
        m.put(CatalogField.NAME_RU, s.nameRu());
        m.put(CatalogField.NET_WEIGHT_G, Integer.toString(s.netWeightG()));
        m.put(CatalogField.MANUFACTURER, s.manufacturer());
        m.put(CatalogField.COUNTRY_OF_ORIGIN, s.countryOfOrigin());
        m.put(CatalogField.EAC_CERT, s.eacCert());
        m.put(CatalogField.HS_CODE, s.hsCode());
        m.put(CatalogField.LENGTH_MM, Integer.toString(s.lengthMm()));
        m.put(CatalogField.WIDTH_MM, Integer.toString(s.widthMm()));
        m.put(CatalogField.HEIGHT_MM, Integer.toString(s.heightMm()));
        m.put(CatalogField.DECLARED_VALUE_USD, s.declaredValueUsd().toPlainString());
        m.put(CatalogField.MARKETPLACE, s.marketplace().code());
        return m;
    }

    /** A UTF-8 catalog file of the English header and this one row, every value quoted. */
    public static byte[] csv(Map<CatalogField, String> values) {
        StringBuilder header = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (CatalogField f : CatalogField.values()) {
            if (header.length() > 0) {
                header.append(',');
                row.append(',');
            }
            header.append(f.column());
            row.append('"')
                    .append(values.getOrDefault(f, "").replace("\"", "\"\""))
                    .append('"');
        }
        return (header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
