package org.packbench.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.i18n.Message;

/** Turns one catalog row into a {@link Sku}, or into every problem the row has. */
final class SkuRowParser {
    static final int MAX_TEXT = 255;
    static final int MAX_SKU = 64;

    private final CatalogHeader header;

    SkuRowParser(CatalogHeader header) {
        this.header = header;
    }

    /** The SKU, or empty with the row's problems added to {@code problems}. */
    Optional<Sku> parse(CsvRecord row, List<ImportProblem> problems) {
        List<ImportProblem> mine = new ArrayList<>();
        if (row.fields().size() != header.width()) {
            mine.add(ImportProblem.error(
                    row.line(),
                    "",
                    "",
                    Message.of("catalog.fieldCount", row.fields().size(), header.width())));
            problems.addAll(mine);
            return Optional.empty();
        }
        String sku = text(row, CatalogField.SKU, MAX_SKU, mine);
        String gtinText = value(row, CatalogField.GTIN);
        Gtin gtin = null;
        Optional<Message> gtinProblem = Gtin.problemWith(gtinText);
        if (gtinProblem.isPresent()) {
            mine.add(error(row, CatalogField.GTIN, gtinText, gtinProblem.get()));
        } else {
            gtin = new Gtin(gtinText);
        }
        String name = text(row, CatalogField.NAME_RU, MAX_TEXT, mine);
        if (!name.isEmpty()) {
            if (!RussianText.hasCyrillic(name)) {
                mine.add(error(row, CatalogField.NAME_RU, name, Message.of("name.notRussian")));
            } else {
                List<RussianText.ForeignLetter> latin = RussianText.latinInCyrillicWords(name);
                if (!latin.isEmpty()) {
                    mine.add(error(
                            row, CatalogField.NAME_RU, name, Message.of("name.latinLookalikes", describe(latin))));
                }
            }
        }
        int weight = positiveInt(row, CatalogField.NET_WEIGHT_G, mine);
        String manufacturer = text(row, CatalogField.MANUFACTURER, MAX_TEXT, mine);
        String country = text(row, CatalogField.COUNTRY_OF_ORIGIN, MAX_TEXT, mine);
        String eac = text(row, CatalogField.EAC_CERT, MAX_TEXT, mine);
        String hs = value(row, CatalogField.HS_CODE);
        if (hs.isEmpty()) {
            mine.add(error(row, CatalogField.HS_CODE, hs, Message.of("field.required")));
        } else if (!(hs.length() == 10 && allDigits(hs, 0, 10))) {
            mine.add(error(row, CatalogField.HS_CODE, hs, Message.of("field.hsCode", hs.length())));
        }
        int length = positiveInt(row, CatalogField.LENGTH_MM, mine);
        int width = positiveInt(row, CatalogField.WIDTH_MM, mine);
        int height = positiveInt(row, CatalogField.HEIGHT_MM, mine);
        BigDecimal value = amount(row, CatalogField.DECLARED_VALUE_USD, mine);
        String marketText = value(row, CatalogField.MARKETPLACE);
        Marketplace marketplace = null;
        if (marketText.isEmpty()) {
            mine.add(error(row, CatalogField.MARKETPLACE, marketText, Message.of("field.required")));
        } else {
            marketplace = Marketplace.parse(marketText).orElse(null);
            if (marketplace == null) {
                mine.add(error(row, CatalogField.MARKETPLACE, marketText, Message.of("field.marketplace")));
            }
        }
        if (!mine.isEmpty()) {
            problems.addAll(mine);
            return Optional.empty();
        }
        return Optional.of(new Sku(
                sku, gtin, name, weight, manufacturer, country, eac, hs, length, width, height, value, marketplace));
    }

    private String value(CsvRecord row, CatalogField field) {
        return header.value(row, field);
    }

    private ImportProblem error(CsvRecord row, CatalogField field, String value, Message what) {
        return ImportProblem.error(row.line(), header.columnName(field), value, what);
    }

    private String text(CsvRecord row, CatalogField field, int maxLength, List<ImportProblem> problems) {
        String v = value(row, field);
        if (v.isEmpty()) {
            if (field.required()) {
                problems.add(error(row, field, v, Message.of("field.required")));
            }
            return v;
        }
        if (hasControlCharacter(v)) {
            problems.add(error(row, field, v, Message.of("field.controlChar")));
        } else if (v.length() > maxLength) {
            problems.add(error(row, field, v, Message.of("field.tooLong", maxLength, v.length())));
        }
        return v;
    }

    private int positiveInt(CsvRecord row, CatalogField field, List<ImportProblem> problems) {
        String v = value(row, field);
        if (v.isEmpty()) {
            problems.add(error(row, field, v, Message.of("field.required")));
            return 0;
        }
        if (v.length() <= 9 && allDigits(v, 0, v.length())) {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        }
        problems.add(error(row, field, v, Message.of("field.positiveInt")));
        return 0;
    }

    private BigDecimal amount(CsvRecord row, CatalogField field, List<ImportProblem> problems) {
        String v = value(row, field);
        if (v.isEmpty()) {
            problems.add(error(row, field, v, Message.of("field.required")));
            return BigDecimal.ZERO;
        }
        // A decimal comma is what Russian Excel writes; there is no thousands separator to confuse it with.
        String normalised = v.replace(',', '.');
        int dot = normalised.indexOf('.');
        int whole = dot < 0 ? normalised.length() : dot;
        int decimals = dot < 0 ? 0 : normalised.length() - dot - 1;
        if (whole >= 1
                && whole <= 9
                && allDigits(normalised, 0, whole)
                && (dot < 0 || decimals >= 1 && decimals <= 2 && allDigits(normalised, dot + 1, normalised.length()))) {
            return new BigDecimal(normalised);
        }
        problems.add(error(row, field, v, Message.of("field.decimal")));
        return BigDecimal.ZERO;
    }

    // Hand-written rather than regular expressions: this runs on every cell of a 100,000-row import.
    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(List<RussianText.ForeignLetter> letters) {
        StringBuilder sb = new StringBuilder();
        for (RussianText.ForeignLetter l : letters) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('"')
                    .append(l.letter())
                    .append("\" (")
                    .append(l.position())
                    .append(')');
        }
        return sb.toString();
    }
}
