package org.packbench.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Where the catalog is kept. The domain owns this port; the store implements it. */
public interface CatalogRepository {

    /**
     * Runs {@code work} in one write transaction, committed only when the result it returns
     * was {@linkplain ImportResult#written() written}; otherwise, or when it throws, nothing of it
     * is kept. Other writers wait until it ends, so what it finds in the catalog stays so.
     */
    ImportResult importing(boolean replace, Function<ImportSession, ImportResult> work);

    /** The write of one import, chunk by chunk; also where it remembers the codes it has seen. */
    interface ImportSession extends FirstLines {
        /** Which of {@code skus} the catalog held before this import. */
        Set<String> existing(Collection<String> skus);

        /**
         * Writes {@code skus}. Existing records are replaced only when the session was opened to
         * replace; otherwise a clash fails the whole import.
         */
        void write(List<Sku> skus);
    }

    Optional<Sku> find(String sku);

    Optional<Sku> findByGtin(String gtin);

    /** SKUs whose code, GTIN or name contains {@code text} (case-insensitive), ordered by SKU. */
    List<Sku> search(String text, int limit);

    int count();

    /**
     * The SKU of {@code marketplace} whose name and manufacturer are the longest together: the worst
     * case a label template has to fit.
     */
    Optional<Sku> longestTexts(Marketplace marketplace);
}
