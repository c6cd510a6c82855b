package org.packbench.verify.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.ByQuadrantReader;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.MultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.packbench.label.Symbology;

/**
 * The one barcode reader of the app: the readback of our own labels, the audit of PDFs from
 * elsewhere and the Ozon conversion's barcode audit all read through here, with the same hints
 * and the same idea of what a symbol transmits, so they cannot disagree about what a symbol says.
 * Pictures come from {@link Luminance}. Every search is thorough (TRY_HARDER): a missed symbol is
 * a finding, so time is spent rather than a symbol lost.
 */
public final class SymbolDecoder {
    /**
     * Reads the one symbol of {@code symbology} in {@code region}, e.g. a barcode of our label
     * cut out with its quiet zone.
     */
    public Optional<Decoded> readOne(LuminanceSource region, Symbology symbology) {
        boolean gs1 = symbology == Symbology.GS1_128;
        Map<DecodeHintType, Object> hints = hints(List.of(format(symbology)), gs1);
        Optional<Decoded> read = decode(region, hints, gs1);
        if (read.isEmpty() && format(symbology) == BarcodeFormat.DATA_MATRIX) {
            // ZXing's DataMatrix detector misses some small symbols drawn at three dots a module
            // (a 20×20 marking code of the short form) that ZXing-cpp reads, and finds them at
            // four. The same pixels, each drawn twice as large, are the same symbol: nothing is
            // smoothed or guessed, so what decodes is what the picture holds.
            read = decode(twiceAsLarge(region), hints, gs1);
        }
        return read;
    }

    private static Optional<Decoded> decode(LuminanceSource source, Map<DecodeHintType, Object> hints, boolean gs1) {
        try {
            Result r = new MultiFormatReader().decode(bitmap(source), hints);
            return Optional.of(new Decoded(r, TransmittedData.of(r, gs1)));
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }

    private static LuminanceSource twiceAsLarge(LuminanceSource source) {
        int w = source.getWidth();
        int h = source.getHeight();
        byte[] pixels = source.getMatrix();
        byte[] big = new byte[w * 2 * h * 2];
        for (int y = 0; y < h * 2; y++) {
            for (int x = 0; x < w * 2; x++) {
                big[y * w * 2 + x] = pixels[(y / 2) * w + x / 2];
            }
        }
        return Luminance.ofGreyAsItLies(big, w * 2, h * 2);
    }

    /**
     * One quick look (not thorough) for a symbol of {@code format} in a strip a few rows high, e.g.
     * to read a linear symbol again above or below where it was found. GS1 data reads with ]C1.
     */
    public Optional<Decoded> readStrip(LuminanceSource strip, BarcodeFormat format) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(format));
        hints.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE);
        try {
            Result r = new MultiFormatReader().decode(bitmap(strip), hints);
            return Optional.of(new Decoded(r, TransmittedData.of(r, true)));
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }

    /**
     * Every symbol of {@code formats} the multiple-barcode reader finds in {@code picture}, in the
     * order found (a symbol seen twice is listed twice). GS1 data reads with its ]C1 and GS.
     */
    public List<Decoded> readAll(LuminanceSource picture, List<BarcodeFormat> formats) {
        List<Decoded> out = new ArrayList<>();
        for (Result r :
                all(new GenericMultipleBarcodeReader(new MultiFormatReader()), bitmap(picture), hints(formats, true))) {
            out.add(new Decoded(r, TransmittedData.of(r, true)));
        }
        return out;
    }

    /**
     * Every symbol on a whole page, each format and text once, searched three ways because each
     * misses what another finds: the multiple reader stops when its first look at the whole page
     * finds nothing (a DataMatrix in a corner, whose detector starts at the centre); the quadrant
     * search looks into the corners, for {@code cornerFormats} only (the first search already read
     * every row for linear ones); and the QR multi-reader weighs every possible trio of finder
     * patterns, where the plain reader trusts the first it picks, which next to bold text can be
     * wrong.
     *
     * @param accepted whether a result is a symbol at all (e.g. a linear one confirmed on other
     *                 rows); a result refused here does not hide a later one with the same text
     */
    public List<Decoded> searchPage(
            LuminanceSource page,
            List<BarcodeFormat> formats,
            List<BarcodeFormat> cornerFormats,
            BiPredicate<LuminanceSource, Result> accepted) {
        BinaryBitmap bitmap = bitmap(page);
        Map<DecodeHintType, Object> hints = hints(formats, true);
        Map<MultipleBarcodeReader, Map<DecodeHintType, Object>> searches = new java.util.LinkedHashMap<>();
        searches.put(new GenericMultipleBarcodeReader(new MultiFormatReader()), hints);
        searches.put(
                new GenericMultipleBarcodeReader(new ByQuadrantReader(new MultiFormatReader())),
                hints(cornerFormats, true));
        searches.put(new QRCodeMultiReader(), hints);
        Set<String> seen = new LinkedHashSet<>();
        List<Decoded> distinct = new ArrayList<>();
        for (Map.Entry<MultipleBarcodeReader, Map<DecodeHintType, Object>> search : searches.entrySet()) {
            for (Result r : all(search.getKey(), bitmap, search.getValue())) {
                Decoded d = new Decoded(r, TransmittedData.of(r, true));
                String key = d.format() + "\n" + d.text();
                if (!seen.contains(key) && accepted.test(page, r)) {
                    seen.add(key);
                    distinct.add(d);
                }
            }
        }
        return distinct;
    }

    /** The reader's format for a symbology of our labels. */
    public static BarcodeFormat format(Symbology symbology) {
        return switch (symbology) {
            case QR -> BarcodeFormat.QR_CODE;
            case DATAMATRIX, GS1_DATAMATRIX -> BarcodeFormat.DATA_MATRIX;
            case EAN13 -> BarcodeFormat.EAN_13;
            case CODE128, GS1_128 -> BarcodeFormat.CODE_128;
        };
    }

    /**
     * @param gs1 FNC1 read as GS and GS1-128 prefixed with ]C1 (ZXing looks at the key only, so
     *            it is left out rather than set to false), so a separator lost or moved shows up
     *            as different text instead of vanishing
     */
    private static Map<DecodeHintType, Object> hints(List<BarcodeFormat> formats, boolean gs1) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, formats);
        if (gs1) {
            hints.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE);
        }
        return hints;
    }

    private static BinaryBitmap bitmap(LuminanceSource source) {
        return new BinaryBitmap(new HybridBinarizer(source));
    }

    private static Result[] all(MultipleBarcodeReader search, BinaryBitmap bitmap, Map<DecodeHintType, Object> hints) {
        try {
            return search.decodeMultiple(bitmap, hints);
        } catch (NotFoundException e) {
            return new Result[0];
        }
    }
}
