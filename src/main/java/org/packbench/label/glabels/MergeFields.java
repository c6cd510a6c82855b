package org.packbench.label.glabels;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.packbench.label.template.LabelFields;

/**
 * The PackBench field for a gLabels merge field. In gLabels a field is a column of the seller's
 * CSV, named as they named it, in Russian or in English; here it is a column of the catalog or a
 * value known when the label is made. Names are compared as sellers vary them: case, "ё", spaces,
 * hyphens and dots do not count.
 */
final class MergeFields {
    private static final Map<String, String> OURS = new HashMap<>();

    static {
        name("name_ru", "наименование", "наименование_товара", "название", "название_товара", "товар");
        name("name_ru", "name", "product", "product_name", "productname", "item_name");
        name("net_weight_g", "вес", "вес_нетто", "вес_г", "вес_нетто_г", "масса", "масса_нетто");
        name("net_weight_g", "weight", "net_weight", "weight_g", "netweight");
        name("manufacturer", "производитель", "изготовитель", "maker", "producer");
        name("country_of_origin", "страна", "страна_происхождения", "страна_производства", "страна_изготовления");
        name("country_of_origin", "country", "origin", "country_origin");
        name("eac_cert", "eac", "сертификат", "декларация", "сертификат_eac", "декларация_eac", "certificate");
        name("sku", "артикул", "арт", "article", "vendor_code", "art");
        name("gtin", "ean", "ean13", "ean_13", "штрихкод", "штрих_код", "шк", "barcode");
        name("order", "заказ", "номер_заказа", "order_id", "order_number", "order_no");
        name("tracking", "трек", "трек_номер", "трекномер", "tracking_number", "track", "track_number");
        name("hs_code", "тн_вэд", "тнвэд", "код_тн_вэд", "hs");
        name("dac", "дак");
        name("date", "дата");
        name("batch", "lot", "партия");
        name("best_before", "годен_до", "срок_годности", "expiry");
        name("count", "qty", "quantity", "количество", "кол_во");
        name("company", "компания", "продавец", "seller");
        name("mark", "код_маркировки", "маркировка");
    }

    private MergeFields() {}

    private static void name(String ours, String... theirs) {
        for (String t : theirs) {
            OURS.put(t, ours);
        }
    }

    /** The PackBench field a seller's column {@code glabelsName} holds, if there is one. */
    static Optional<String> ours(String glabelsName) {
        String key = key(glabelsName);
        if (LabelFields.known(key)) {
            return Optional.of(key);
        }
        return Optional.ofNullable(OURS.get(key));
    }

    /** Fields whose values are GS1 element strings, fit for a GS1 symbol as they are. */
    static final List<String> GS1 = List.of("gs1", "gs1_2", "mark");

    private static String key(String name) {
        return name.strip()
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("[\\s\\-./№#]+", "_")
                .replaceAll("^_+|_+$", "");
    }
}
