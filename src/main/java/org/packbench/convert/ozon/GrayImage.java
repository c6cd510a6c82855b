package org.packbench.convert.ozon;

import java.awt.image.BufferedImage;

/**
 * An 8-bit grey picture as rows of luminance bytes, 0 black … 255 white: the form both the
 * threshold and ZXing's luminance sources read, without a colour model in between.
 */
public record GrayImage(int width, int height, byte[] pixels) {

    public GrayImage {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException(
                    "bad grey image " + width + "x" + height + ", " + pixels.length + " bytes");
        }
    }

    /** An all-white picture. */
    public static GrayImage white(int width, int height) {
        byte[] p = new byte[width * height];
        java.util.Arrays.fill(p, (byte) 0xFF);
        return new GrayImage(width, height, p);
    }

    /** The luminance of a {@link BufferedImage#TYPE_BYTE_GRAY} picture, as stored. */
    public static GrayImage of(BufferedImage gray) {
        if (gray.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("expected an 8-bit grey image, got type " + gray.getType());
        }
        byte[] p = (byte[]) gray.getRaster().getDataElements(0, 0, gray.getWidth(), gray.getHeight(), null);
        return new GrayImage(gray.getWidth(), gray.getHeight(), p);
    }

    public int get(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    /** A quarter turn clockwise: the top edge becomes the right edge. Every pixel kept, none blended. */
    public GrayImage turnedClockwise() {
        byte[] out = new byte[pixels.length];
        int newWidth = height;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int newX = height - 1 - y;
            for (int x = 0; x < width; x++) {
                out[x * newWidth + newX] = pixels[row + x];
            }
        }
        return new GrayImage(newWidth, width, out);
    }

    /** Copies {@code other} onto this picture with its top-left pixel at (x, y), clipped. */
    public void paste(GrayImage other, int x, int y) {
        int c0 = Math.max(0, -x);
        int c1 = Math.min(other.width, width - x);
        if (c1 <= c0) {
            return;
        }
        for (int r = Math.max(0, -y); r < other.height && y + r < height; r++) {
            System.arraycopy(other.pixels, r * other.width + c0, pixels, (y + r) * width + x + c0, c1 - c0);
        }
    }

    /** The rectangle clipped to this picture, surrounded by {@code pad} white pixels. */
    public GrayImage crop(int x, int y, int w, int h, int pad) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w);
        int y1 = Math.min(height, y + h);
        GrayImage out = white(Math.max(1, x1 - x0) + 2 * pad, Math.max(1, y1 - y0) + 2 * pad);
        for (int r = y0; r < y1; r++) {
            System.arraycopy(pixels, r * width + x0, out.pixels, (r - y0 + pad) * out.width + pad, x1 - x0);
        }
        return out;
    }
}
