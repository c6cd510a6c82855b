package org.packbench.render;

import java.util.ArrayList;
import java.util.List;
import org.packbench.label.Dots;
import org.packbench.label.Rect;
import org.packbench.label.Watermark;

/**
 * Where the repetitions of a watermark go. Kept apart from any one writer so the PDF and the
 * raster previews tile the same way.
 *
 * <p>The text runs at {@code angleDeg} (counter-clockwise as seen on the label). {@code stepMm}
 * is the empty space between two repetitions: along a row, from the end of one text to the start
 * of the next; across rows, between the em boxes of neighbouring rows. Every other row is shifted
 * by half a pitch so the copies do not line up into columns. The lattice is centred on the
 * area and covers all of it; clipping to the area is the writer's job.
 */
public final class WatermarkTiles {

    /** Start of a repetition's baseline, label coordinates in mm (origin top left, y down). */
    public record Origin(double x, double y) {}

    private WatermarkTiles() {}

    /**
     * @param textWidthMm the advance width of {@code watermark.text()} at its size, in the font
     *                    the writer draws with
     */
    public static List<Origin> origins(Watermark watermark, double textWidthMm) {
        if (!(watermark.stepMm() > 0)) {
            throw new IllegalArgumentException("watermark step must be positive: " + watermark.stepMm());
        }
        double sizeMm = Dots.ptToMm(watermark.sizePt());
        double along = textWidthMm + watermark.stepMm();
        double across = sizeMm + watermark.stepMm();
        double angle = Math.toRadians(watermark.angleDeg());
        // y grows downwards on the label, so a counter-clockwise direction has a negative y part.
        double ux = Math.cos(angle);
        double uy = -Math.sin(angle);
        double vx = Math.sin(angle);
        double vy = Math.cos(angle);

        Rect area = watermark.area();
        double cx = area.x() + area.width() / 2;
        double cy = area.y() + area.height() / 2;
        double radius = Math.hypot(area.width(), area.height()) / 2;
        int rowsEachSide = (int) Math.ceil((radius + sizeMm) / across);
        int colsEachSide = (int) Math.ceil((radius + along) / along);

        List<Origin> origins = new ArrayList<>();
        for (int row = -rowsEachSide; row <= rowsEachSide; row++) {
            // The baseline sits under the em box; centre the box on the lattice row.
            double v = row * across + sizeMm / 2;
            if (Math.abs(v) > radius + sizeMm) {
                continue;
            }
            double shift = Math.floorMod(row, 2) == 1 ? along / 2 : 0;
            for (int col = -colsEachSide; col <= colsEachSide; col++) {
                double start = col * along + shift - textWidthMm / 2;
                if (start > radius || start + textWidthMm < -radius) {
                    continue;
                }
                origins.add(new Origin(cx + start * ux + v * vx, cy + start * uy + v * vy));
            }
        }
        return origins;
    }
}
