package org.packbench.marking;

import java.util.Optional;
import org.packbench.catalog.Sku;
import org.packbench.i18n.ProblemException;

/**
 * The verdict on one scanned marking code: read through the GS1 engine, of the right product, and
 * not used before. What Упаковка and {@code marks check} both ask.
 */
public final class MarkingCheck {
    private final MarkingRecords records;

    public MarkingCheck(MarkingRecords records) {
        this.records = records;
    }

    /**
     * The code, when it is readable, of {@code product} (if one is named) and unused; otherwise a
     * {@code ProblemException} naming what is wrong and what to do.
     */
    public MarkingCode check(String scanned, Optional<String> gsStandIn, Optional<Sku> product) {
        MarkingCode code = MarkingCodeReader.read(scanned, gsStandIn);
        if (product.isPresent() && !sameGtin(code.gtin(), product.get().gtin().digits())) {
            throw new ProblemException(
                    "marks.wrongProduct",
                    code.gtin(),
                    product.get().sku(),
                    product.get().gtin().digits());
        }
        Optional<MarkingRecords.Use> used = records.use(code.identity());
        if (used.isPresent()) {
            throw new ProblemException(
                    "marks.used",
                    code.shown(),
                    used.get().order(),
                    used.get().at(),
                    used.get().bench());
        }
        return code;
    }

    /** A GTIN-13 in the catalog is the GTIN-14 of a DataMatrix with a leading zero. */
    static boolean sameGtin(String fourteen, String catalog) {
        String c = catalog.length() < 14 ? "0".repeat(14 - catalog.length()) + catalog : catalog;
        return fourteen.equals(c);
    }
}
