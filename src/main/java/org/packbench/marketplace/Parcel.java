package org.packbench.marketplace;

import org.packbench.catalog.Marketplace;
import org.packbench.i18n.ProblemException;

/** An order's parcel and the tracking number the marketplace gave it. A tracking number belongs to one order only. */
public record Parcel(String order, String tracking, Marketplace marketplace) {
    public Parcel {
        order = order == null ? "" : order.strip();
        tracking = tracking == null ? "" : tracking.strip();
        if (!order.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]{0,63}")) {
            throw new ProblemException("parcel.order", order);
        }
        if (!tracking.matches("[A-Za-z0-9][A-Za-z0-9-]{3,39}")) {
            throw new ProblemException("parcel.tracking", tracking);
        }
    }
}
