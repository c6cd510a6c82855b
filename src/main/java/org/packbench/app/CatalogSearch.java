package org.packbench.app;

import java.util.List;
import java.util.Optional;
import org.packbench.catalog.CatalogRepository;
import org.packbench.catalog.Sku;
import org.packbench.scan.ScanInput;

/**
 * The catalog search box as a scanner feeds it: a barcode or SKU scanned while the bench's keyboard
 * is on the Russian layout arrives as ЗИ-7-003 and finds nothing, so it is read again as the keys
 * typed it (PB-7-003), by the same {@link ScanInput} rule Упаковка and Отгрузка use. A Cyrillic
 * search that finds something as typed (a product name) is left alone.
 */
public final class CatalogSearch {
    private final CatalogRepository catalog;

    public CatalogSearch(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    public List<Sku> search(String query, int limit) {
        List<Sku> found = catalog.search(query, limit);
        if (!found.isEmpty() || query == null || query.isBlank()) {
            return found;
        }
        String repaired =
                new ScanInput(Optional.empty(), q -> !catalog.search(q, 1).isEmpty()).read(query);
        return repaired.equals(query) ? found : catalog.search(repaired, limit);
    }
}
