package org.packbench.render;

import java.io.ByteArrayOutputStream;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.LabelDocument;
import org.packbench.label.LabelImage;
import org.packbench.label.Shape;
import org.packbench.label.TextBlock;

/**
 * One label as TSPL/TSPL2 for TSC-compatible printers. As in {@link ZplWriter}, barcodes are
 * native and text is sent as pictures (BITMAP) cut from the print raster, for the same reasons:
 * identical glyphs everywhere, no font state in the printer, Cyrillic without a downloaded font.
 * BITMAP carries raw bytes, hence a byte array; every other part is ASCII text.
 *
 * <p>BITMAP mode 0 overwrites its whole rectangle, white bits included. So each picture carries
 * every picture dot already placed under its rectangle (the watermark, an earlier text block),
 * and the native commands, which only add black, come after all pictures.
 */
public final class TsplWriter implements LabelWriter {
    private final RasterWriter raster;

    public TsplWriter() {
        this(new RasterWriter());
    }

    public TsplWriter(RasterWriter raster) {
        this.raster = raster;
    }

    public byte[] write(LabelDocument doc, PrinterSettings settings) {
        int dpi = doc.dpi();
        if (settings.dpi() != dpi) {
            throw new IllegalArgumentException("the label was laid out for " + dpi + " dpi, the printer has "
                    + settings.dpi() + " dpi; barcodes are whole dots and cannot be rescaled");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TsplJob.begin(out, doc.widthMm(), doc.heightMm(), settings);

        DotImage placed = DotImage.blank(0, 0, doc.widthDots(), doc.heightDots());
        bitmap(out, placed, raster.watermarkGraphic(doc));
        for (TextBlock block : doc.texts()) {
            bitmap(out, placed, raster.text(block, dpi));
        }
        for (LabelImage image : doc.images()) {
            bitmap(out, placed, PrintGeometry.image(image, dpi));
        }
        for (Shape shape : doc.shapes()) {
            // BAR rectangles rather than BOX: BOX firmware differs on which side of its corners the
            // border is drawn, four bars cover exactly the dots of the raster.
            for (DotRect r : PrintGeometry.rects(shape, dpi)) {
                if (r.width() > 0 && r.height() > 0) {
                    line(out, "BAR " + r.x() + "," + r.y() + "," + r.width() + "," + r.height());
                }
            }
        }
        for (BarcodeSymbol symbol : doc.barcodes()) {
            barcode(out, symbol);
        }
        TsplJob.end(out, settings);
        return out.toByteArray();
    }

    @Override
    public LabelFormat format() {
        return LabelFormat.TSPL;
    }

    @Override
    public byte[] bytes(LabelDocument doc, PrinterSettings settings) {
        return write(doc, settings);
    }

    /** One picture layer as a BITMAP carrying every picture dot already placed under it. */
    private static void bitmap(ByteArrayOutputStream out, DotImage placed, DotImage layer) {
        if (layer.isEmpty() || layer.blackCount() == 0) {
            return;
        }
        placed.or(layer);
        DotImage payload = placed.crop(layer.x(), layer.y(), layer.rowBytes() * 8, layer.height());
        TsplJob.bitmap(out, layer.x(), layer.y(), payload.rowBytes(), layer.height(), payload.packed());
    }

    private static void barcode(ByteArrayOutputStream out, BarcodeSymbol s) {
        int[] at = PrintGeometry.origin(s);
        String xy = at[0] + "," + at[1];
        int m = s.moduleDots();
        switch (s.symbology()) {
            case CODE128, GS1_128 -> line(
                    out,
                    "BARCODE " + xy + ",\"128M\"," + s.heightDots() + ",0,0," + m + "," + m + ",\""
                            + Code128Tspl.data(s.codewords()) + "\"");
            case EAN13 -> line(
                    out,
                    "BARCODE " + xy + ",\"EAN13\"," + s.heightDots() + ",0,0," + m + "," + m + ",\""
                            + ZplWriter.ean13Digits(s.data()) + "\"");
            case QR -> {
                // Model 2 named explicitly (some firmware defaults to the old Model 1), and our mask,
                // so the printer draws the same modules as our encoder.
                int mask = SymbolFacts.qrMask(s);
                line(
                        out,
                        "QRCODE " + xy + "," + SymbolFacts.qrErrorCorrection(s) + "," + m + ",A,0,M2,"
                                + (mask >= 0 ? "S" + mask + "," : "") + "\"" + quoted(s.data()) + "\"");
            }
            case DATAMATRIX, GS1_DATAMATRIX -> line(
                    out,
                    "DMATRIX " + xy + "," + s.columns() * m + "," + s.rows() * m + ","
                            + dataMatrixParams(s) + "x" + m + "," + s.rows() + "," + s.columns() + ",\""
                            + dataMatrixData(s) + "\"");
            default -> throw new IllegalArgumentException("no TSPL for " + s.symbology());
        }
    }

    /** The escape character (decimal 126, ~) is named only when the data needs escapes. */
    private static String dataMatrixParams(BarcodeSymbol s) {
        return needsEscapes(s) ? "c126," : "";
    }

    private static boolean needsEscapes(BarcodeSymbol s) {
        String d = s.data();
        return SymbolFacts.dataMatrixGs1(s) || d.indexOf('~') >= 0 || d.chars().anyMatch(c -> c < 0x20);
    }

    /** With ~ as escape: ~1 is FNC1, ~ plus @…_ a control character, ~~ a tilde. */
    private static String dataMatrixData(BarcodeSymbol s) {
        if (!needsEscapes(s)) {
            return quoted(s.data());
        }
        StringBuilder d = new StringBuilder();
        if (SymbolFacts.dataMatrixGs1(s)) {
            d.append("~1");
        }
        for (char c : SymbolFacts.dataWithoutLeadingGs(s).toCharArray()) {
            if (c == '~') {
                d.append("~~");
            } else if (c < 0x20) {
                d.append('~').append((char) (c + 64));
            } else {
                d.append(c);
            }
        }
        return quoted(d.toString());
    }

    /** A double quote inside a TSPL string is written \["]. */
    private static String quoted(String s) {
        return s.replace("\"", "\\[\"]");
    }

    private static void line(ByteArrayOutputStream out, String s) {
        TsplJob.line(out, s);
    }
}
