package org.packbench.marketplace.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An order as a marketplace account's API gave it: the order, which account it came from, where the
 * marketplace says it stands, when it must ship, and its lines.
 */
public record RemoteOrder(
        Order order, String account, String remoteStatus, Optional<Instant> shipBy, List<OrderLine> lines) {
    public RemoteOrder {
        lines = List.copyOf(lines);
    }
}
