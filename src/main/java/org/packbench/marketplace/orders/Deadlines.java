package org.packbench.marketplace.orders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.packbench.catalog.Marketplace;

/** The deadlines an order is under, counted from the moment the marketplace confirmed it. */
public final class Deadlines {
    private Deadlines() {}

    public static List<Deadline> of(Order order, OrderProgress progress) {
        List<Deadline> out = new ArrayList<>();
        if (order.marketplace() == Marketplace.OZON) {
            out.add(deadline(order, Deadline.Kind.OZON_LABEL, progress.labelIssued()));
            out.add(deadline(order, Deadline.Kind.OZON_SHIP, progress.dispatched()));
        } else if (order.marketplace() == Marketplace.VK) {
            out.add(deadline(
                    order,
                    Deadline.Kind.VK_TRACKING,
                    progress.trackingKnown() || order.tracking().isPresent()));
        }
        return out;
    }

    /**
     * What the open orders still owe, the soonest first: the list Сроки and
     * {@code orders deadlines} both show.
     */
    public static List<Deadline> pending(OrderBook book) {
        List<Deadline> all = new ArrayList<>();
        for (OrderBook.Tracked t : book.open()) {
            of(t.order(), t.progress()).stream().filter(d -> !d.met()).forEach(all::add);
        }
        all.sort(Comparator.comparing(Deadline::due));
        return all;
    }

    private static Deadline deadline(Order order, Deadline.Kind kind, boolean met) {
        return new Deadline(order, kind, order.confirmedAt().plus(kind.allowed()), met);
    }
}
