package org.packbench.verify.rules;

import java.util.ArrayList;
import java.util.List;
import org.packbench.catalog.CatalogField;
import org.packbench.catalog.Marketplace;
import org.packbench.i18n.Message;
import org.packbench.label.TextBlock;
import org.packbench.verify.Finding;
import org.packbench.verify.LabelContext;
import org.packbench.verify.Rule;
import org.packbench.verify.Severity;

/** A Russian product label shows the name, the net weight and the manufacturer, each filled in. */
public final class RequiredFields implements Rule {
    static final List<CatalogField> REQUIRED =
            List.of(CatalogField.NAME_RU, CatalogField.NET_WEIGHT_G, CatalogField.MANUFACTURER);

    @Override
    public String name() {
        return "required-fields";
    }

    @Override
    public List<Finding> check(LabelContext label) {
        List<Finding> found = new ArrayList<>();
        if (label.sku().isEmpty() || !label.regulated() || label.marketplace() != Marketplace.VK) {
            return found;
        }
        for (CatalogField f : REQUIRED) {
            String value = label.sku().get().field(f);
            boolean shown =
                    label.document().texts().stream().map(TextBlock::fields).anyMatch(l -> l.contains(f.column()));
            if (value.isBlank() || !shown) {
                found.add(new Finding(name(), Severity.BLOCK, Message.of("rule.required", f.column())));
            }
        }
        return found;
    }
}
