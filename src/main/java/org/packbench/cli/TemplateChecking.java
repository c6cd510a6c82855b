package org.packbench.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.packbench.app.TemplateSample;
import org.packbench.app.Workbench;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;
import org.packbench.render.BundledTypeface;
import org.packbench.render.RasterWriter;
import org.packbench.verify.PrintRaster;
import org.packbench.verify.design.DesignCheck;
import org.packbench.verify.design.DesignReport;

/**
 * The designer's checks as {@code label check-template} runs them: the template filled with the
 * catalog's worst case (or a product named), laid out at the printer's dpi, read back from the
 * print raster. Said in the same lines and JSON as there, so a script reads both alike.
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
                out.println((f.blocksUse() ? "error: " : "warning: ")
                        + (f.elementId().isEmpty() ? "" : f.elementId() + ": ")
                        + f.message().in(locale));
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
            m.put(
                    "findings",
                    report.findings().stream()
                            .map(f -> {
                                Map<String, Object> e = new LinkedHashMap<>();
                                e.put("element", f.elementId());
                                e.put("problem", f.problem().name().toLowerCase(Locale.ROOT));
                                e.put("blocks", f.blocksUse());
                                e.put("message", f.message().in(locale));
                                return e;
                            })
                            .toList());
            return m;
        }
    }

    private TemplateChecking() {}

    /**
     * @throws org.packbench.i18n.ProblemException when there is nothing to fill it with (an empty
     *     catalog) or the product named is not in the catalog
     */
    static Checked check(Workbench bench, LabelTemplate template, Optional<String> sku, int dpi) {
        TemplateSample.Filled filled = bench.templateSample().fill(template, sku, LocalDate.now(bench.clock()));
        DesignReport report = new DesignCheck(
                        new LabelComposer(BundledTypeface.get()),
                        doc -> PrintRaster.whole(new RasterWriter().printRaster(doc)))
                .check(template, filled.values(), dpi);
        return new Checked(template, dpi, filled.product(), report);
    }
}
