package org.packbench.marketplace.vk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.packbench.catalog.CatalogField;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * The Russian commercial invoice a VK cross-border parcel travels with: who sells, which order and
 * parcel, and for each line the goods as customs declare them (name, ТН ВЭД code, country of
 * origin, EAEU certificate or declaration) with quantity, net weight and value in USD. Every text is
 * the catalog's own, never retyped. An invoice is made only complete: {@link #of} refuses a line
 * whose catalog record lacks what customs ask for, naming the line, the SKU and the column.
 *
 * @param tracking the parcel's tracking number; empty when none is known yet
 */
public record CustomsInvoice(String seller, String order, LocalDate date, String tracking, List<Line> lines) {

    /** Digits of a ТН ВЭД ЕАЭС code, as the catalog import requires them too. */
    public static final int HS_CODE_DIGITS = 10;

    public CustomsInvoice {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(tracking, "tracking");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice without lines: " + order);
        }
    }

    /** What one line is made of: the order's line number, the catalog record and how many go. */
    public record Item(int lineNo, Sku sku, int quantity) {
        public Item {
            Objects.requireNonNull(sku, "sku");
            if (lineNo < 1 || quantity < 1) {
                throw new IllegalArgumentException("line " + lineNo + " quantity " + quantity);
            }
        }
    }

    /**
     * One line of the invoice, its texts exactly as in the catalog.
     *
     * @param no the order's line number
     * @param unitNetWeightG net weight of one piece, in grams
     * @param unitValueUsd declared value of one piece, two decimals
     */
    public record Line(
            int no,
            String sku,
            String name,
            String hsCode,
            String countryOfOrigin,
            String eacCert,
            int quantity,
            int unitNetWeightG,
            BigDecimal unitValueUsd) {

        static Line of(Item item) {
            Sku s = item.sku();
            return new Line(
                    item.lineNo(),
                    s.sku(),
                    s.nameRu(),
                    s.hsCode(),
                    s.countryOfOrigin(),
                    s.eacCert(),
                    item.quantity(),
                    s.netWeightG(),
                    s.declaredValueUsd());
        }

        /** Net weight of the whole line, in grams. */
        public long netWeightG() {
            return (long) unitNetWeightG * quantity;
        }

        /** Value of the whole line in USD, two decimals. */
        public BigDecimal valueUsd() {
            return unitValueUsd.multiply(BigDecimal.valueOf(quantity)).setScale(2);
        }
    }

    /**
     * The invoice for {@code items}, or a refusal ({@code invoice.incomplete}) listing every line
     * whose record lacks its ТН ВЭД code, has one that is not ten digits, or lacks its country of
     * origin or EAEU certificate, and saying where to fill them in.
     */
    public static CustomsInvoice of(String seller, String order, LocalDate date, String tracking, List<Item> items) {
        List<Message> problems = new ArrayList<>();
        for (Item item : items) {
            problems.addAll(problems(item));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException("invoice.incomplete", order, joined(problems));
        }
        return new CustomsInvoice(
                seller, order, date, tracking, items.stream().map(Line::of).toList());
    }

    /** What customs would miss on this line, each naming the line, the SKU and the catalog column. */
    static List<Message> problems(Item item) {
        Sku s = item.sku();
        List<Message> out = new ArrayList<>(3);
        String hs = s.hsCode().strip();
        if (hs.isEmpty()) {
            out.add(missing(item, CatalogField.HS_CODE));
        } else if (!isHsCode(hs)) {
            out.add(Message.of(
                    "invoice.hsCode", item.lineNo(), s.sku(), CatalogField.HS_CODE.column(), hs, HS_CODE_DIGITS));
        }
        if (s.countryOfOrigin().isBlank()) {
            out.add(missing(item, CatalogField.COUNTRY_OF_ORIGIN));
        }
        if (s.eacCert().isBlank()) {
            out.add(missing(item, CatalogField.EAC_CERT));
        }
        return out;
    }

    static boolean isHsCode(String hs) {
        return hs.length() == HS_CODE_DIGITS && hs.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Message missing(Item item, CatalogField field) {
        return Message.of("invoice.missing", item.lineNo(), item.sku().sku(), field.column());
    }

    /** The problems as one sentence: each in the reader's language, separated by semicolons. */
    private static Message joined(List<Message> problems) {
        Message all = problems.get(problems.size() - 1);
        for (int i = problems.size() - 2; i >= 0; i--) {
            all = Message.of("invoice.and", problems.get(i), all);
        }
        return all;
    }

    public int totalQuantity() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    public long totalNetWeightG() {
        return lines.stream().mapToLong(Line::netWeightG).sum();
    }

    public BigDecimal totalValueUsd() {
        return lines.stream().map(Line::valueUsd).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
