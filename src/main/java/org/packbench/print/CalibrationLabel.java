package org.packbench.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.packbench.i18n.ProblemException;
import org.packbench.label.FontStyle;
import org.packbench.label.LabelDocument;
import org.packbench.label.LayoutException;
import org.packbench.label.Rect;
import org.packbench.label.Shape;
import org.packbench.label.Symbology;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.symbol.Symbols;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.Pattern;
import org.packbench.render.BundledTypeface;

/**
 * A printer's test and calibration label: millimetre rulers along the top and left edges (longer
 * every 5 and 10 mm) to read the offsets off, a 10 mm square and a 50 mm line to check the scale,
 * the profile's name, resolution and offsets in 10 pt, and the name as Code 128 to check the bars.
 * It is laid out at the profile's size (58×40 mm when the profile names none), so it shows what the
 * printer makes of that stock.
 */
public final class CalibrationLabel {
    public static final LabelStock DEFAULT_STOCK = LabelStock.parse("58x40").orElseThrow();
    static final String TEMPLATE_ID = "printer-test";
    private static final double TICK_MM = 0.15;
    private static final double MARGIN_MM = 5;
    private static final double PT = 10;

    private CalibrationLabel() {}

    public static LabelDocument of(PrinterProfile p) {
        LabelStock stock = p.stock().orElse(DEFAULT_STOCK);
        double w = stock.widthMm().doubleValue();
        double h = stock.heightMm().doubleValue();
        int scale = Math.min(50, (int) Math.floor((w - MARGIN_MM - 1) / 10) * 10);
        List<Element> e = new ArrayList<>(rulers(w, h));
        e.add(shape("square", Shape.Kind.BOX, new Rect(MARGIN_MM, MARGIN_MM, 10, 10), 0.3));
        double right = MARGIN_MM + 12;
        e.add(new Element.Stack(
                "facts",
                new Rect(right, MARGIN_MM, w - right - 1, 10.5),
                0.2,
                List.of(text("name", w - right - 1, FontStyle.BOLD), text("facts", w - right - 1, FontStyle.REGULAR))));
        e.add(new Element.Stack(
                "calibration",
                new Rect(MARGIN_MM, 16, w - MARGIN_MM - 1, 5),
                0,
                List.of(text("offsets", w - MARGIN_MM - 1, FontStyle.REGULAR))));
        if (scale > 0) {
            double y = 22;
            e.add(shape("scale", Shape.Kind.LINE, new Rect(MARGIN_MM, y, scale, 0.3), 0.3));
            e.add(shape("scale-start", Shape.Kind.LINE, new Rect(MARGIN_MM, y - 1, 0.3, 2.3), 0.3));
            e.add(shape("scale-end", Shape.Kind.LINE, new Rect(MARGIN_MM + scale - 0.3, y - 1, 0.3, 2.3), 0.3));
        }
        Rect codeBox = new Rect(4.2, 24, w - 4.2 - 1, 11.5);
        e.add(new Element.Barcode(
                "name-barcode",
                Symbology.CODE128,
                Pattern.field("name"),
                codeBox,
                moduleMm(p.name(), codeBox.width(), p.dpi()),
                6.5,
                true,
                Element.Align.LEFT,
                false,
                false));
        e.add(new Element.Stack(
                "legend",
                new Rect(MARGIN_MM, 35.5, w - MARGIN_MM - 1, Math.max(0, h - 35.5)),
                0,
                List.of(text("legend", w - MARGIN_MM - 1, FontStyle.REGULAR))));
        LabelTemplate t =
                new LabelTemplate(TEMPLATE_ID, "Printer test", "", LabelTemplate.Kind.PRODUCT, false, w, h, e);
        Map<String, String> values = Map.of(
                "name", p.name(),
                "facts", p.dpi() + " dpi " + p.language().code().toUpperCase(java.util.Locale.ROOT),
                "offsets", "offset x " + mm(p.xOffsetMm()) + " mm, y " + mm(p.yOffsetMm()) + " mm",
                "legend", "square 10 mm" + (scale > 0 ? ", line " + scale + " mm" : ""));
        try {
            return new LabelComposer(BundledTypeface.get()).compose(t, values, p.dpi());
        } catch (LayoutException e2) {
            throw new ProblemException("print.test.tooSmall", p.name(), stock, e2.problem());
        }
    }

    /** Marks every millimetre; the 5 and 10 mm marks longer, so they can be counted at a glance. */
    private static List<Element> rulers(double w, double h) {
        List<Element> out = new ArrayList<>();
        for (int mm = 0; mm + TICK_MM <= w; mm++) {
            out.add(shape("ruler-x-" + mm, Shape.Kind.LINE, new Rect(mm, 0, TICK_MM, tick(mm)), TICK_MM));
        }
        for (int mm = 1; mm + TICK_MM <= h; mm++) {
            out.add(shape("ruler-y-" + mm, Shape.Kind.LINE, new Rect(0, mm, tick(mm), TICK_MM), TICK_MM));
        }
        return out;
    }

    private static double tick(int mm) {
        return mm % 10 == 0 ? 4 : mm % 5 == 0 ? 2.5 : 1.5;
    }

    /** The widest module, in whole dots, up to 0.25 mm, at which the name and its quiet zones fit. */
    private static double moduleMm(String name, double boxMm, int dpi) {
        int columns = Symbols.encode(Symbology.CODE128, name).modules().get(0).length + 20;
        int box = (int) Math.floor(boxMm * dpi / 25.4);
        int dots = Math.max(1, Math.min((int) Math.round(0.25 * dpi / 25.4), box / columns));
        return dots * 25.4 / dpi;
    }

    private static Element shape(String id, Shape.Kind kind, Rect box, double thickness) {
        return new Element.Shape(id, kind, box, thickness);
    }

    private static Element.Text text(String field, double width, FontStyle style) {
        return new Element.Text(
                field, new Rect(0, 0, width, 0), Pattern.field(field), PT, PT, style, 1, Element.Align.LEFT, false);
    }

    private static String mm(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
