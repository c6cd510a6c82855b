package org.packbench.app;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.packbench.catalog.CatalogRepository;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.gs1.Sscc;
import org.packbench.i18n.ProblemException;
import org.packbench.label.template.LabelTemplate;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.Parcel;
import org.packbench.marketplace.ozon.LogisticContent;
import org.packbench.marketplace.vk.Dac;
import org.packbench.marking.MarkingCodeReader;
import org.packbench.marking.MarkingLabelValues;

/**
 * What a template is tried with before it is used: a product of the catalog (the one named, or the
 * worst case, whose name and manufacturer are the longest together) on a sample parcel; sample
 * GS1 data for a logistic label; a sample marking code of the product for a marking label. The
 * designer's checks and {@code label check-template} fill templates from here.
 */
public final class TemplateSample {
    /** A DAC that is valid on any day the sample is made (the sample is never printed). */
    private static final String SAMPLE_DAC = "DAC7Q2M9XK4P";

    private final CatalogRepository catalog;
    private final java.util.function.Function<String, Optional<Sku>> products;
    private final Settings settings;

    TemplateSample(
            CatalogRepository catalog, java.util.function.Function<String, Optional<Sku>> products, Settings settings) {
        this.catalog = catalog;
        this.products = products;
        this.settings = settings;
    }

    /** The values and the product they came from (empty for a logistic label). */
    public record Filled(Map<String, String> values, Optional<Sku> product) {}

    /** {@code template} filled for a check; {@code sku} names the product, else the catalog's worst case. */
    public Filled fill(LabelTemplate template, Optional<String> sku, LocalDate today) {
        if (template.kind() == LabelTemplate.Kind.LOGISTIC) {
            return new Filled(
                    LogisticContent.values(
                            Sscc.compose(0, settings.get("gs1.company-prefix").orElse("4607123"), 1),
                            LogisticContent.parse(Optional.of("(02)04607123000014(37)12")),
                            settings.get("company.name").orElse("")),
                    Optional.empty());
        }
        Marketplace marketplace = Marketplace.parse(template.marketplace()).orElse(Marketplace.OTHER);
        Sku product = sku.map(
                        s -> products.apply(s).orElseThrow(() -> new ProblemException("sku.orBarcodeNotFound", s)))
                .or(() -> catalog.longestTexts(marketplace))
                .or(() -> java.util.Arrays.stream(Marketplace.values())
                        .map(catalog::longestTexts)
                        .flatMap(Optional::stream)
                        .findFirst())
                .orElseThrow(() -> new ProblemException("template.check.noCatalog"));
        if (template.kind() == LabelTemplate.Kind.MARKING) {
            String code = "01" + product.gtin().asGtin14() + "21SAMPLE0000001\u001D91EE07\u001D92"
                    + "MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ";
            return new Filled(
                    MarkingLabelValues.of(
                            MarkingCodeReader.read(code, Optional.empty()), Optional.of(product.nameRu()), "L00000001"),
                    Optional.of(product));
        }
        Map<String, String> values = LabelValues.of(
                product,
                new Parcel(sampleOrder(marketplace), "RU123456789VK", marketplace),
                Optional.of(new Dac(SAMPLE_DAC, today.minusDays(10))),
                1);
        values.put("ozon_code", "OZN1234567890");
        values.putIfAbsent("company", settings.get("company.name").orElse(""));
        return new Filled(values, Optional.of(product));
    }

    /** An order number of the marketplace's own form and usual length. */
    private static String sampleOrder(Marketplace marketplace) {
        return switch (marketplace) {
            case VK -> "VK-20261125-0042";
            case OZON -> "12345678-0001-1";
            case OTHER -> "ORDER-0042";
        };
    }
}
