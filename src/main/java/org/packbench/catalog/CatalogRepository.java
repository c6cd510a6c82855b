package org.packbench.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the catalog is kept. The domain owns this port; the store implements it. */
public interface CatalogRepository {

    /** Progress of a long write: {@code done} of {@code total} records. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> { };

        void report(long done, long total);
    }

    /** Which of {@code skus} the catalog holds already. */
    Set<String> existing(Collection<String> skus);

    /**
     * Writes every SKU in one transaction: all of them or, on any failure, none. Existing
     * records are replaced only when {@code replace} is set; otherwise a clash fails the whole write.
     */
    void saveAll(List<Sku> skus, boolean replace, Progress progress);

    Optional<Sku> find(String sku);

    Optional<Sku> findByGtin(String gtin);

    /** SKUs whose code, GTIN or name contains {@code text} (case-insensitive), ordered by SKU. */
    List<Sku> search(String text, int limit);

    int count();
}
