package org.packbench.app;

import java.util.Optional;
import org.packbench.catalog.Sku;
import org.packbench.i18n.ProblemException;
import org.packbench.marking.MarkingCheck;
import org.packbench.marking.MarkingCode;
import org.packbench.scan.KeyboardLayouts;

/**
 * A scanned marking code as this bench reads it: typed under the Russian layout repaired, its GS
 * stand-in the bench's setting, the product looked up in the catalog. {@code marks check} and
 * Упаковка ask the same {@link MarkingCheck}.
 */
public final class MarkingService {
    private final MarkingCheck check;
    private final LabelService products;
    private final Optional<String> gsStandIn;

    MarkingService(MarkingCheck check, LabelService products, Optional<String> gsStandIn) {
        this.check = check;
        this.products = products;
        this.gsStandIn = gsStandIn;
    }

    /** The verdict on {@code scanned}, for {@code sku} when one is named (its SKU or barcode). */
    public MarkingCode check(String scanned, Optional<String> sku) {
        Optional<Sku> product =
                sku.map(s -> products.find(s).orElseThrow(() -> new ProblemException("sku.orBarcodeNotFound", s)));
        // A marking code is ASCII: Cyrillic in it means the bench's keyboard was on the Russian layout.
        String code = KeyboardLayouts.looksRussian(scanned) ? KeyboardLayouts.russianToUs(scanned) : scanned;
        return check.check(code, gsStandIn, product);
    }
}
