package org.packbench.marketplace.orders;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.outbox.PushState;

/**
 * One thing a marketplace wants done for an order by a given time.
 *
 * @param met whether it is done (a label printed, a tracking number known, the parcel dispatched;
 *     where the bench reports it itself, the marketplace's acknowledgement)
 * @param push where the bench's own report of it stands (waiting, failed…), when it sends one
 */
public record Deadline(Order order, Kind kind, Instant due, boolean met, Optional<PushState> push) {

    public Deadline(Order order, Kind kind, Instant due, boolean met) {
        this(order, kind, due, met, Optional.empty());
    }

    /** The marketplaces' clocks: Ozon 30 min to report the label and 72 h to ship; VK 2 h to push the tracking number. */
    public enum Kind {
        OZON_LABEL(Duration.ofMinutes(30)),
        OZON_SHIP(Duration.ofHours(72)),
        VK_TRACKING(Duration.ofHours(2));

        private final Duration allowed;

        Kind(Duration allowed) {
            this.allowed = allowed;
        }

        public Duration allowed() {
            return allowed;
        }

        /**
         * The push by which the bench itself reports this deadline to the marketplace, when it
         * does: the Ozon ship report meets the label deadline, the VK tracking push the tracking
         * one. Shipping is met by the dispatch scan, which the bench does not report.
         */
        public Optional<PushKind> report() {
            return switch (this) {
                case OZON_LABEL -> Optional.of(PushKind.OZON_SHIP);
                case VK_TRACKING -> Optional.of(PushKind.VK_TRACKING);
                case OZON_SHIP -> Optional.empty();
            };
        }
    }

    /** Time left; negative once overdue. */
    public Duration remaining(Instant now) {
        return Duration.between(now, due);
    }

    public boolean overdue(Instant now) {
        return !met && now.isAfter(due);
    }
}
