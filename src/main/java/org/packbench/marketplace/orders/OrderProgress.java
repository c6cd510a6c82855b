package org.packbench.marketplace.orders;

/** What the bench has done for an order so far, as its label log shows. */
public record OrderProgress(boolean labelIssued, boolean trackingKnown, boolean dispatched) {}
