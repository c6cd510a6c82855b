package org.packbench.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of a catalog file. Each has the English name used in JSON, the database and the
 * sample files, and the Russian headers that sellers' own spreadsheets use.
 */
public enum CatalogField {
    SKU("sku", true, "Артикул"),
    GTIN("gtin", true, "Штрихкод", "GTIN", "EAN"),
    NAME_RU("name_ru", true, "Наименование", "Название"),
    NET_WEIGHT_G("net_weight_g", true, "Вес нетто (г)", "Вес нетто, г"),
    MANUFACTURER("manufacturer", true, "Производитель"),
    COUNTRY_OF_ORIGIN("country_of_origin", true, "Страна происхождения"),
    EAC_CERT("eac_cert", false, "Сертификат/Декларация ЕАЭС", "Сертификат ЕАЭС", "Декларация ЕАЭС"),
    HS_CODE("hs_code", true, "Код ТН ВЭД", "ТН ВЭД"),
    LENGTH_MM("length_mm", true, "Длина (мм)", "Длина, мм"),
    WIDTH_MM("width_mm", true, "Ширина (мм)", "Ширина, мм"),
    HEIGHT_MM("height_mm", true, "Высота (мм)", "Высота, мм"),
    DECLARED_VALUE_USD("declared_value_usd", true, "Стоимость (USD)", "Стоимость, USD"),
    MARKETPLACE("marketplace", true, "Маркетплейс");

    private final String column;
    private final boolean required;
    private final List<String> russianHeaders;

    CatalogField(String column, boolean required, String... russianHeaders) {
        this.column = column;
        this.required = required;
        this.russianHeaders = List.of(russianHeaders);
    }

    /** The English column name, as in the samples, the database and {@code --json}. */
    public String column() {
        return column;
    }

    /** The header Russian sellers' spreadsheets use for this column, e.g. «Наименование». */
    public String russianHeader() {
        return russianHeaders.get(0);
    }

    /** Whether a row without a value here is rejected. */
    public boolean required() {
        return required;
    }

    /** Finds the field a header names, ignoring case, surrounding spaces and the Ё/Е spelling. */
    public static Optional<CatalogField> forHeader(String header) {
        return Optional.ofNullable(Headers.BY_NAME.get(normalise(header)));
    }

    private static String normalise(String header) {
        return Headers.SPACES
                .matcher(header.strip())
                .replaceAll(" ")
                .replace('ё', 'е')
                .replace('Ё', 'Е')
                .toLowerCase(Locale.ROOT);
    }

    /** Every header a field answers to, normalised once: the pre-print check asks for each printed block. */
    private static final class Headers {
        static final Pattern SPACES = Pattern.compile("\\s+");
        static final Map<String, CatalogField> BY_NAME = byName();

        private static Map<String, CatalogField> byName() {
            Map<String, CatalogField> m = new HashMap<>();
            for (CatalogField f : values()) {
                // The first field to claim a header keeps it, as the search in declaration order did.
                m.putIfAbsent(normalise(f.column), f);
                for (String ru : f.russianHeaders) {
                    m.putIfAbsent(normalise(ru), f);
                }
            }
            return Map.copyOf(m);
        }
    }
}
