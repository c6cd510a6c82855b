package org.packbench.verify.rules;

import java.util.ArrayList;
import java.util.List;
import org.packbench.verify.Finding;
import org.packbench.verify.LabelContext;
import org.packbench.verify.Rule;

/** The one rule engine the GUI and the CLI run on every label before it may print. */
public final class PrePrintChecks {
    private final List<Rule> rules;

    public PrePrintChecks(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static PrePrintChecks standard() {
        return new PrePrintChecks(List.of(
                new RequiredFields(),
                new TextMatchesRecord(),
                new NoLatinLookalikes(),
                new MinimumTextSize(),
                new DacValid(),
                new ParcelWithinLimits(),
                new TrackingNotReused(),
                new BarcodeDataValid()));
    }

    public List<Finding> check(LabelContext label) {
        List<Finding> all = new ArrayList<>();
        for (Rule r : rules) {
            all.addAll(r.check(label));
        }
        return all;
    }

    public List<String> ruleNames() {
        return rules.stream().map(Rule::name).toList();
    }
}
