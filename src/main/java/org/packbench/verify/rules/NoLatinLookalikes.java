package org.packbench.verify.rules;

import java.util.List;
import org.packbench.catalog.RussianText;
import org.packbench.i18n.Message;
import org.packbench.verify.Finding;
import org.packbench.verify.LabelContext;
import org.packbench.verify.Rule;
import org.packbench.verify.Severity;

/** The Russian name has no Latin letters inside Cyrillic words (a Latin "а" looks right and is wrong). */
public final class NoLatinLookalikes implements Rule {
    @Override
    public String name() {
        return "no-latin-lookalikes";
    }

    @Override
    public List<Finding> check(LabelContext label) {
        if (label.sku().isEmpty()) {
            return List.of();
        }
        List<RussianText.ForeignLetter> letters =
                RussianText.latinInCyrillicWords(label.sku().get().nameRu());
        if (letters.isEmpty()) {
            return List.of();
        }
        org.packbench.i18n.Composed where = org.packbench.i18n.Composed.of(
                letters.stream()
                        .map(l -> "\"" + l.letter() + "\" (" + l.position() + ")")
                        .toList(),
                ", ");
        return List.of(new Finding(name(), Severity.BLOCK, Message.of("rule.lookalikes", where)));
    }
}
