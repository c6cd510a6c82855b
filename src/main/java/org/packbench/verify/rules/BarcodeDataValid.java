package org.packbench.verify.rules;

import java.util.ArrayList;
import java.util.List;
import org.packbench.catalog.Gtin;
import org.packbench.gs1.Gs1Parser;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Symbology;
import org.packbench.verify.Finding;
import org.packbench.verify.LabelContext;
import org.packbench.verify.Rule;
import org.packbench.verify.Severity;

/** The SKU's GTIN is valid, an EAN-13 on the label is that GTIN, and GS1-128 data obeys the GS1 rules. */
public final class BarcodeDataValid implements Rule {
    @Override
    public String name() {
        return "barcode-data-valid";
    }

    @Override
    public List<Finding> check(LabelContext label) {
        List<Finding> found = new ArrayList<>();
        label.sku().ifPresent(sku -> Gtin.problemWith(sku.gtin().digits())
                .ifPresent(p -> found.add(new Finding(name(), Severity.BLOCK, p))));
        for (BarcodeSymbol s : label.document().barcodes()) {
            if (s.symbology() == Symbology.EAN13
                    && label.sku().isPresent()
                    && !s.data().equals(label.sku().get().gtin().digits())) {
                found.add(new Finding(
                        name(),
                        Severity.BLOCK,
                        Message.of(
                                "rule.otherGtin",
                                s.elementId(),
                                s.data(),
                                label.sku().get().gtin().digits())));
            }
            if (s.symbology() == Symbology.GS1_128 || s.symbology() == Symbology.GS1_DATAMATRIX) {
                try {
                    Gs1Parser.parseScanDataPart((s.symbology() == Symbology.GS1_128 ? "]C1" : "]d2") + s.data());
                } catch (ProblemException e) {
                    found.add(new Finding(name(), Severity.BLOCK, Message.of("rule.gs1", s.elementId(), e.problem())));
                }
            }
        }
        return found;
    }
}
