package org.packbench.render;

import org.packbench.label.Dots;

/**
 * The frame of one ZPL II label job, the same for every ZPL this app sends: ^XA and the label's
 * size, home offset, darkness and speed before the fields; the copies and ^XZ after them.
 */
public final class ZplJob {
    private ZplJob() {}

    /**
     * @param utf8FieldData whether field data follows that may be more than ASCII: then ^CI28, so
     *                      that nothing in a ^FD depends on the printer's code page
     */
    public static void begin(
            StringBuilder z, int widthDots, int heightDots, PrinterSettings settings, boolean utf8FieldData) {
        int dpi = settings.dpi();
        z.append("^XA\n");
        if (utf8FieldData) {
            z.append("^CI28\n");
        }
        z.append("^PW").append(widthDots).append('\n');
        z.append("^LL").append(heightDots).append('\n');
        // Always set, so a home offset left by an earlier job cannot move this label.
        z.append("^LH")
                .append(Dots.of(settings.xOffsetMm(), dpi))
                .append(',')
                .append(Dots.of(settings.yOffsetMm(), dpi))
                .append('\n');
        settings.darkness().ifPresent(d -> z.append("^MD").append(d).append('\n'));
        settings.speed().ifPresent(s -> z.append("^PR").append(s).append('\n'));
    }

    public static void end(StringBuilder z, PrinterSettings settings) {
        z.append("^PQ").append(settings.copies()).append('\n');
        z.append("^XZ\n");
    }
}
