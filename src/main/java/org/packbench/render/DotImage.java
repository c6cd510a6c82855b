package org.packbench.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * A 1-bit picture placed on the label's dot grid: {@code x}/{@code y} is its top-left dot on the
 * label, rows are packed eight dots a byte, most significant bit first, 1 = a printed (black)
 * dot. This is the unit the thermal writers send (^GFA, BITMAP) and the print raster is built
 * from, so what a printer receives and what the readback decodes are the same bits.
 */
public final class DotImage {
    private final int x;
    private final int y;
    private final int width;
    private final int height;
    private final int rowBytes;
    private final byte[] bits;

    private DotImage(int x, int y, int width, int height, byte[] bits) {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + "x" + height);
        }
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.rowBytes = (width + 7) / 8;
        this.bits = bits;
    }

    /** An all-white image of {@code width}×{@code height} dots whose top-left dot is (x, y). */
    public static DotImage blank(int x, int y, int width, int height) {
        return new DotImage(x, y, width, height, new byte[((width + 7) / 8) * height]);
    }

    /** Wraps packed rows (MSB first, 1 = black), as a ^GFA or BITMAP payload carries them. */
    public static DotImage ofPacked(int x, int y, int width, int height, byte[] packed) {
        int rowBytes = (width + 7) / 8;
        if (packed.length != rowBytes * height) {
            throw new IllegalArgumentException(
                    "expected " + rowBytes * height + " bytes for " + width + "x" + height + ", got " + packed.length);
        }
        return new DotImage(x, y, width, height, packed.clone());
    }

    public int x() {
        return x;
    }

    public int y() {
        return y;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int rowBytes() {
        return rowBytes;
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    /** The packed rows, {@link #rowBytes()} bytes each; bits past {@link #width()} are 0. */
    public byte[] packed() {
        return bits.clone();
    }

    /** Whether the dot at (col, row) of this image is black; outside the image it is white. */
    public boolean get(int col, int row) {
        if (col < 0 || row < 0 || col >= width || row >= height) {
            return false;
        }
        return (bits[row * rowBytes + (col >> 3)] & (0x80 >>> (col & 7))) != 0;
    }

    /** Whether the label dot (labelX, labelY) is black in this image. */
    public boolean getOnLabel(int labelX, int labelY) {
        return get(labelX - x, labelY - y);
    }

    public void set(int col, int row) {
        if (col >= 0 && row >= 0 && col < width && row < height) {
            bits[row * rowBytes + (col >> 3)] |= (byte) (0x80 >>> (col & 7));
        }
    }

    /** Blackens the label-dot rectangle, clipped to this image. */
    public void fillOnLabel(int labelX, int labelY, int w, int h) {
        int c0 = Math.max(0, labelX - x);
        int r0 = Math.max(0, labelY - y);
        int c1 = Math.min(width, labelX - x + w);
        int r1 = Math.min(height, labelY - y + h);
        if (c0 >= c1 || r0 >= r1) {
            return;
        }
        // Whole bytes between the two partial ones: a bar of a logistic symbol is a tall rectangle.
        int firstByte = c0 >> 3;
        int lastByte = (c1 - 1) >> 3;
        int firstMask = 0xFF >>> (c0 & 7);
        int lastMask = (0xFF << (7 - ((c1 - 1) & 7))) & 0xFF;
        for (int r = r0; r < r1; r++) {
            int row = r * rowBytes;
            if (firstByte == lastByte) {
                bits[row + firstByte] |= (byte) (firstMask & lastMask);
                continue;
            }
            bits[row + firstByte] |= (byte) firstMask;
            for (int b = firstByte + 1; b < lastByte; b++) {
                bits[row + b] = (byte) 0xFF;
            }
            bits[row + lastByte] |= (byte) lastMask;
        }
    }

    /** Adds the black dots of {@code other} (placed by its own label position) to this image. */
    public void or(DotImage other) {
        orAt(other, other.x, other.y);
    }

    /**
     * Adds the black dots of {@code other} with its top-left dot at label position
     * ({@code atX}, {@code atY}) instead of its own: a cached glyph is drawn wherever the pen is.
     */
    public void orAt(DotImage other, int atX, int atY) {
        int shift = atX - x;
        int bitShift = Math.floorMod(shift, 8);
        int byteShift = Math.floorDiv(shift, 8);
        for (int r = 0; r < other.height; r++) {
            int row = atY + r - y;
            if (row < 0 || row >= height) {
                continue;
            }
            int src = r * other.rowBytes;
            int dst = row * rowBytes;
            for (int b = 0; b < other.rowBytes; b++) {
                int v = other.bits[src + b] & 0xFF;
                // Text and watermark rasters are mostly white: whole white bytes cost one test.
                if (v == 0) {
                    continue;
                }
                // A source byte lands on at most two target bytes; whole bytes, not dots.
                int to = byteShift + b;
                int hi = v >>> bitShift;
                int lo = (v << (8 - bitShift)) & 0xFF;
                if (to >= 0 && to < rowBytes) {
                    bits[dst + to] |= (byte) hi;
                }
                if (bitShift != 0 && to + 1 >= 0 && to + 1 < rowBytes) {
                    bits[dst + to + 1] |= (byte) lo;
                }
            }
            clearPadding(dst);
        }
    }

    /** Bits past the width in a row's last byte are not dots and stay 0. */
    private void clearPadding(int rowStart) {
        int valid = width & 7;
        if (valid != 0 && rowBytes > 0) {
            bits[rowStart + rowBytes - 1] &= (byte) (0xFF << (8 - valid));
        }
    }

    /** The label-dot rectangle of this image as a new image at that label position. */
    public DotImage crop(int labelX, int labelY, int w, int h) {
        DotImage out = blank(labelX, labelY, w, h);
        // Whole bytes at a time: a label-sized crop runs on every ZPL and TSPL label.
        int srcCol = labelX - x;
        for (int r = 0; r < h; r++) {
            int srcRow = labelY - y + r;
            if (srcRow < 0 || srcRow >= height) {
                continue;
            }
            for (int b = 0; b < out.rowBytes; b++) {
                int v = byteAt(srcRow, srcCol + b * 8);
                int remaining = w - b * 8;
                if (remaining < 8) {
                    v &= 0xFF << (8 - remaining);
                }
                out.bits[r * out.rowBytes + b] = (byte) v;
            }
        }
        return out;
    }

    /** Eight dots of row {@code row} from column {@code col} on, first dot in the high bit; outside is light. */
    private int byteAt(int row, int col) {
        int v = 0;
        int first = Math.floorDiv(col, 8);
        int shift = Math.floorMod(col, 8);
        int hi = first >= 0 && first < rowBytes ? bits[row * rowBytes + first] & 0xFF : 0;
        int lo = first + 1 >= 0 && first + 1 < rowBytes ? bits[row * rowBytes + first + 1] & 0xFF : 0;
        v = ((hi << 8 | lo) << shift >> 8) & 0xFF;
        int valid = width - col;
        if (valid < 8) {
            // Padding bits of the last byte may be set by packed data; they are not dots.
            v = valid <= 0 ? 0 : v & (0xFF << (8 - valid));
        }
        return v;
    }

    /** The smallest image holding every black dot, or an empty image at (x, y). */
    public DotImage trimmed() {
        int minC = width;
        int minR = height;
        int maxC = -1;
        int maxR = -1;
        for (int r = 0; r < height; r++) {
            for (int b = 0; b < rowBytes; b++) {
                int v = bits[r * rowBytes + b] & 0xFF;
                if (v == 0) {
                    continue;
                }
                minR = Math.min(minR, r);
                maxR = r;
                minC = Math.min(minC, b * 8 + Integer.numberOfLeadingZeros(v) - 24);
                maxC = Math.max(maxC, b * 8 + 7 - Integer.numberOfTrailingZeros(v));
            }
        }
        if (maxC < 0) {
            return blank(x, y, 0, 0);
        }
        return crop(x + minC, y + minR, maxC - minC + 1, maxR - minR + 1);
    }

    public int blackCount() {
        int n = 0;
        for (byte b : bits) {
            n += Integer.bitCount(b & 0xFF);
        }
        return n;
    }

    /** A 1-bit {@link BufferedImage} of this picture, black on white. */
    public BufferedImage toBufferedImage() {
        byte[] inverted = new byte[bits.length];
        for (int i = 0; i < bits.length; i++) {
            // The binary colour model below maps index 0 to black, the opposite of our bits.
            inverted[i] = (byte) ~bits[i];
        }
        return packed(isEmpty() ? new byte[] {(byte) 0xFF} : inverted, BLACK_WHITE);
    }

    /**
     * The same picture for a reader (the readback's symbol zones), with black at palette index 1
     * as in our bits, so they are copied as they are: inverting them a byte at a time, as
     * {@link #toBufferedImage} does for the files it feeds (a PNG's palette is part of its bytes
     * and of its logged hash), was a twentieth of the time an SSCC label took to make.
     */
    public BufferedImage toImageForReading() {
        return packed(isEmpty() ? new byte[1] : bits.clone(), WHITE_BLACK);
    }

    /** One bit a dot, rows padded to whole bytes (at least 1×1: an empty picture is one white dot). */
    private BufferedImage packed(byte[] data, IndexColorModel palette) {
        WritableRaster raster = Raster.createWritableRaster(
                new MultiPixelPackedSampleModel(DataBufferByte.TYPE_BYTE, Math.max(1, width), Math.max(1, height), 1),
                new DataBufferByte(data, data.length),
                null);
        return new BufferedImage(palette, raster, false, null);
    }

    /** Index 0 black, index 1 white: the usual binary palette, which the PNG files carry. */
    private static final IndexColorModel BLACK_WHITE = new IndexColorModel(
            1, 2, new byte[] {0, (byte) 255}, new byte[] {0, (byte) 255}, new byte[] {0, (byte) 255});

    /** Index 0 white, index 1 black, as our bits are. */
    private static final IndexColorModel WHITE_BLACK = new IndexColorModel(
            1, 2, new byte[] {(byte) 255, 0}, new byte[] {(byte) 255, 0}, new byte[] {(byte) 255, 0});

    /** Reads a picture back from any image: a pixel darker than half grey is a black dot. */
    public static DotImage fromImage(BufferedImage image, int labelX, int labelY) {
        DotImage out = blank(labelX, labelY, image.getWidth(), image.getHeight());
        for (int r = 0; r < image.getHeight(); r++) {
            for (int c = 0; c < image.getWidth(); c++) {
                int rgb = image.getRGB(c, r);
                int grey = ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (grey < 128) {
                    out.set(c, r);
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DotImage d
                && d.x == x
                && d.y == y
                && d.width == width
                && d.height == height
                && Arrays.equals(d.bits, bits);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bits) + x * 7 + y * 13 + width * 17 + height;
    }

    @Override
    public String toString() {
        return "DotImage[" + width + "x" + height + " at " + x + "," + y + ", " + blackCount() + " black]";
    }
}
