package org.packbench.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a catalog file. An import opens it twice: once to settle the encoding of the
 * whole file, once to read its rows; neither holds more than a block of it in memory.
 */
public interface CatalogSource {
    /** A new stream from the first byte. */
    InputStream open() throws IOException;

    /** Its length in bytes, for a progress bar; -1 when not known. */
    long size();

    /** A file already in memory: an edited record, the demo catalog, a test's few rows. */
    static CatalogSource of(byte[] bytes) {
        return new CatalogSource() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public long size() {
                return bytes.length;
            }
        };
    }
}
