package org.packbench.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One catalog record. What a label prints is taken from here, never retyped, so the fields
 * hold exactly what the seller's catalog said (outer whitespace aside).
 *
 * @param eacCert the EAEU certificate or declaration; empty where the product needs none
 */
public record Sku(
        String sku,
        Gtin gtin,
        String nameRu,
        int netWeightG,
        String manufacturer,
        String countryOfOrigin,
        String eacCert,
        String hsCode,
        int lengthMm,
        int widthMm,
        int heightMm,
        BigDecimal declaredValueUsd,
        Marketplace marketplace) {

    public Sku {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(nameRu, "nameRu");
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(countryOfOrigin, "countryOfOrigin");
        Objects.requireNonNull(hsCode, "hsCode");
        Objects.requireNonNull(declaredValueUsd, "declaredValueUsd");
        Objects.requireNonNull(marketplace, "marketplace");
        eacCert = eacCert == null ? "" : eacCert;
        if (netWeightG <= 0 || lengthMm <= 0 || widthMm <= 0 || heightMm <= 0) {
            throw new IllegalArgumentException("weights and sizes must be positive: " + sku);
        }
        // Two decimals always, so that 3.2 and 3.20 are one value everywhere (equals, JSON, labels).
        declaredValueUsd = declaredValueUsd.setScale(2);
    }

    /** The value of a catalog column, as a label or a check would print it. */
    public String field(CatalogField field) {
        return switch (field) {
            case SKU -> sku;
            case GTIN -> gtin.digits();
            case NAME_RU -> nameRu;
            case NET_WEIGHT_G -> Integer.toString(netWeightG);
            case MANUFACTURER -> manufacturer;
            case COUNTRY_OF_ORIGIN -> countryOfOrigin;
            case EAC_CERT -> eacCert;
            case HS_CODE -> hsCode;
            case LENGTH_MM -> Integer.toString(lengthMm);
            case WIDTH_MM -> Integer.toString(widthMm);
            case HEIGHT_MM -> Integer.toString(heightMm);
            case DECLARED_VALUE_USD -> declaredValueUsd.toPlainString();
            case MARKETPLACE -> marketplace.code();
        };
    }
}
