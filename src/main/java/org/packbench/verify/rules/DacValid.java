package org.packbench.verify.rules;

import java.util.List;
import org.packbench.catalog.Marketplace;
import org.packbench.i18n.Message;
import org.packbench.marketplace.vk.Dac;
import org.packbench.verify.Finding;
import org.packbench.verify.LabelContext;
import org.packbench.verify.Rule;
import org.packbench.verify.Severity;

/** A VK label carries a DAC valid today, and its watermark; a DAC close to expiry is a warning. */
public final class DacValid implements Rule {
    @Override
    public String name() {
        return "dac-valid";
    }

    @Override
    public List<Finding> check(LabelContext label) {
        if (label.marketplace() != Marketplace.VK) {
            return List.of();
        }
        if (label.dac().isEmpty() || label.document().watermark().isEmpty()) {
            return List.of(new Finding(name(), Severity.BLOCK, Message.of("rule.dacMissing")));
        }
        Dac dac = label.dac().get();
        return switch (dac.status(label.today())) {
            case VALID -> List.of();
            case EXPIRING_SOON -> List.of(new Finding(
                    name(),
                    Severity.WARN,
                    Message.of("dac.expiringSoon", dac.code(), dac.lastValidDay(), dac.daysLeft(label.today()))));
            case EXPIRED -> List.of(
                    new Finding(name(), Severity.BLOCK, Message.of("dac.expired", dac.code(), dac.lastValidDay())));
            case NOT_YET_VALID -> List.of(
                    new Finding(name(), Severity.BLOCK, Message.of("dac.notYetValid", dac.code(), dac.issuedOn())));
        };
    }
}
