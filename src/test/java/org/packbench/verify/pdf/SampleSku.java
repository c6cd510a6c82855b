package org.packbench.verify.pdf;

import org.packbench.TestFiles;
import org.packbench.catalog.CatalogReader;
import org.packbench.catalog.CatalogReading;
import org.packbench.catalog.Sku;

/** SKU records of the sample catalog, read as the import reads them. */
final class SampleSku {
    private SampleSku() {}

    static Sku get(String code) {
        CatalogReading reading = new CatalogReader(java.util.List.of()).read(TestFiles.sample("catalog.csv"));
        return reading.validRows().stream()
                .map(CatalogReading.Row::sku)
                .filter(s -> s.sku().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(code + " is not in the sample catalog"));
    }
}
