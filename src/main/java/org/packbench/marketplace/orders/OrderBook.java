package org.packbench.marketplace.orders;

import java.util.List;

/** The orders the bench knows, and what was done for each. The store implements it. */
public interface OrderBook {
    /** Adds the orders, or updates those already known (a later export may add the tracking number). */
    void save(List<Order> orders);

    /** The imported order of that number, e.g. when the packer scans the order's barcode. */
    java.util.Optional<Order> find(String number);

    /**
     * Adds or updates orders from a marketplace's API with their lines; an order's lines are
     * replaced by the ones given, as the marketplace has them now.
     */
    void saveRemote(List<RemoteOrder> orders);

    /** The order with its account, remote status and lines, if it came from a marketplace's API. */
    java.util.Optional<RemoteOrder> remote(String number);

    /** Notes where the marketplace now says the order stands (after a ship call, say). */
    void remoteStatus(String number, String status);

    /** Orders confirmed but not yet dispatched, with their progress, oldest first. */
    List<Tracked> open();

    record Tracked(Order order, OrderProgress progress) {}
}
