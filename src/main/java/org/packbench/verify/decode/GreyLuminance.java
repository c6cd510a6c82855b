package org.packbench.verify.decode;

import com.google.zxing.LuminanceSource;

/**
 * ZXing's view of 8-bit grey rows (0 black … 255 white), with cropping for the multiple-barcode
 * search and, when asked, quarter turns so that TRY_HARDER also reads bars printed upright.
 */
final class GreyLuminance extends LuminanceSource {
    private final byte[] pixels;
    private final int stride;
    private final int left;
    private final int top;
    private final boolean turns;

    GreyLuminance(byte[] pixels, int width, int height, boolean turns) {
        this(pixels, width, 0, 0, width, height, turns);
    }

    private GreyLuminance(byte[] pixels, int stride, int left, int top, int width, int height, boolean turns) {
        super(width, height);
        if (left + width > stride || (long) (top + height) * stride > pixels.length) {
            throw new IllegalArgumentException(
                    "crop " + left + "," + top + " " + width + "x" + height + " outside the picture");
        }
        this.pixels = pixels;
        this.stride = stride;
        this.left = left;
        this.top = top;
        this.turns = turns;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        if (y < 0 || y >= getHeight()) {
            throw new IllegalArgumentException("row " + y + " outside the picture");
        }
        byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
        System.arraycopy(pixels, (top + y) * stride + left, out, 0, getWidth());
        return out;
    }

    @Override
    public byte[] getMatrix() {
        int w = getWidth();
        int h = getHeight();
        if (left == 0 && top == 0 && w == stride && h * stride == pixels.length) {
            return pixels;
        }
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(pixels, (top + y) * stride + left, out, y * w, w);
        }
        return out;
    }

    @Override
    public boolean isCropSupported() {
        return true;
    }

    @Override
    public LuminanceSource crop(int x, int y, int width, int height) {
        return new GreyLuminance(pixels, stride, left + x, top + y, width, height, turns);
    }

    @Override
    public boolean isRotateSupported() {
        return turns;
    }

    /** A quarter turn counter-clockwise: the right edge becomes the top edge. */
    @Override
    public LuminanceSource rotateCounterClockwise() {
        int w = getWidth();
        int h = getHeight();
        byte[] turned = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int row = (top + y) * stride + left;
            for (int x = 0; x < w; x++) {
                turned[(w - 1 - x) * h + y] = pixels[row + x];
            }
        }
        return new GreyLuminance(turned, h, w, true);
    }
}
