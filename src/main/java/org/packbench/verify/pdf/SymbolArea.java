package org.packbench.verify.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import java.util.Set;

/**
 * Where a decoded symbol lies on the page, in pixels of the page picture: ZXing's result points
 * say where a linear symbol was read (one line across it) and where a 2D symbol's finder patterns
 * are; the bars' height is measured here, so that the text under them can be told from the text
 * a symbol's height further down.
 */
record SymbolArea(double left, double top, double right, double bottom, boolean across) {
    private static final Set<BarcodeFormat> LINEAR = Set.of(
            BarcodeFormat.EAN_13,
            BarcodeFormat.EAN_8,
            BarcodeFormat.UPC_A,
            BarcodeFormat.CODE_128,
            BarcodeFormat.CODE_39,
            BarcodeFormat.ITF,
            BarcodeFormat.RSS_14,
            BarcodeFormat.RSS_EXPANDED);
    /** A line through the same bars agrees with the line read on at least this share of its pixels. */
    private static final double SAME_BARS = 0.9;

    private static final int DARK = 128;

    /** The area of {@code r} on {@code page}; empty area (all NaN) when ZXing gave no points. */
    static SymbolArea of(LuminanceSource page, Result r) {
        ResultPoint[] points = r.getResultPoints();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (ResultPoint p : points == null ? new ResultPoint[0] : points) {
            if (p != null) {
                minX = Math.min(minX, p.getX());
                minY = Math.min(minY, p.getY());
                maxX = Math.max(maxX, p.getX());
                maxY = Math.max(maxY, p.getY());
            }
        }
        if (minX > maxX) {
            return new SymbolArea(Double.NaN, Double.NaN, Double.NaN, Double.NaN, true);
        }
        boolean across = maxX - minX >= maxY - minY;
        if (!LINEAR.contains(r.getBarcodeFormat())) {
            // Finder pattern centres lie a few modules inside the symbol's edges.
            double margin = 0.15 * Math.max(maxX - minX, maxY - minY);
            return new SymbolArea(minX - margin, minY - margin, maxX + margin, maxY + margin, across);
        }
        if (across) {
            int row = (int) Math.round((minY + maxY) / 2);
            int[] span = barsAlong(page, (int) Math.floor(minX), (int) Math.ceil(maxX), row, true);
            return new SymbolArea(minX, span[0], maxX, span[1], true);
        }
        int column = (int) Math.round((minX + maxX) / 2);
        int[] span = barsAlong(page, (int) Math.floor(minY), (int) Math.ceil(maxY), column, false);
        return new SymbolArea(span[0], minY, span[1], maxY, false);
    }

    boolean known() {
        return !Double.isNaN(left);
    }

    /**
     * The first and last line, parallel to the line read, that still cross the same bars: for a
     * symbol read across, rows; for one standing upright, columns.
     */
    private static int[] barsAlong(LuminanceSource page, int from, int to, int line, boolean rows) {
        int depth = rows ? page.getHeight() : page.getWidth();
        int length = rows ? page.getWidth() : page.getHeight();
        from = Math.max(0, from);
        to = Math.min(length - 1, to);
        if (line < 0 || line >= depth || to <= from) {
            return new int[] {line, line};
        }
        byte[] pixels = page.getMatrix();
        int width = page.getWidth();
        boolean[] read = dark(pixels, width, from, to, line, rows);
        int first = line;
        while (first > 0 && same(read, dark(pixels, width, from, to, first - 1, rows))) {
            first--;
        }
        int last = line;
        while (last < depth - 1 && same(read, dark(pixels, width, from, to, last + 1, rows))) {
            last++;
        }
        return new int[] {first, last};
    }

    private static boolean[] dark(byte[] pixels, int width, int from, int to, int line, boolean rows) {
        boolean[] d = new boolean[to - from + 1];
        for (int i = from; i <= to; i++) {
            int at = rows ? line * width + i : i * width + line;
            d[i - from] = (pixels[at] & 0xFF) < DARK;
        }
        return d;
    }

    private static boolean same(boolean[] a, boolean[] b) {
        int agree = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                agree++;
            }
        }
        return agree >= SAME_BARS * a.length;
    }
}
