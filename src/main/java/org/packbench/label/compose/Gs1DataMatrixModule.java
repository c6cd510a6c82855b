package org.packbench.label.compose;

import org.packbench.label.Dots;

/**
 * The module (X-dimension) of a GS1 DataMatrix for Честный ЗНАК: between 0.255 and 0.680 mm, and
 * a whole number of printer dots, since a module split across dots prints uneven and a verifier
 * grades it down. The template's size is kept as nearly as the dot grid allows; when the nearest
 * whole number of dots falls below the range (0.3 mm at 203 dpi is 2 dots, 0.250 mm), one dot
 * more is taken.
 */
public final class Gs1DataMatrixModule {
    public static final double MIN_MM = 0.255;
    public static final double MAX_MM = 0.680;

    private Gs1DataMatrixModule() {}

    /** Dots per module at {@code dpi} for a template asking {@code moduleMm}; 0 when no whole number of dots fits the range. */
    public static int dots(double moduleMm, int dpi) {
        int dots = Math.max(1, (int) Math.round(moduleMm * dpi / Dots.MM_PER_INCH));
        while (Dots.toMm(dots, dpi) < MIN_MM - 1e-9) {
            dots++;
        }
        return Dots.toMm(dots, dpi) <= MAX_MM + 1e-9 ? dots : 0;
    }
}
