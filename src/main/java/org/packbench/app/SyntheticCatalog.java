package org.packbench.app;

import java.nio.charset.StandardCharsets;
import org.packbench.gs1.CheckDigit;

/**
 * A generated catalog of any size, valid in every row, for benchmarks: Cyrillic names of
 * realistic length, GTINs with correct check digits, both marketplaces.
 */
public final class SyntheticCatalog {
    private static final String[] NOUNS = {"Чехол", "Кабель", "Держатель", "Зеркало", "Органайзер", "Набор"};
    private static final String[] ADJECTIVES = {"силиконовый", "нейлоновый", "магнитный", "складной", "прочный"};

    private SyntheticCatalog() {
    }

    public static byte[] csv(int rows) {
        StringBuilder sb = new StringBuilder(rows * 200);
        sb.append("sku,gtin,name_ru,net_weight_g,manufacturer,country_of_origin,eac_cert,hs_code,")
                .append("length_mm,width_mm,height_mm,declared_value_usd,marketplace\n");
        for (int i = 0; i < rows; i++) {
            String body = String.format("460%09d", i);
            String gtin = body + CheckDigit.compute(body);
            sb.append("GEN-").append(i).append(',')
                    .append(gtin).append(',')
                    .append('"').append(NOUNS[i % NOUNS.length]).append(' ')
                    .append(ADJECTIVES[i % ADJECTIVES.length]).append(", модель ").append(i).append("\",")
                    .append(10 + i % 1900).append(',')
                    .append("\"Шэньчжэнь Юнсин Электроникс Ко., Лтд.\",Китай,ЕАЭС RU Д-CN.РА01.В.22714/26,3926909709,")
                    .append(100 + i % 400).append(',').append(50 + i % 300).append(',').append(10 + i % 90).append(',')
                    .append(i % 900).append('.').append(String.format("%02d", i % 100)).append(',')
                    .append(i % 2 == 0 ? "vk" : "ozon").append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
