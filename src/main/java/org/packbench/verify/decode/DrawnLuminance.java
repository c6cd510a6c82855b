package org.packbench.verify.decode;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;

/** A region of the print raster drawn row by row as ZXing reads it ({@link Luminance#drawnAsRead}). */
public final class DrawnLuminance extends LuminanceSource {
    /** Draws rows {@code top} to {@code top + rows} of the region, its whole width, as a 1-bit raster. */
    @FunctionalInterface
    public interface Drawing {
        BufferedImage rows(int top, int rows);
    }

    private final Drawing drawing;
    private byte[] matrix;

    DrawnLuminance(int width, int height, Drawing drawing) {
        super(width, height);
        this.drawing = drawing;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        if (y < 0 || y >= getHeight()) {
            throw new IllegalArgumentException("row " + y + " is outside the zone's " + getHeight());
        }
        int w = getWidth();
        if (matrix != null) {
            byte[] out = row != null && row.length >= w ? row : new byte[w];
            System.arraycopy(matrix, y * w, out, 0, w);
            return out;
        }
        return new RasterLuminance(drawing.rows(y, 1), 0, 0, w, 1).getRow(0, row);
    }

    @Override
    public byte[] getMatrix() {
        if (matrix == null) {
            matrix = new RasterLuminance(drawing.rows(0, getHeight()), 0, 0, getWidth(), getHeight()).getMatrix();
        }
        return matrix;
    }
}
