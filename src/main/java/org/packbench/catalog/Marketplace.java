package org.packbench.catalog;

import java.util.Locale;
import java.util.Optional;

/** Where a SKU is sold; decides which label templates and limits apply. */
public enum Marketplace {
    VK("vk"),
    OZON("ozon"),
    OTHER("other");

    private final String code;

    Marketplace(String code) {
        this.code = code;
    }

    /** The lower-case code used in catalogs, the database and JSON. */
    public String code() {
        return code;
    }

    /** Reads the catalog's spelling: the code, or the Russian names sellers type in Excel. */
    public static Optional<Marketplace> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return switch (t) {
            case "vk", "vk market", "вк", "vk маркет", "вконтакте" -> Optional.of(VK);
            case "ozon", "озон" -> Optional.of(OZON);
            case "other", "другой", "другое", "прочее" -> Optional.of(OTHER);
            default -> Optional.empty();
        };
    }
}
