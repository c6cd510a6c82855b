package org.packbench.verify;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.packbench.i18n.Message;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.label.Rect;
import org.packbench.verify.decode.Decoded;
import org.packbench.verify.decode.SymbolDecoder;

/**
 * Print-and-verify in software: every barcode of the label is decoded from the 1-bit raster the
 * printer will receive, each in its own quiet zone with its own symbology, and compared with
 * what the document meant to encode. GS1 data reads back with its ]C1 identifier, as a scanner
 * sends it.
 */
public final class Readback {
    /** The smallest module a thermal head prints reliably: two dots, and no less than 0.19 mm (7.5 mil). */
    public static final int MIN_MODULE_DOTS = 2;

    public static final double MIN_MODULE_MM = 0.19;
    private static final SymbolDecoder DECODER = new SymbolDecoder();

    /** The result for one symbol: what was expected, what was read (empty when nothing was). */
    public record Symbol(String elementId, String expected, String read) {
        public boolean ok() {
            return expected.equals(read);
        }
    }

    /** Every symbol's result, and the findings that block printing. */
    public record Result(List<Symbol> symbols, List<Finding> findings) {
        public boolean ok() {
            return findings.isEmpty();
        }
    }

    public Result check(LabelDocument doc, BufferedImage printRaster) {
        return check(doc, PrintRaster.whole(printRaster));
    }

    /** As {@link #check(LabelDocument, BufferedImage)}, reading each symbol's zone from {@code printRaster}. */
    public Result check(LabelDocument doc, PrintRaster printRaster) {
        List<Symbol> symbols = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (BarcodeSymbol s : doc.barcodes()) {
            String expected = expected(s);
            double moduleMm = Dots.toMm(s.moduleDots(), doc.dpi());
            if (s.moduleDots() < MIN_MODULE_DOTS || moduleMm < MIN_MODULE_MM - 1e-9) {
                // The raster is perfect; paper is not. A one-dot module decodes here and fails at
                // the sorter once the head's dot gain closes the spaces, so it is refused up front.
                symbols.add(new Symbol(s.elementId(), expected, ""));
                findings.add(new Finding(
                        "readback",
                        Severity.BLOCK,
                        Message.of(
                                "readback.moduleTooSmall",
                                s.elementId(),
                                s.moduleDots(),
                                String.format(java.util.Locale.ROOT, "%.3f", moduleMm),
                                doc.dpi(),
                                MIN_MODULE_DOTS,
                                MIN_MODULE_MM)));
                continue;
            }
            String read = decode(printRaster, s, doc.dpi());
            symbols.add(new Symbol(s.elementId(), expected, read));
            if (read.isEmpty()) {
                findings.add(new Finding(
                        "readback",
                        Severity.BLOCK,
                        Message.of(
                                "readback.missing",
                                s.elementId(),
                                s.symbology().name(),
                                doc.dpi(),
                                printable(expected))));
            } else if (!read.equals(expected)) {
                findings.add(new Finding(
                        "readback",
                        Severity.BLOCK,
                        Message.of(
                                "readback.wrong",
                                s.elementId(),
                                s.symbology().name(),
                                printable(read),
                                printable(expected))));
            }
        }
        return new Result(symbols, findings);
    }

    /**
     * What a scanner should send for the symbol: GS1-128 with its ]C1 identifier, GS1 DataMatrix
     * with ]d2, each with GS separators where the symbol has FNC1.
     */
    static String expected(BarcodeSymbol s) {
        return switch (s.symbology()) {
            case GS1_128 -> "]C1" + s.data();
            case GS1_DATAMATRIX -> "]d2" + s.data();
            default -> s.data();
        };
    }

    /**
     * The read symbol as a scanner sends it. A DataMatrix's text has no prefix, so the identifier
     * the reader reports is what tells FNC1 in first position (]d2) from plain data (]d1): a
     * marking code printed as plain DataMatrix then reads back as different text and is refused.
     */
    static String asSent(Decoded d, BarcodeSymbol s) {
        if (s.symbology() != org.packbench.label.Symbology.GS1_DATAMATRIX) {
            return d.text();
        }
        String text = d.text().startsWith("\u001D") ? d.text().substring(1) : d.text();
        return d.symbologyIdentifier().orElse("]d?") + text;
    }

    private static String decode(PrintRaster raster, BarcodeSymbol s, int dpi) {
        Rect zone = s.quietZone();
        // A few dots beyond the quiet zone, so a symbol whose quiet zone meets the edge still has white around it.
        int margin = 4;
        int x0 = Math.max(0, Dots.of(zone.x(), dpi) - margin);
        int y0 = Math.max(0, Dots.of(zone.y(), dpi) - margin);
        int x1 = Math.min(raster.width(), Dots.of(zone.right(), dpi) + margin);
        int y1 = Math.min(raster.height(), Dots.of(zone.bottom(), dpi) + margin);
        if (x1 - x0 < 8 || y1 - y0 < 8) {
            return "";
        }
        LuminanceSource read = raster.zone(x0, y0, x1 - x0, y1 - y0);
        return DECODER.readOne(read, s.symbology()).map(d -> asSent(d, s)).orElse("");
    }

    private static String printable(String s) {
        return s.replace("\u001D", "<GS>");
    }
}
