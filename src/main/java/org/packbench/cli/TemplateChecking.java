package org.packbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.packbench.app.Workbench;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import org.packbench.label.template.LabelTemplate;
import org.packbench.verify.design.DesignReport;

/**
 * The designer's checks on the command line ({@code label check-template}, {@code label
 * import-glabels}): {@link org.packbench.app.TemplateDesigns#check} decides, this says it, in the
 * same lines and JSON for both commands, so a script reads both alike.
 */
final class TemplateChecking {
    /** A template checked, and the product it was filled with. */
    record Checked(LabelTemplate template, int dpi, Optional<Sku> product, DesignReport report) {
        boolean usable() {
            return report.savableForUse();
        }

        /** Each finding on its own line, then the verdict. */
        void print(PrintWriter out, Locale locale) {
            for (var f : report.findings()) {
                out.println(TemplateCommands.line(f, locale));
            }
            out.println(Message.of(
                            usable() ? "template.check.usable" : "template.check.notUsable",
                            template.id(),
                            dpi,
                            product.map(Sku::sku).orElse("-"),
                            report.blocking().size())
                    .in(locale));
        }

        Map<String, Object> json(Locale locale) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("template", template.id());
            m.put("dpi", dpi);
            m.put("sample_sku", product.map(Sku::sku).orElse(null));
            m.put("usable", usable());
            m.put("findings", TemplateCommands.findings(report, locale));
            return m;
        }
    }

    private TemplateChecking() {}

    /**
     * @throws org.packbench.i18n.ProblemException when there is nothing to fill it with (an empty
     *     catalog) or the product named is not in the catalog
     */
    static Checked check(Workbench bench, LabelTemplate template, Optional<String> sku, int dpi) {
        var checked = bench.templateDesigns().check(template, sku, dpi);
        return new Checked(template, dpi, checked.sample().product(), checked.report());
    }
}
