package org.packbench.verify;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/** A region of a raster as ZXing's luminance; 1-bit and greyscale rasters both read as grey levels. */
final class RasterLuminance extends LuminanceSource {
    private final byte[] grey;

    RasterLuminance(BufferedImage image, int left, int top, int width, int height) {
        super(width, height);
        grey = new byte[width * height];
        Raster r = image.getRaster();
        boolean binary = image.getType() == BufferedImage.TYPE_BYTE_BINARY;
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            r.getSamples(left, top + y, width, 1, 0, row);
            for (int x = 0; x < width; x++) {
                int v = binary ? (row[x] != 0 ? 255 : 0) : row[x];
                grey[y * width + x] = (byte) v;
            }
        }
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
        System.arraycopy(grey, y * getWidth(), out, 0, getWidth());
        return out;
    }

    @Override
    public byte[] getMatrix() {
        return grey;
    }
}
