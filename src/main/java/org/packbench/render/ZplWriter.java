package org.packbench.render;

import java.nio.charset.StandardCharsets;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.LabelDocument;
import org.packbench.label.LabelImage;
import org.packbench.label.Shape;
import org.packbench.label.TextBlock;

/**
 * One label as ZPL II. Barcodes go native (the printer draws them from ^BY/^BC/^BE/^BQ/^BX with
 * the same modules and codewords as our symbol), everything else as ^GFA graphics cut from the
 * print raster, so the paper matches {@link RasterWriter#printRaster} dot for dot.
 *
 * <p>Text is sent as pictures, not as ^A fonts. The resident font 0 has no Cyrillic. A
 * downloaded TrueType font (~DU/^A@) would work, but the printer's rasteriser would then draw
 * glyphs that differ from our preview and from the raster the readback check decodes, it would
 * leave font state in printer memory that each label depends on, and not every ZPL printer (or
 * emulation) accepts downloaded fonts. A picture of the text is identical everywhere; it costs
 * bytes, which the ASCII compression of ^GFA keeps to a few kilobytes a label.
 */
public final class ZplWriter implements LabelWriter {
    private final RasterWriter raster;
    private final boolean compress;

    public ZplWriter() {
        this(new RasterWriter(), true);
    }

    /** @param compress ZPL ASCII compression in ^GFA (true) or plain hex (false) */
    public ZplWriter(RasterWriter raster, boolean compress) {
        this.raster = raster;
        this.compress = compress;
    }

    /** The ZPL text of {@code doc}: one ^XA…^XZ job. */
    public String write(LabelDocument doc, PrinterSettings settings) {
        int dpi = doc.dpi();
        if (settings.dpi() != dpi) {
            throw new IllegalArgumentException("the label was laid out for " + dpi + " dpi, the printer has "
                    + settings.dpi() + " dpi; barcodes are whole dots and cannot be rescaled");
        }
        // A logistic label's job is 10–20 KB: sized once rather than grown a dozen times.
        StringBuilder z = new StringBuilder(16 * 1024);
        ZplJob.begin(z, doc.widthDots(), doc.heightDots(), settings, true);

        graphic(z, raster.watermarkGraphic(doc));
        for (TextBlock block : doc.texts()) {
            graphic(z, raster.text(block, dpi));
        }
        for (Shape shape : doc.shapes()) {
            box(z, shape, dpi);
        }
        for (LabelImage image : doc.images()) {
            graphic(z, PrintGeometry.image(image, dpi));
        }
        for (BarcodeSymbol symbol : doc.barcodes()) {
            RasterWriter.requireSameDpi(symbol, dpi);
            barcode(z, symbol);
        }
        ZplJob.end(z, settings);
        return z.toString();
    }

    @Override
    public LabelFormat format() {
        return LabelFormat.ZPL;
    }

    /** {@link #write}'s text in UTF-8, as ^CI28 announces it. */
    @Override
    public byte[] bytes(LabelDocument doc, PrinterSettings settings) {
        return write(doc, settings).getBytes(StandardCharsets.UTF_8);
    }

    private void graphic(StringBuilder z, DotImage image) {
        if (image.isEmpty() || image.blackCount() == 0) {
            return;
        }
        z.append("^FO").append(image.x()).append(',').append(image.y());
        ZplGraphic.appendField(z, image, compress);
        z.append("^FS\n");
    }

    private static void box(StringBuilder z, Shape shape, int dpi) {
        DotRect b = PrintGeometry.snap(shape.box(), dpi);
        int t = shape.kind() == Shape.Kind.LINE ? Math.min(b.width(), b.height()) : PrintGeometry.thickness(shape, dpi);
        // ^GB draws its border inside w×h; a thickness equal to the short side fills it.
        z.append("^FO")
                .append(b.x())
                .append(',')
                .append(b.y())
                .append("^GB")
                .append(b.width())
                .append(',')
                .append(b.height())
                .append(',')
                .append(t)
                .append(",B,0^FS\n");
    }

    private void barcode(StringBuilder z, BarcodeSymbol s) {
        int[] at = PrintGeometry.origin(s);
        String fo = "^FO" + at[0] + ',' + at[1];
        int m = s.moduleDots();
        switch (s.symbology()) {
            case CODE128, GS1_128 -> z.append(fo)
                    .append("^BY")
                    .append(m)
                    .append("^BCN,")
                    .append(s.heightDots())
                    // Mode N: the invocation codes say every code set change and FNC1 themselves.
                    .append(",N,N,N,N^FD")
                    .append(Code128Zpl.fieldData(s.codewords()))
                    .append("^FS\n");
            case EAN13 -> z.append(fo)
                    .append("^BY")
                    .append(m)
                    .append("^BEN,")
                    .append(s.heightDots())
                    .append(",N,N^FD")
                    .append(ean13Digits(s.data()))
                    .append("^FS\n");
            case QR -> {
                if (m > 10) {
                    graphic(z, modules(s));
                    return;
                }
                // The printer encodes the data again with the same level and data, so it reaches the
                // same version. Firmware that knows the mask parameter then draws our very modules;
                // older firmware picks its own mask: other modules than the preview, the same text
                // to a scanner.
                String level = SymbolFacts.qrErrorCorrection(s);
                int mask = SymbolFacts.qrMask(s);
                String data = level + "A," + s.data();
                String escaped = hexEscaped(data, '_');
                z.append(fo)
                        .append("^BQN,2,")
                        .append(m)
                        .append(',')
                        .append(level)
                        .append(mask >= 0 ? "," + mask : "")
                        .append(escaped.equals(data) ? "" : "^FH_")
                        .append("^FD")
                        .append(escaped)
                        .append("^FS\n");
            }
            case DATAMATRIX, GS1_DATAMATRIX -> {
                if (s.rows() != s.columns()) {
                    // ^BX has no rectangular symbols on every firmware; the picture is exact everywhere.
                    graphic(z, modules(s));
                    return;
                }
                dataMatrix(z, fo, s);
            }
            default -> throw new IllegalArgumentException("no ZPL for " + s.symbology());
        }
    }

    private static void dataMatrix(StringBuilder z, String fo, BarcodeSymbol s) {
        StringBuilder d = new StringBuilder();
        if (SymbolFacts.dataMatrixGs1(s)) {
            d.append("_1");
        }
        for (char c : SymbolFacts.dataWithoutLeadingGs(s).toCharArray()) {
            if (c == '_') {
                d.append("__");
            } else if (c < 0x20) {
                d.append('_').append((char) (c + 64));
            } else {
                d.append(c);
            }
        }
        String data = d.toString();
        // ^FH runs before the ^BX escapes, so a caret or tilde can still be spelt in hex.
        String escaped = hexEscaped(data, '#');
        // The escape character is named because its default differs between firmware versions.
        z.append(fo)
                .append("^BXN,")
                .append(s.moduleDots())
                .append(",200,")
                .append(s.columns())
                .append(',')
                .append(s.rows())
                .append(",,_")
                .append(escaped.equals(data) ? "" : "^FH#")
                .append("^FD")
                .append(escaped)
                .append("^FS\n");
    }

    private static DotImage modules(BarcodeSymbol s) {
        int[] at = PrintGeometry.origin(s);
        DotImage img = DotImage.blank(at[0], at[1], s.columns() * s.moduleDots(), s.rows() * s.moduleDots());
        PrintGeometry.modules(s, s.dpi()).forEach(r -> img.fillOnLabel(r.x(), r.y(), r.width(), r.height()));
        return img;
    }

    /**
     * The bytes ^FD cannot carry as themselves (the ^ and ~ prefixes, the indicator, control and
     * non-ASCII characters) as ^FH hex escapes of their UTF-8 bytes.
     */
    static String hexEscaped(String data, char indicator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < data.length(); ) {
            int cp = data.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x20 && cp < 0x7F && cp != '^' && cp != '~' && cp != indicator) {
                out.append((char) cp);
                continue;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                out.append(indicator).append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    /** ^BE takes the twelve data digits and adds the check digit itself. */
    static String ean13Digits(String data) {
        String digits = data.trim();
        if (!digits.matches("\\d{12,13}")) {
            throw new IllegalArgumentException("EAN-13 needs 12 or 13 digits: " + data);
        }
        return digits.substring(0, 12);
    }
}
