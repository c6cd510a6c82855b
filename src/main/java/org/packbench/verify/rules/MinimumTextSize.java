package org.packbench.verify.rules;

import java.util.ArrayList;
import java.util.List;
import org.packbench.i18n.Message;
import org.packbench.label.TextBlock;
import org.packbench.label.TextLine;
import org.packbench.label.template.LabelTemplate;
import org.packbench.verify.Finding;
import org.packbench.verify.LabelContext;
import org.packbench.verify.Rule;
import org.packbench.verify.Severity;

/** Every text of a Russian product label is 10 pt or larger. */
public final class MinimumTextSize implements Rule {
    @Override
    public String name() {
        return "minimum-text-size";
    }

    @Override
    public List<Finding> check(LabelContext label) {
        List<Finding> found = new ArrayList<>();
        if (!label.regulated()) {
            return found;
        }
        for (TextBlock block : label.document().texts()) {
            for (TextLine line : block.lines()) {
                if (line.sizePt() < LabelTemplate.REGULATED_MIN_PT - 1e-9) {
                    found.add(new Finding(
                            name(),
                            Severity.BLOCK,
                            Message.of("rule.smallText", block.elementId(), line.sizePt(), line.text())));
                }
            }
        }
        return found;
    }
}
