package org.packbench.marketplace.orders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.packbench.catalog.Marketplace;
import org.packbench.marketplace.outbox.PushState;

/** The deadlines an order is under, counted from the moment the marketplace confirmed it. */
public final class Deadlines {
    private Deadlines() {}

    public static List<Deadline> of(Order order, OrderProgress progress) {
        List<Deadline> out = new ArrayList<>();
        // Where the bench reports to the marketplace itself, a deadline is met only by the
        // marketplace's acknowledgement; otherwise by what the bench did (the seller reports by hand).
        if (order.marketplace() == Marketplace.OZON) {
            out.add(new Deadline(
                    order,
                    Deadline.Kind.OZON_LABEL,
                    due(order, Deadline.Kind.OZON_LABEL),
                    progress.shipPush().map(s -> s == PushState.DELIVERED).orElse(progress.labelIssued()),
                    progress.shipPush()));
            out.add(deadline(order, Deadline.Kind.OZON_SHIP, progress.dispatched()));
        } else if (order.marketplace() == Marketplace.VK) {
            out.add(new Deadline(
                    order,
                    Deadline.Kind.VK_TRACKING,
                    due(order, Deadline.Kind.VK_TRACKING),
                    progress.trackingPush()
                            .map(s -> s == PushState.DELIVERED)
                            .orElse(progress.trackingKnown() || order.tracking().isPresent()),
                    progress.trackingPush()));
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
        return new Deadline(order, kind, due(order, kind), met);
    }

    private static java.time.Instant due(Order order, Deadline.Kind kind) {
        return order.confirmedAt().plus(kind.allowed());
    }
}
