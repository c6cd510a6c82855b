package org.packbench.marketplace.orders;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One line of an order as the marketplace sent it.
 *
 * @param offerId the seller's article: PackBench's SKU
 * @param productId the marketplace's own id of the product (Ozon's {@code sku}); "" when unknown
 * @param marking whether each unit must be scanned by its Честный ЗНАК code, as the marketplace said
 * @param exemplarIds Ozon's ids of the line's units ({@code exemplar/create-or-get}), one per unit
 *     once known; empty otherwise
 */
public record OrderLine(
        int lineNo,
        String offerId,
        String productId,
        String name,
        int quantity,
        Marking marking,
        List<Long> exemplarIds) {
    public OrderLine {
        if (lineNo < 1 || quantity < 1) {
            throw new IllegalArgumentException("line " + lineNo + " quantity " + quantity);
        }
        java.util.Objects.requireNonNull(marking, "marking");
        exemplarIds = List.copyOf(exemplarIds);
    }

    /** A line of an order whose marketplace did not say whether its units need marking codes. */
    public OrderLine(int lineNo, String offerId, String productId, String name, int quantity) {
        this(lineNo, offerId, productId, name, quantity, Marking.UNKNOWN, List.of());
    }

    /** The same line, with what the marketplace said about its marking codes. */
    public OrderLine marked(Marking m, List<Long> ids) {
        return new OrderLine(lineNo, offerId, productId, name, quantity, m, ids);
    }

    /** Whether every unit of this line must be counted by its own marking code. */
    public boolean needsMarks() {
        return marking == Marking.NEEDED;
    }

    /** Whether the units of a line need a Честный ЗНАК code each. */
    public enum Marking {
        /** Not asked yet, or the marketplace did not answer: an Ozon posting is not packed so. */
        UNKNOWN("unknown"),
        /** One code per unit ({@code is_mandatory_mark_needed}). */
        NEEDED("needed"),
        /** No code required. */
        NONE("none");

        private final String code;

        Marking(String code) {
            this.code = code;
        }

        /** The word kept in the database. */
        public String code() {
            return code;
        }

        public static Optional<Marking> parse(String code) {
            return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
        }
    }
}
