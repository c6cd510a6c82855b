package org.packbench.verify;

import java.time.LocalDate;
import java.util.Optional;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.label.LabelDocument;
import org.packbench.marketplace.vk.Dac;

/**
 * Everything the pre-print rules look at: the laid-out document and what it was made from.
 *
 * @param sku            the catalog record, empty for a logistic label
 * @param trackingOwner  the order that already owns the parcel's tracking number, if another one does
 */
public record LabelContext(
        LabelDocument document,
        Optional<Sku> sku,
        Marketplace marketplace,
        boolean regulated,
        Optional<Dac> dac,
        LocalDate today,
        Optional<String> trackingOwner) {}
