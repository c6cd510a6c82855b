package org.packbench.render;

import java.util.function.Supplier;

/**
 * The 1-bit rasters of text and watermarks, kept for reuse. One label's text is rasterised for the
 * readback and again by the ZPL or TSPL writer, and a bench prints the same product name and the
 * same DAC watermark all day; rasterising glyphs was a third of the time from scan to printer.
 *
 * <p>A raster depends only on the typeface, the resolution and the values it is made from (lines
 * and watermarks are records, equal by value), so a cached one is exactly what would be drawn
 * again. Callers only read the images they get.
 */
final class RasterCache {
    /** Enough for a day's worth of distinct product names on a bench; a few megabytes at most. */
    private static final int ENTRIES = 512;

    private record Key(Object typeface, int dpi, Object content, int width, int height) {}

    private static final BoundedCache<Key, DotImage> CACHE = new BoundedCache<>(ENTRIES);

    private RasterCache() {}

    static DotImage get(Object typeface, int dpi, Object content, int width, int height, Supplier<DotImage> draw) {
        return CACHE.get(new Key(typeface, dpi, content, width, height), draw);
    }
}
