package org.packbench.verify.rules;

import java.util.List;
import org.packbench.i18n.Message;
import org.packbench.verify.Finding;
import org.packbench.verify.LabelContext;
import org.packbench.verify.Rule;
import org.packbench.verify.Severity;

/** A tracking number belongs to one order. */
public final class TrackingNotReused implements Rule {
    @Override
    public String name() {
        return "tracking-not-reused";
    }

    @Override
    public List<Finding> check(LabelContext label) {
        return label.trackingOwner()
                .map(order -> List.of(new Finding(name(), Severity.BLOCK, Message.of("rule.trackingReused", order))))
                .orElse(List.of());
    }
}
