package org.packbench.marketplace.orders;

import java.time.ZoneId;

/** Imports an order list: all of it when every row reads, none of it otherwise, so a bad export changes nothing. */
public final class OrderImport {
    private final OrderBook book;
    private final ZoneId zone;

    public OrderImport(OrderBook book, ZoneId zone) {
        this.book = book;
        this.zone = zone;
    }

    /** What the file said; the orders are saved only when {@code problems()} is empty. */
    public OrderListReader.Reading run(byte[] content) {
        OrderListReader.Reading r = new OrderListReader(zone).read(content);
        if (r.problems().isEmpty()) {
            book.save(r.orders());
        }
        return r;
    }
}
