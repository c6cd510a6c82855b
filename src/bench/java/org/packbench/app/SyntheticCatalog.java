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

    private SyntheticCatalog() {}

    public static byte[] csv(int rows) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(rows * 200);
        try {
            write(out, rows);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same file written to {@code out} as it is made, for catalogs larger than memory should hold. */
    public static void write(java.io.OutputStream out, int rows) throws java.io.IOException {
        java.io.Writer w =
                new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.append("sku,gtin,name_ru,net_weight_g,manufacturer,country_of_origin,eac_cert,hs_code,")
                .append("length_mm,width_mm,height_mm,declared_value_usd,marketplace\n");
        StringBuilder sb = new StringBuilder(256);
        for (int i = 0; i < rows; i++) {
            sb.setLength(0);
            String body = String.format("460%09d", i);
            String gtin = body + CheckDigit.compute(body);
            sb.append("GEN-")
                    .append(i)
                    .append(',')
                    .append(gtin)
                    .append(',')
                    .append('"')
                    .append(NOUNS[i % NOUNS.length])
                    .append(' ')
                    .append(ADJECTIVES[i % ADJECTIVES.length])
                    .append(", модель ")
                    .append(i)
                    .append("\",")
                    .append(10 + i % 1900)
                    .append(',')
                    .append("\"Шэньчжэнь Юнсин Электроникс Ко., Лтд.\",Китай,ЕАЭС RU Д-CN.РА01.В.22714/26,3926909709,")
                    .append(100 + i % 400)
                    .append(',')
                    .append(50 + i % 300)
                    .append(',')
                    .append(10 + i % 90)
                    .append(',')
                    .append(i % 900)
                    .append('.')
                    .append(String.format("%02d", i % 100))
                    .append(',')
                    .append(i % 2 == 0 ? "vk" : "ozon")
                    .append('\n');
            w.append(sb);
        }
        w.flush();
    }
}
