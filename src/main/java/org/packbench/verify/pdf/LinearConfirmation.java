package org.packbench.verify.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import java.util.Set;
import org.packbench.verify.decode.Decoded;
import org.packbench.verify.decode.SymbolDecoder;

/**
 * A second look at a linear barcode before it goes on the report. With TRY_HARDER, ZXing scans
 * every row of the page in both directions, and now and then a row through a line of bold text
 * spells a valid EAN-13, check digit and all; reported, that phantom would be a "barcode for
 * another GTIN". Real bars are tall: the same text reads again on a row well above or below the
 * one it was found on; a row through text does not.
 */
final class LinearConfirmation {
    private static final Set<BarcodeFormat> LINEAR = Set.of(
            BarcodeFormat.EAN_13,
            BarcodeFormat.EAN_8,
            BarcodeFormat.UPC_A,
            BarcodeFormat.CODE_128,
            BarcodeFormat.CODE_39,
            BarcodeFormat.ITF,
            BarcodeFormat.RSS_14);
    /**
     * How far from the row it was found on, as a share of the symbol's length, the symbol must read
     * again: bars are at least a quarter as tall as the symbol is long on any label worth
     * scanning, while a line of text is much lower than a barcode-length stretch of it is long.
     */
    private static final double OFFSET_SHARE = 0.08;

    private static final int MIN_OFFSET_PX = 4;
    /** The rows read on each side: a band this high, so one noisy row does not decide. */
    private static final int BAND_PX = 9;

    private static final SymbolDecoder DECODER = new SymbolDecoder();

    private LinearConfirmation() {}

    /** Whether {@code r}, found on {@code page}, is a symbol that is really there; 2D symbols always are. */
    static boolean confirmed(LuminanceSource page, Result r) {
        ResultPoint[] points = r.getResultPoints();
        if (!LINEAR.contains(r.getBarcodeFormat())
                || points == null
                || points.length < 2
                || points[0] == null
                || points[points.length - 1] == null) {
            return true;
        }
        ResultPoint a = points[0];
        ResultPoint b = points[points.length - 1];
        boolean across = Math.abs(b.getX() - a.getX()) >= Math.abs(b.getY() - a.getY());
        double length = across ? Math.abs(b.getX() - a.getX()) : Math.abs(b.getY() - a.getY());
        int offset = (int) Math.max(MIN_OFFSET_PX, Math.round(OFFSET_SHARE * length));
        // The symbol's quiet zones lie beyond the guard patterns the points mark.
        int margin = (int) Math.round(0.15 * length) + 12;
        for (int side : new int[] {-1, 1}) {
            LuminanceSource band = across
                    ? band(
                            page,
                            Math.min(a.getX(), b.getX()) - margin,
                            Math.max(a.getX(), b.getX()) + margin,
                            (a.getY() + b.getY()) / 2 + side * offset,
                            true)
                    : band(
                            page,
                            Math.min(a.getY(), b.getY()) - margin,
                            Math.max(a.getY(), b.getY()) + margin,
                            (a.getX() + b.getX()) / 2 + side * offset,
                            false);
            if (band != null && reads(band, r)) {
                return true;
            }
        }
        return false;
    }

    /** A strip along the symbol around {@code centre}, turned so that its bars stand upright; null off the page. */
    private static LuminanceSource band(LuminanceSource page, double from, double to, double centre, boolean across) {
        int length = across ? page.getWidth() : page.getHeight();
        int depth = across ? page.getHeight() : page.getWidth();
        int start = (int) Math.max(0, Math.floor(from));
        int end = (int) Math.min(length, Math.ceil(to));
        int top = (int) Math.round(centre) - BAND_PX / 2;
        if (end - start < 8 || top < 0 || top + BAND_PX > depth) {
            return null;
        }
        return across
                ? page.crop(start, top, end - start, BAND_PX)
                : page.crop(top, start, BAND_PX, end - start).rotateCounterClockwise();
    }

    private static boolean reads(LuminanceSource band, Result r) {
        return DECODER.readStrip(band, r.getBarcodeFormat())
                .map(Decoded::text)
                .filter(PageBarcodes.text(r)::equals)
                .isPresent();
    }
}
