package org.packbench.verify.rules;

import java.util.ArrayList;
import java.util.List;
import org.packbench.catalog.CatalogField;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import org.packbench.label.TextBlock;
import org.packbench.verify.Finding;
import org.packbench.verify.LabelContext;
import org.packbench.verify.Rule;
import org.packbench.verify.Severity;

/**
 * What the label prints equals the SKU record, character for character; only runs of whitespace
 * count as equal (a line break where the text wraps is a space in the record).
 */
public final class TextMatchesRecord implements Rule {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    @Override
    public String name() {
        return "text-matches-record";
    }

    @Override
    public List<Finding> check(LabelContext label) {
        List<Finding> found = new ArrayList<>();
        if (label.sku().isEmpty()) {
            return found;
        }
        Sku sku = label.sku().get();
        for (TextBlock block : label.document().texts()) {
            String printed = normalise(block.printed());
            if (!printed.equals(normalise(block.text()))) {
                found.add(new Finding(
                        name(),
                        Severity.BLOCK,
                        Message.of("rule.textChanged", block.elementId(), block.text(), block.printed())));
                continue;
            }
            for (String field : block.fields()) {
                CatalogField.forHeader(field).ifPresent(f -> {
                    String value = normalise(sku.field(f));
                    if (!value.isEmpty() && !printed.contains(value)) {
                        found.add(new Finding(
                                name(),
                                Severity.BLOCK,
                                Message.of("rule.textMismatch", field, sku.field(f), block.printed())));
                    }
                });
            }
        }
        return found;
    }

    static String normalise(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }
}
