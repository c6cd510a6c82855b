package org.packbench.render;

import org.packbench.label.Dots;
import org.packbench.label.LabelImage;
import org.packbench.label.Rect;

/**
 * Millimetre positions snapped to a printer's dot grid, for writers that work in millimetres
 * (the PDF) and must put things where the thermal writers put them ({@link PrintGeometry}).
 */
public final class DotGeometry {
    private DotGeometry() {}

    /** {@code mm} moved to the nearest whole dot at {@code dpi}, in millimetres. */
    public static double snap(double mm, int dpi) {
        return Dots.toMm(Dots.of(mm, dpi), dpi);
    }

    /** Where a picture is drawn: a whole multiple of its pixels in dots, centred in its box. */
    public static Rect imageRect(LabelImage image, int dpi) {
        DotRect r = PrintGeometry.imagePlacement(image, dpi);
        return new Rect(
                Dots.toMm(r.x(), dpi), Dots.toMm(r.y(), dpi), Dots.toMm(r.width(), dpi), Dots.toMm(r.height(), dpi));
    }
}
