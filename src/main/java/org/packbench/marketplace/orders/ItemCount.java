package org.packbench.marketplace.orders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.marking.MarkingCode;

/**
 * The items of one order counted by scan as they go into the parcel: a product the order does not
 * hold, or one more than it holds, is refused, and the order is packed when every line is full.
 * Immutable: each scan answers the next count.
 */
public final class ItemCount {
    private final String order;
    private final List<OrderLine> lines;
    private final Map<String, Integer> counted;
    private final List<Marked> marks;

    /**
     * A marking code counted on a line.
     *
     * @param lineNo the order line the unit was counted on
     */
    public record Marked(int lineNo, String sku, MarkingCode code) {}

    private ItemCount(String order, List<OrderLine> lines, Map<String, Integer> counted, List<Marked> marks) {
        this.order = order;
        this.lines = lines;
        this.counted = counted;
        this.marks = marks;
    }

    /** Nothing counted yet; refused for an order without lines (nothing to check against). */
    public static ItemCount of(String order, List<OrderLine> lines) {
        if (lines.isEmpty()) {
            throw new ProblemException("orders.pack.noLines", order);
        }
        return new ItemCount(order, List.copyOf(lines), Map.of(), List.of());
    }

    /**
     * One more item of {@code sku}, scanned by its barcode or article. Refused, naming the order and
     * the product, when the order has no such line or its lines of that product are full, and when
     * the product's units need their Честный ЗНАК code: such an item counts only by its code.
     */
    public ItemCount add(String sku) {
        if (needsMarks(sku)) {
            throw new ProblemException("orders.pack.markNeeded", sku, order);
        }
        return counted(sku);
    }

    private ItemCount counted(String sku) {
        int wanted = wanted(sku);
        if (wanted == 0) {
            throw new ProblemException("orders.pack.notInOrder", sku, order);
        }
        int now = count(sku);
        if (now >= wanted) {
            throw new ProblemException("orders.pack.tooMany", sku, order, wanted);
        }
        Map<String, Integer> next = new LinkedHashMap<>(counted);
        next.put(sku, now + 1);
        return new ItemCount(order, lines, Map.copyOf(next), marks);
    }

    /**
     * One more item of {@code sku}, counted by its marking code (Честный ЗНАК): refused as {@link
     * #add(String)} refuses, and when the same code was scanned for this order already.
     */
    public ItemCount add(String sku, MarkingCode mark) {
        if (marks.stream().anyMatch(m -> m.code().identity().equals(mark.identity()))) {
            throw new ProblemException("orders.pack.markTwice", mark.shown(), order);
        }
        ItemCount counted = counted(sku);
        List<Marked> next = new ArrayList<>(marks);
        next.add(new Marked(lineFor(sku), sku, mark));
        return new ItemCount(order, lines, counted.counted, List.copyOf(next));
    }

    /** The first line of {@code sku} with a unit still without its code: where the next code goes. */
    private int lineFor(String sku) {
        for (OrderLine l : lines) {
            if (l.offerId().equals(sku)) {
                long onLine =
                        marks.stream().filter(m -> m.lineNo() == l.lineNo()).count();
                if (onLine < l.quantity()) {
                    return l.lineNo();
                }
            }
        }
        throw new IllegalStateException("no room for another code of " + sku + " in " + order);
    }

    /** The marking codes scanned for this order, in scan order. */
    public List<MarkingCode> marks() {
        return marks.stream().map(Marked::code).toList();
    }

    /** The marking codes scanned for this order with the line each was counted on, in scan order. */
    public List<Marked> marked() {
        return marks;
    }

    /** Whether a unit of {@code sku} counts only by its Честный ЗНАК code (any of its lines needs one). */
    public boolean needsMarks(String sku) {
        return lines.stream().anyMatch(l -> l.offerId().equals(sku) && l.needsMarks());
    }

    /** Whether any line of the order needs marking codes: then they go to the marketplace before the shipment. */
    public boolean needsMarks() {
        return lines.stream().anyMatch(OrderLine::needsMarks);
    }

    /** Marking codes still to scan: a unit of a line that needs one counts only by its code, so one per unit left. */
    public int marksMissing() {
        int m = 0;
        for (String sku : lines.stream().map(OrderLine::offerId).distinct().toList()) {
            if (needsMarks(sku)) {
                m += wanted(sku) - count(sku);
            }
        }
        return m;
    }

    public int count(String sku) {
        return counted.getOrDefault(sku, 0);
    }

    /** How many of {@code sku} the order holds over all its lines. */
    public int wanted(String sku) {
        return lines.stream()
                .filter(l -> l.offerId().equals(sku))
                .mapToInt(OrderLine::quantity)
                .sum();
    }

    public boolean complete() {
        return lines.stream().allMatch(l -> count(l.offerId()) >= wanted(l.offerId()));
    }

    /** Items still to scan, over all lines. */
    public int missing() {
        int m = 0;
        for (String sku : lines.stream().map(OrderLine::offerId).distinct().toList()) {
            m += wanted(sku) - count(sku);
        }
        return m;
    }

    /**
     * What is still missing, for a refusal to pack: "PB-1 ×2, PB-7 ×1", and, when some of it counts
     * by marking code, how many codes are still to scan.
     */
    public Message whatIsMissing() {
        List<String> parts = new ArrayList<>();
        for (String sku : lines.stream().map(OrderLine::offerId).distinct().toList()) {
            int left = wanted(sku) - count(sku);
            if (left > 0) {
                parts.add(sku + " ×" + left);
            }
        }
        int codes = marksMissing();
        return codes > 0
                ? Message.of("orders.pack.incompleteMarks", order, String.join(", ", parts), codes)
                : Message.of("orders.pack.incomplete", order, String.join(", ", parts));
    }

    public String order() {
        return order;
    }

    public List<OrderLine> lines() {
        return lines;
    }
}
