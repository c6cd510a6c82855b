package org.packbench.verify.rules;

import java.util.List;
import org.packbench.catalog.Marketplace;
import org.packbench.marketplace.vk.VkParcelLimits;
import org.packbench.verify.Finding;
import org.packbench.verify.LabelContext;
import org.packbench.verify.Rule;
import org.packbench.verify.Severity;

/** A VK parcel is within 2 kg, 600 × 400 × 400 mm and USD 1000. */
public final class ParcelWithinLimits implements Rule {
    @Override
    public String name() {
        return "parcel-within-limits";
    }

    @Override
    public List<Finding> check(LabelContext label) {
        if (label.marketplace() != Marketplace.VK || label.sku().isEmpty()) {
            return List.of();
        }
        return VkParcelLimits.violations(label.sku().get()).stream()
                .map(v -> new Finding(name(), Severity.BLOCK, v.message()))
                .toList();
    }
}
