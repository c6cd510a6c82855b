package org.packbench.marketplace.vk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.packbench.catalog.CatalogField;
import org.packbench.catalog.ImportProblem;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.catalog.SkuAdvisory;
import org.packbench.i18n.Message;

/**
 * VK Market's limits for one parcel: 2 kg net, 600 × 400 × 400 mm, USD 1000 declared.
 * A VK label for a SKU over a limit is refused; at catalog import they are only warnings.
 */
public final class VkParcelLimits implements SkuAdvisory {
    public static final int MAX_NET_WEIGHT_G = 2000;
    public static final int MAX_LENGTH_MM = 600;
    public static final int MAX_WIDTH_MM = 400;
    public static final int MAX_HEIGHT_MM = 400;
    public static final BigDecimal MAX_DECLARED_VALUE_USD = new BigDecimal("1000.00");

    /** One limit the SKU is over: which field, the value and the limit. */
    public record Violation(CatalogField field, String value, String limit) {
        public Message message() {
            return Message.of("vk.limit", field.column(), value, limit);
        }
    }

    public static List<Violation> violations(Sku sku) {
        List<Violation> found = new ArrayList<>();
        over(found, CatalogField.NET_WEIGHT_G, sku.netWeightG(), MAX_NET_WEIGHT_G);
        over(found, CatalogField.LENGTH_MM, sku.lengthMm(), MAX_LENGTH_MM);
        over(found, CatalogField.WIDTH_MM, sku.widthMm(), MAX_WIDTH_MM);
        over(found, CatalogField.HEIGHT_MM, sku.heightMm(), MAX_HEIGHT_MM);
        if (sku.declaredValueUsd().compareTo(MAX_DECLARED_VALUE_USD) > 0) {
            found.add(new Violation(
                    CatalogField.DECLARED_VALUE_USD,
                    sku.declaredValueUsd().toPlainString(),
                    MAX_DECLARED_VALUE_USD.toPlainString()));
        }
        return found;
    }

    private static void over(List<Violation> found, CatalogField field, int value, int limit) {
        if (value > limit) {
            found.add(new Violation(field, Integer.toString(value), Integer.toString(limit)));
        }
    }

    /**
     * Warns on every SKU over a VK limit. For a VK SKU the label will be refused; for another
     * marketplace it matters only if the SKU is later listed on VK, and is usually a typo.
     */
    @Override
    public List<ImportProblem> advise(Sku sku, int line) {
        String consequence = sku.marketplace() == Marketplace.VK ? "vk.limit.refused" : "vk.limit.ifListed";
        return violations(sku).stream()
                .map(v -> ImportProblem.warning(
                        line,
                        v.field().column(),
                        v.value(),
                        Message.of("vk.limit.warning", v.message(), Message.of(consequence))))
                .toList();
    }
}
