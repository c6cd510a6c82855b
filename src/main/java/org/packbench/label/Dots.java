package org.packbench.label;

/**
 * Millimetres to printer dots. Every writer converts through here, so a position rounds to the
 * same dot in the PNG preview, the readback raster, ZPL and TSPL.
 */
public final class Dots {
    public static final double MM_PER_INCH = 25.4;
    public static final double PT_PER_INCH = 72.0;

    private Dots() {}

    public static int of(double mm, int dpi) {
        return (int) Math.round(mm * dpi / MM_PER_INCH);
    }

    public static double toMm(int dots, int dpi) {
        return dots * MM_PER_INCH / dpi;
    }

    public static double ptToMm(double pt) {
        return pt * MM_PER_INCH / PT_PER_INCH;
    }

    public static double mmToPt(double mm) {
        return mm * PT_PER_INCH / MM_PER_INCH;
    }
}
