package org.packbench.convert.ozon;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.ResultPoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.packbench.convert.ozon.PageAudit.Symbol;
import org.packbench.render.DotImage;
import org.packbench.verify.decode.Decoded;
import org.packbench.verify.decode.Luminance;
import org.packbench.verify.decode.SymbolDecoder;

/**
 * Checks that a 1-bit printer raster still says what the PDF says: every barcode that decodes
 * from a high-resolution grey rendering of the page (the reference: what the PDF means) must
 * decode from the raster to the same format and the same text.
 */
public final class BarcodeAudit {
    /** What marketplace labels carry: posting and cargo numbers, QR and DataMatrix codes, EAN, ITF-14. */
    public static final List<BarcodeFormat> FORMATS = List.of(
            BarcodeFormat.CODE_128,
            BarcodeFormat.QR_CODE,
            BarcodeFormat.DATA_MATRIX,
            BarcodeFormat.EAN_13,
            BarcodeFormat.PDF_417,
            BarcodeFormat.ITF);

    /** White around a cut-out so the symbol has its quiet zone even when its neighbours were close. */
    private static final int PAD = 24;

    private static final SymbolDecoder DECODER = new SymbolDecoder();

    /** A barcode and the pixel box its result points span (finder centres, or the ends of a scan line). */
    record Found(Symbol symbol, int minX, int minY, int maxX, int maxY) {}

    /** Every barcode ZXing finds anywhere on {@code image}, each text once. */
    public List<Symbol> decodeAll(GrayImage image) {
        return find(image, FORMATS).stream().map(Found::symbol).toList();
    }

    /**
     * Compares the barcodes of {@code reference}, drawn at {@code factor} times the raster's
     * resolution over the same label, with those of {@code raster}.
     */
    public PageAudit audit(int page, GrayImage reference, int factor, DotImage raster) {
        List<Found> wanted = find(reference, FORMATS);
        GrayImage printed = luminance(raster);
        Set<Symbol> read = new LinkedHashSet<>();
        find(printed, FORMATS).forEach(f -> read.add(f.symbol()));
        List<Symbol> lost = new ArrayList<>();
        for (Found f : wanted) {
            if (!read.contains(f.symbol()) && !readsAt(printed, f, factor)) {
                lost.add(f.symbol());
            }
        }
        return new PageAudit(page, wanted.stream().map(Found::symbol).toList(), lost);
    }

    /**
     * The search over the whole raster can miss a symbol it would read when aimed at it: the
     * multiple-barcode reader splits the image around the first symbol it finds, and a split can
     * run through another. A scanner is aimed, so the symbol is read again where the reference
     * found it, in that format only.
     */
    private static boolean readsAt(GrayImage printed, Found f, int factor) {
        int x0 = Math.floorDiv(f.minX(), factor);
        int y0 = Math.floorDiv(f.minY(), factor);
        int x1 = Math.floorDiv(f.maxX(), factor) + 1;
        int y1 = Math.floorDiv(f.maxY(), factor) + 1;
        // Result points are finder centres (2D) or the ends of one scan line (1D): widen to the
        // whole symbol and some quiet zone.
        int margin = Math.max(x1 - x0, y1 - y0) / 4 + 8;
        GrayImage cut = printed.crop(x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin, PAD);
        return find(cut, List.of(f.symbol().format())).stream()
                .anyMatch(g -> g.symbol().equals(f.symbol()));
    }

    private static List<Found> find(GrayImage image, List<BarcodeFormat> formats) {
        // GS1-128 reads as "]C1" plus GS separators, so a separator lost or moved in the raster
        // shows up as different text instead of vanishing from both sides of the comparison.
        List<Found> out = new ArrayList<>();
        Set<Symbol> seen = new LinkedHashSet<>();
        for (Decoded d :
                DECODER.readAll(Luminance.ofGreyAsItLies(image.pixels(), image.width(), image.height()), formats)) {
            Symbol s = new Symbol(d.format(), d.text());
            if (seen.add(s)) {
                out.add(located(s, d.result().getResultPoints(), image));
            }
        }
        return out;
    }

    private static Found located(Symbol s, ResultPoint[] points, GrayImage image) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (ResultPoint p : points == null ? new ResultPoint[0] : points) {
            if (p == null) {
                continue;
            }
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        if (minX > maxX) {
            // No position reported: the aimed second reading then looks at the whole label.
            return new Found(s, 0, 0, image.width() - 1, image.height() - 1);
        }
        return new Found(s, (int) minX, (int) minY, (int) Math.ceil(maxX), (int) Math.ceil(maxY));
    }

    /** The raster as luminance: black dots 0, white 255. */
    static GrayImage luminance(DotImage raster) {
        GrayImage g = GrayImage.white(raster.width(), raster.height());
        byte[] p = g.pixels();
        byte[] bits = raster.packed();
        int rowBytes = raster.rowBytes();
        for (int y = 0; y < raster.height(); y++) {
            for (int x = 0; x < raster.width(); x++) {
                if ((bits[y * rowBytes + (x >> 3)] & (0x80 >>> (x & 7))) != 0) {
                    p[y * raster.width() + x] = 0;
                }
            }
        }
        return g;
    }
}
