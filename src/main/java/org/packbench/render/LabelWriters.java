package org.packbench.render;

import java.util.EnumMap;
import java.util.Map;

/**
 * The writers by format, the one place a format is matched to the code that writes it. Every
 * writer here holds no state per label, so one registry serves every thread.
 */
public final class LabelWriters {
    private static final LabelWriters STANDARD = new LabelWriters(new RasterWriter());

    private final Map<LabelFormat, LabelWriter> byFormat = new EnumMap<>(LabelFormat.class);

    /** The writers drawing with {@code raster}'s typeface; the thermal ones cut their pictures from it. */
    public LabelWriters(RasterWriter raster) {
        register(new PdfWriter(raster.typeface()));
        register(raster);
        register(new ZplWriter(raster, true));
        register(new TsplWriter(raster));
        for (LabelFormat f : LabelFormat.values()) {
            if (!byFormat.containsKey(f)) {
                throw new IllegalStateException("no writer for " + f);
            }
        }
    }

    /** The writers with the bundled typeface. */
    public static LabelWriters standard() {
        return STANDARD;
    }

    public LabelWriter of(LabelFormat format) {
        return byFormat.get(format);
    }

    private void register(LabelWriter writer) {
        if (byFormat.putIfAbsent(writer.format(), writer) != null) {
            throw new IllegalStateException("two writers for " + writer.format());
        }
    }
}
