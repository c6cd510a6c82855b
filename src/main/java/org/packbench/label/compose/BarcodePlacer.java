package org.packbench.label.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.packbench.i18n.Message;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.FontStyle;
import org.packbench.label.LayoutException;
import org.packbench.label.Rect;
import org.packbench.label.Symbology;
import org.packbench.label.TextBlock;
import org.packbench.label.TextFitter;
import org.packbench.label.TextLine;
import org.packbench.label.symbol.Symbols;
import org.packbench.label.template.Element;

/**
 * Encodes a barcode element and places it in its box: module size rounded to whole dots of the
 * target printer, quiet zones kept inside the box, the human-readable line under linear symbols.
 */
final class BarcodePlacer {
    /** GS1 General Specifications: a GS1-128 symbol may be at most 165 mm long, quiet zones included. */
    static final double GS1_128_MAX_MM = 165.0;
    /** GS1 General Specifications: at most 48 data characters in one GS1-128 symbol. */
    static final int GS1_128_MAX_DATA = 48;

    static final double HRI_PT = 10.0;
    static final double HRI_GAP_MM = 0.5;

    private final TextFitter fitter;

    BarcodePlacer(TextFitter fitter) {
        this.fitter = fitter;
    }

    /** The symbol and, for linear symbols with HRI, its text block. */
    record Placed(BarcodeSymbol symbol, List<TextBlock> hri) {}

    Placed place(Element.Barcode b, Map<String, String> values, int dpi) {
        String data = b.data().resolve(values);
        String field =
                b.data().fields().isEmpty() ? b.id() : String.join("+", b.data().fields());
        if (data.isEmpty()) {
            throw new LayoutException(field, Message.of("layout.barcodeEmpty", b.id(), field));
        }
        if (b.symbology() == Symbology.GS1_128 && data.length() > GS1_128_MAX_DATA) {
            // Separators count as data characters (each is an FNC1 in the symbol); the leading FNC1 does not.
            throw new LayoutException(
                    field, Message.of("layout.gs1TooManyCharacters", b.id(), data.length(), GS1_128_MAX_DATA));
        }
        int module = Math.max(1, (int) Math.round(b.moduleMm() * dpi / Dots.MM_PER_INCH));
        if (b.symbology() == Symbology.GS1_DATAMATRIX) {
            module = Gs1DataMatrixModule.dots(b.moduleMm(), dpi);
            if (module == 0) {
                throw new LayoutException(
                        field,
                        Message.of(
                                "layout.dataMatrixModule",
                                b.id(),
                                dpi,
                                Gs1DataMatrixModule.MIN_MM,
                                Gs1DataMatrixModule.MAX_MM));
            }
        }
        Symbols.Encoded enc = Symbols.encode(b.symbology(), data, module);
        int cols = enc.modules().get(0).length;
        int rows = enc.modules().size();
        double moduleMm = Dots.toMm(module, dpi);
        double qzLeft = quietModules(b, true) * moduleMm;
        double qzRight = quietModules(b, false) * moduleMm;
        double qzV = b.symbology().isTwoDimensional() ? quietModules(b, true) * moduleMm : 0;
        double width = cols * moduleMm;
        int barDots = b.symbology().isTwoDimensional() ? rows * module : Math.max(1, Dots.of(b.barHeightMm(), dpi));
        double height = Dots.toMm(barDots, dpi);
        String hriText = hriText(b, data, values);
        double hriHeight = hriText.isEmpty() ? 0 : HRI_GAP_MM + fitter.lineHeightMm(HRI_PT);
        double needW = qzLeft + width + qzRight;
        double needH = qzV * 2 + height + hriHeight;
        if (needW > b.box().width() + 1e-6 || needH > b.box().height() + 1e-6) {
            throw new LayoutException(
                    field,
                    Message.of(
                            "layout.barcodeTooBig",
                            b.id(),
                            mm(needW),
                            mm(needH),
                            mm(b.box().width()),
                            mm(b.box().height()),
                            module));
        }
        if (b.symbology() == Symbology.GS1_128 && needW > GS1_128_MAX_MM) {
            throw new LayoutException(field, Message.of("layout.gs1TooLong", b.id(), mm(needW), mm(GS1_128_MAX_MM)));
        }
        double x =
                switch (b.align()) {
                    case LEFT -> b.box().x() + qzLeft;
                    case CENTER -> b.box().x() + (b.box().width() - width) / 2;
                    case RIGHT -> b.box().right() - qzRight - width;
                };
        double y = b.bottom()
                ? b.box().bottom() - qzV - hriHeight - height
                : b.box().y() + qzV;
        // Snap to the dot grid, so every writer puts the first module on the same dot.
        x = Dots.toMm(Dots.of(x, dpi), dpi);
        y = Dots.toMm(Dots.of(y, dpi), dpi);
        Rect quiet = new Rect(x - qzLeft, y - qzV, needW, qzV * 2 + height + hriHeight);
        BarcodeSymbol symbol = new BarcodeSymbol(
                b.id(),
                b.symbology(),
                data.replace('\u00F1', '\u001D'),
                hriText,
                enc.modules(),
                enc.codewords(),
                module,
                barDots,
                dpi,
                x,
                y,
                quiet);
        List<TextBlock> hri = new ArrayList<>();
        if (!hriText.isEmpty()) {
            double tw = fitter.typeface().widthMm(hriText, FontStyle.REGULAR, HRI_PT);
            double tx = x + (width - tw) / 2;
            double top = y + height + HRI_GAP_MM;
            double ascent = fitter.typeface().ascentMm(FontStyle.REGULAR, HRI_PT);
            TextLine line = new TextLine(
                    hriText,
                    FontStyle.REGULAR,
                    HRI_PT,
                    tx,
                    top + ascent,
                    new Rect(tx, top, tw, fitter.lineHeightMm(HRI_PT)));
            hri.add(new TextBlock(b.id() + ".hri", hriText, b.data().fields(), false, HRI_PT, List.of(line)));
        }
        return new Placed(symbol, hri);
    }

    /** Quiet zones: QR 4 modules, DataMatrix 1, Code 128 / GS1-128 10, EAN-13 11 left and 7 right. */
    private static int quietModules(Element.Barcode b, boolean left) {
        return switch (b.symbology()) {
            case QR -> 4;
            case DATAMATRIX, GS1_DATAMATRIX -> 1;
            case CODE128, GS1_128 -> 10;
            case EAN13 -> left ? 11 : 7;
        };
    }

    private static String hriText(Element.Barcode b, String data, Map<String, String> values) {
        if (!b.hri() || b.symbology().isTwoDimensional()) {
            return "";
        }
        if (b.symbology() == Symbology.GS1_128) {
            // The bracketed form is given by the caller, who has the GS1 engine.
            String bracketed = values.get(
                    b.data().fields().isEmpty() ? "" : b.data().fields().get(0) + "_hri");
            return bracketed == null ? data.replace("\u001D", "") : bracketed;
        }
        return data;
    }

    private static String mm(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
