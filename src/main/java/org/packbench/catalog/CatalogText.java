package org.packbench.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.packbench.i18n.ProblemException;

/**
 * The whole text of a small file already in memory (a batch file, an order list) and the
 * encoding it was read in, by the catalog's rules: UTF-8 or Windows-1251 throughout, detected.
 */
public record CatalogText(String text, Charset charset) {

    public static final Charset WINDOWS_1251 = CatalogEncoding.WINDOWS_1251;

    /** @throws ProblemException for a file of two encodings, naming the line and byte offset */
    public static CatalogText decode(byte[] bytes) {
        CatalogEncoding encoding;
        try {
            encoding = CatalogEncoding.of(CatalogSource.of(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CatalogText(
                new String(bytes, encoding.bomLength(), bytes.length - encoding.bomLength(), encoding.charset()),
                encoding.charset());
    }
}
