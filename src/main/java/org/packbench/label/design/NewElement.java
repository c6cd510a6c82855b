package org.packbench.label.design;

import java.util.Set;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.Symbology;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.Pattern;

/**
 * The elements a supervisor can put on a label from the designer's palette, each made with sizes
 * the engine prints well (the bundled templates' own: 10 pt type, 0.25 mm modules, a 0.375 mm
 * DataMatrix module) and bound to the field such an element usually shows, so a new element is
 * legal before it is touched.
 */
public enum NewElement {
    TEXT("text"),
    EAN13("ean13"),
    CODE128("code128"),
    GS1_128("gs1-128"),
    QR("qr"),
    GS1_DATAMATRIX("datamatrix"),
    LINE("line"),
    BOX("box"),
    WATERMARK("watermark");

    private final String idBase;

    NewElement(String idBase) {
        this.idBase = idBase;
    }

    /** An edit adding this element at {@code xMm, yMm} with an id no other element of {@code t} has. */
    public Edit.Add at(LabelTemplate t, double xMm, double yMm) {
        String id = freeId(Elements.ids(t), idBase);
        return new Edit.Add(make(id, t, xMm, yMm));
    }

    private Element make(String id, LabelTemplate t, double x, double y) {
        return switch (this) {
                // A product's name, as long as catalogs have them: three lines of 10 pt across the label.
            case TEXT -> new Element.Text(
                    id,
                    new Rect(x, y, Math.max(10, Math.min(54, t.widthMm() - x - 2)), 13),
                    Pattern.field("name_ru"),
                    10,
                    10,
                    FontStyle.REGULAR,
                    3,
                    Element.Align.LEFT,
                    false);
            case EAN13 -> barcode(id, Symbology.EAN13, "{gtin}", new Rect(x, y, 44, 18), 0.33, 13);
            case CODE128 -> barcode(id, Symbology.CODE128, "{tracking}", new Rect(x, y, 64, 18), 0.25, 12);
            case GS1_128 -> barcode(id, Symbology.GS1_128, "00{sscc}", new Rect(x, y, 84, 26), 0.375, 18);
            case QR -> barcode(id, Symbology.QR, "{qr_payload}", new Rect(x, y, 16, 16), 0.25, 0);
            case GS1_DATAMATRIX -> barcode(id, Symbology.GS1_DATAMATRIX, "{mark}", new Rect(x, y, 18, 18), 0.375, 0);
            case LINE -> new Element.Shape(id, org.packbench.label.Shape.Kind.LINE, new Rect(x, y, 30, 0.3), 0);
            case BOX -> new Element.Shape(id, org.packbench.label.Shape.Kind.BOX, new Rect(x, y, 30, 15), 0.3);
            case WATERMARK -> new Element.Watermark(id, Pattern.parse("DAC {dac}"), 30, 12, 13, 0.82, 4);
        };
    }

    private static Element.Barcode barcode(
            String id, Symbology symbology, String data, Rect box, double moduleMm, double barHeightMm) {
        return new Element.Barcode(
                id,
                symbology,
                Pattern.parse(data),
                box,
                moduleMm,
                barHeightMm,
                false,
                Element.Align.LEFT,
                false,
                false);
    }

    /** An edit adding a picture of {@code pixels}, {@code widthMm} × {@code heightMm}, at {@code xMm, yMm}. */
    public static Edit.Add picture(
            LabelTemplate t, double xMm, double yMm, double widthMm, double heightMm, boolean[][] pixels) {
        return new Edit.Add(
                new Element.Image(freeId(Elements.ids(t), "picture"), new Rect(xMm, yMm, widthMm, heightMm), pixels));
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… whichever is free first. */
    static String freeId(Set<String> taken, String base) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String id = base + "-" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}
