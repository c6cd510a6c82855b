package org.packbench.render;

import java.util.ArrayList;
import java.util.List;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.LabelImage;
import org.packbench.label.Rect;
import org.packbench.label.Shape;

/**
 * Where shapes, pictures and bar modules fall on the dot grid. Each writer
 * asks here instead of converting millimetres itself, so a ^GB, a BAR and the raster rectangle of
 * the same box cover the same dots.
 */
public final class PrintGeometry {
    private PrintGeometry() {}

    /** A millimetre rectangle snapped edge by edge to dots, never thinner than one dot. */
    public static DotRect snap(Rect r, int dpi) {
        int x0 = Dots.of(r.x(), dpi);
        int y0 = Dots.of(r.y(), dpi);
        int w = Math.max(1, Dots.of(r.right(), dpi) - x0);
        int h = Math.max(1, Dots.of(r.bottom(), dpi) - y0);
        return new DotRect(x0, y0, w, h);
    }

    /** Border thickness of a box in dots, at least one dot and at most half the box. */
    public static int thickness(Shape shape, int dpi) {
        DotRect box = snap(shape.box(), dpi);
        int t = Math.max(1, Dots.of(shape.thicknessMm(), dpi));
        return Math.min(t, Math.max(1, Math.min(box.width(), box.height()) / 2));
    }

    /** The filled rectangles of a shape: one for a line, four inward borders for a box. */
    public static List<DotRect> rects(Shape shape, int dpi) {
        DotRect b = snap(shape.box(), dpi);
        if (shape.kind() == Shape.Kind.LINE) {
            return List.of(b);
        }
        int t = thickness(shape, dpi);
        return List.of(
                new DotRect(b.x(), b.y(), b.width(), t),
                new DotRect(b.x(), b.bottom() - t, b.width(), t),
                new DotRect(b.x(), b.y() + t, t, Math.max(0, b.height() - 2 * t)),
                new DotRect(b.right() - t, b.y() + t, t, Math.max(0, b.height() - 2 * t)));
    }

    /**
     * A picture scaled by a whole factor into its box and centred there; nearest-neighbour keeps
     * its edges hard, which a 1-bit printer needs.
     */
    public static DotImage image(LabelImage image, int dpi) {
        DotRect at = imagePlacement(image, dpi);
        boolean[][] px = image.pixels();
        DotImage out = DotImage.blank(at.x(), at.y(), at.width(), at.height());
        if (at.width() == 0) {
            return out;
        }
        int k = at.width() / px[0].length;
        for (int r = 0; r < at.height(); r++) {
            for (int c = 0; c < at.width(); c++) {
                if (px[r / k][c / k]) {
                    out.set(c, r);
                }
            }
        }
        return out;
    }

    /** Where {@link #image} puts the picture: a whole multiple of its pixels, centred in the box. */
    public static DotRect imagePlacement(LabelImage image, int dpi) {
        DotRect box = snap(image.box(), dpi);
        boolean[][] px = image.pixels();
        int rows = px.length;
        int cols = rows == 0 ? 0 : px[0].length;
        if (rows == 0 || cols == 0) {
            return new DotRect(box.x(), box.y(), 0, 0);
        }
        int k = Math.max(1, Math.min(box.width() / cols, box.height() / rows));
        int w = cols * k;
        int h = rows * k;
        return new DotRect(
                box.x() + Math.max(0, (box.width() - w) / 2), box.y() + Math.max(0, (box.height() - h) / 2), w, h);
    }

    /**
     * The dark modules of a symbol as runs of whole-dot rectangles at {@code dpi}. At the
     * symbol's own resolution every module is exactly {@code moduleDots} wide from
     * {@code Dots.of(x)}; at another resolution (a preview) module edges are rounded one by one.
     */
    public static List<DotRect> modules(BarcodeSymbol s, int dpi) {
        List<DotRect> out = new ArrayList<>();
        boolean twoD = s.symbology().isTwoDimensional();
        int columns = s.columns();
        int module = s.moduleDots();
        // At the symbol's own resolution the symbol's origin is rounded once, as edge() would
        // round it again for every run.
        boolean own = dpi == s.dpi();
        int left = own ? Dots.of(s.x(), dpi) : 0;
        int top = own ? Dots.of(s.y(), dpi) : 0;
        List<boolean[]> rows = s.modules();
        for (int r = 0; r < rows.size(); r++) {
            boolean[] row = rows.get(r);
            int y0;
            int y1;
            if (twoD) {
                y0 = own ? top + r * module : edge(s.y(), r * module, s.dpi(), dpi);
                y1 = own ? top + (r + 1) * module : edge(s.y(), (r + 1) * module, s.dpi(), dpi);
            } else {
                y0 = Dots.of(s.y(), dpi);
                y1 = own ? top + s.heightDots() : edge(s.y(), s.heightDots(), s.dpi(), dpi);
            }
            int c = 0;
            while (c < columns) {
                if (!row[c]) {
                    c++;
                    continue;
                }
                int start = c;
                while (c < columns && row[c]) {
                    c++;
                }
                int x0 = own ? left + start * module : edge(s.x(), start * module, s.dpi(), dpi);
                int x1 = own ? left + c * module : edge(s.x(), c * module, s.dpi(), dpi);
                out.add(new DotRect(x0, y0, x1 - x0, y1 - y0));
            }
        }
        return out;
    }

    /** The symbol's top-left dot on the label at its own resolution. */
    public static int[] origin(BarcodeSymbol s) {
        return new int[] {Dots.of(s.x(), s.dpi()), Dots.of(s.y(), s.dpi())};
    }

    private static int edge(double originMm, int symbolDots, int symbolDpi, int dpi) {
        if (dpi == symbolDpi) {
            return Dots.of(originMm, dpi) + symbolDots;
        }
        return Dots.of(originMm + Dots.toMm(symbolDots, symbolDpi), dpi);
    }
}
