package org.packbench.marketplace.orders;

import java.time.Instant;
import java.util.Optional;
import org.packbench.catalog.Marketplace;

/** An order from the seller's order list: when the marketplace confirmed it, and its tracking number once known. */
public record Order(String number, Marketplace marketplace, Instant confirmedAt, Optional<String> tracking) {}
