package org.packbench.catalog;

import java.util.List;

/**
 * A rule from outside the catalog (a marketplace's parcel limits, say) that warns about a SKU
 * at import without blocking it; the marketplace enforces it later, when a label is made.
 */
@FunctionalInterface
public interface SkuAdvisory {
    /** Warnings for {@code sku}, which was read from {@code line} of the file. */
    List<ImportProblem> advise(Sku sku, int line);
}
