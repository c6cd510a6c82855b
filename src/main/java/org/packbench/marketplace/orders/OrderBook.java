package org.packbench.marketplace.orders;

import java.util.List;

/** The orders the bench knows, and what was done for each. The store implements it. */
public interface OrderBook {
    /** Adds the orders, or updates those already known (a later export may add the tracking number). */
    void save(List<Order> orders);

    /** The imported order of that number, e.g. when the packer scans the order's barcode. */
    java.util.Optional<Order> find(String number);

    /** Orders confirmed but not yet dispatched, with their progress, oldest first. */
    List<Tracked> open();

    record Tracked(Order order, OrderProgress progress) {}
}
