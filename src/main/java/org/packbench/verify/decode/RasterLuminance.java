package org.packbench.verify.decode;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.Raster;

/**
 * A region of a raster as ZXing's luminance; 1-bit, greyscale and colour rasters all read as grey
 * levels.
 *
 * <p>A packed 1-bit print raster is read row by row as ZXing asks: a linear symbol decodes from
 * one or two rows of its middle, so converting the whole region first (a quarter of a million
 * dots for an A6 GS1-128) was most of the readback's time.
 */
final class RasterLuminance extends LuminanceSource {
    private final BufferedImage image;
    private final int left;
    private final int top;
    private final byte[] packed;
    private final int stride;
    private final boolean blackIsOne;
    private byte[] matrix;

    RasterLuminance(BufferedImage image, int left, int top, int width, int height) {
        super(width, height);
        this.image = image;
        this.left = left;
        this.top = top;
        Raster r = image.getRaster();
        if (image.getType() == BufferedImage.TYPE_BYTE_BINARY
                && r.getSampleModel() instanceof MultiPixelPackedSampleModel m
                && m.getPixelBitStride() == 1
                && r.getDataBuffer() instanceof DataBufferByte data
                && data.getNumBanks() == 1
                && r.getSampleModelTranslateX() == 0
                && r.getSampleModelTranslateY() == 0) {
            packed = data.getData();
            stride = m.getScanlineStride();
            // Index 0 is black in the usual binary palette; read the palette rather than assume it.
            blackIsOne = (image.getColorModel().getRGB(1) & 0xFF) < 128;
        } else {
            packed = null;
            stride = 0;
            blackIsOne = false;
        }
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        int w = getWidth();
        byte[] out = row != null && row.length >= w ? row : new byte[w];
        if (matrix != null) {
            System.arraycopy(matrix, y * w, out, 0, w);
        } else {
            fill(y, out, 0);
        }
        return out;
    }

    @Override
    public byte[] getMatrix() {
        if (matrix == null) {
            int w = getWidth();
            byte[] m = new byte[w * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                fill(y, m, y * w);
            }
            matrix = m;
        }
        return matrix;
    }

    private void fill(int y, byte[] out, int offset) {
        int w = getWidth();
        if (packed != null) {
            int base = (top + y) * stride;
            for (int x = 0; x < w; x++) {
                int col = left + x;
                boolean one = (packed[base + (col >> 3)] & (0x80 >>> (col & 7))) != 0;
                out[offset + x] = one == blackIsOne ? 0 : (byte) 255;
            }
            return;
        }
        if (image.getRaster().getNumBands() >= 3) {
            int[] rgb = image.getRGB(left, top + y, w, 1, null, 0, w);
            for (int x = 0; x < w; x++) {
                int p = rgb[x];
                // ITU-R BT.601 luma, in integers.
                out[offset + x] =
                        (byte) ((306 * ((p >> 16) & 0xFF) + 601 * ((p >> 8) & 0xFF) + 117 * (p & 0xFF)) >> 10);
            }
            return;
        }
        boolean binary = image.getType() == BufferedImage.TYPE_BYTE_BINARY;
        int[] samples = image.getRaster().getSamples(left, top + y, w, 1, 0, new int[w]);
        for (int x = 0; x < w; x++) {
            out[offset + x] = (byte) (binary ? (samples[x] != 0 ? 255 : 0) : samples[x]);
        }
    }
}
