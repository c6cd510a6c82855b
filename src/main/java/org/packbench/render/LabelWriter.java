package org.packbench.render;

import org.packbench.label.LabelDocument;

/**
 * The seam every label's bytes go through: one writer per {@link LabelFormat}, found in
 * {@link LabelWriters}. A new output (another printer language, another file type) is one more
 * writer in the registry; the callers, from a single label to a print job, do not change.
 */
public interface LabelWriter {
    /** The format this writer writes. */
    LabelFormat format();

    /**
     * {@code doc} in this format for a printer with {@code settings}. A printer language carries
     * the settings and copies in its own commands; a PDF repeats the page once per copy, since a
     * driver queue prints pages; a PNG is the print raster alone.
     *
     * @throws IllegalArgumentException when {@code settings} is for another resolution than the
     *                                  document's (barcode modules are whole dots and never rescaled)
     */
    byte[] bytes(LabelDocument doc, PrinterSettings settings);
}
