package org.packbench.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.packbench.app.DemoCatalog;
import org.packbench.app.TemplateLibrary;
import org.packbench.catalog.CatalogReader;
import org.packbench.catalog.Marketplace;
import org.packbench.label.LabelDocument;
import org.packbench.label.compose.LabelComposer;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.Parcel;
import org.packbench.marketplace.vk.Dac;
import org.packbench.render.BundledTypeface;

/** The label the benchmarks measure: the demo catalog's first SKU on a VK template, laid out once. */
final class BenchLabels {
    private BenchLabels() {}

    static LabelDocument vk(String template, int dpi) {
        return new LabelComposer(BundledTypeface.get())
                .compose(TemplateLibrary.bundled().get(template), values(), dpi);
    }

    /** The values the benchmark label is filled from. */
    static java.util.Map<String, String> values() {
        var sku = new CatalogReader(List.of())
                .read(DemoCatalog.bytes())
                .validRows()
                .get(0)
                .sku();
        return LabelValues.of(
                sku,
                new Parcel("VK-20261125-0042", "RU123456789VK", Marketplace.VK),
                Optional.of(new Dac("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1))),
                42);
    }
}
