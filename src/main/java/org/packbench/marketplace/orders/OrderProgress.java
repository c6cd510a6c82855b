package org.packbench.marketplace.orders;

import java.util.Optional;
import org.packbench.marketplace.outbox.PushState;

/**
 * What the bench has done for an order so far, as its label log and its outbox show.
 *
 * @param shipPush where the order's Ozon ship report stands, if the bench reports it itself
 * @param trackingPush where the order's VK tracking push stands, if the bench pushes it itself
 */
public record OrderProgress(
        boolean labelIssued,
        boolean trackingKnown,
        boolean dispatched,
        Optional<PushState> shipPush,
        Optional<PushState> trackingPush) {

    /** Progress of an order the bench does not report to its marketplace itself. */
    public OrderProgress(boolean labelIssued, boolean trackingKnown, boolean dispatched) {
        this(labelIssued, trackingKnown, dispatched, Optional.empty(), Optional.empty());
    }
}
