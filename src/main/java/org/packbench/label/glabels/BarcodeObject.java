package org.packbench.label.glabels;

import java.util.Locale;
import java.util.Optional;
import org.packbench.gs1.Gs1Formatter;
import org.packbench.gs1.Gs1Parser;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Rect;
import org.packbench.label.Symbology;
import org.packbench.label.template.Element;
import org.packbench.label.template.Pattern;

/**
 * A gLabels barcode as a barcode element, for the symbologies a PackBench label prints. gLabels
 * stretches a symbol to fill its box; PackBench prints whole printer dots, so the module is
 * chosen (the size the bundled templates use) and said, for the seller to check in the designer.
 */
final class BarcodeObject {
    static final double QR_MODULE_MM = 0.25;
    static final double DATAMATRIX_MODULE_MM = 0.375;
    /** EAN-13 at its nominal size, when the box has room for it with its quiet zones (113 modules). */
    static final double EAN13_MODULE_MM = 0.33;

    static final double NARROW_MODULE_MM = 0.25;
    private static final int EAN13_MODULES_WITH_QUIET_ZONES = 113;
    /** The human-readable line under a linear symbol: 10 pt type and its gap take about 4.7 mm. */
    static final double HRI_ROOM_MM = 5.0;

    private BarcodeObject() {}

    /** What gLabels' style ids (of its built-in, zint, qrencode and iec16022 backends) become. */
    private enum Kind {
        QR,
        DATAMATRIX,
        EAN13,
        CODE128,
        GS1_128;

        static Optional<Kind> of(String style) {
            return switch (style.strip().toUpperCase(Locale.ROOT)) {
                case "IEC18004", "QR" -> Optional.of(QR);
                case "IEC16022", "DMTX" -> Optional.of(DATAMATRIX);
                case "EAN", "EAN-13" -> Optional.of(EAN13);
                case "CODE128", "CODE128B", "CODE128C" -> Optional.of(CODE128);
                case "GS1-128" -> Optional.of(GS1_128);
                default -> Optional.empty();
            };
        }
    }

    static Optional<Element> read(GlabelsNode object, Importing in) {
        Placement at = Placement.of(object);
        String x = Importing.mm(at.xMm());
        String y = Importing.mm(at.yMm());
        String style = object.text("style").orElse("");
        Optional<Kind> kind = Kind.of(style);
        if (kind.isEmpty()) {
            in.note("glabels.note.barcodeStyle", style, x, y);
            return Optional.empty();
        }
        Optional<String> field = object.text("field").filter(f -> !f.isBlank());
        Optional<String> literal = object.text("data").filter(d -> !d.isBlank());
        if (field.isEmpty() && literal.isEmpty()) {
            in.note("glabels.note.noBarcodeData", x, y);
            return Optional.empty();
        }
        double w = object.mm("w", 0);
        double h = object.mm("h", 0);
        if (w <= 0 || h <= 0) {
            in.note("glabels.note.noSize", Message.of("glabels.kind.barcode"), x, y);
            return Optional.empty();
        }
        Optional<String> gs1Literal = literal.filter(d -> field.isEmpty()).flatMap(BarcodeObject::gs1);
        Symbology symbology =
                switch (kind.get()) {
                    case QR -> Symbology.QR;
                    case EAN13 -> Symbology.EAN13;
                    case CODE128 -> Symbology.CODE128;
                    case GS1_128 -> Symbology.GS1_128;
                    case DATAMATRIX -> gs1Literal.isPresent()
                                    || field.flatMap(MergeFields::ours)
                                            .filter(MergeFields.GS1::contains)
                                            .isPresent()
                            ? Symbology.GS1_DATAMATRIX
                            : Symbology.DATAMATRIX;
                };
        if (symbology == Symbology.GS1_128 && field.isEmpty() && gs1Literal.isEmpty()) {
            in.note("glabels.note.gs1Invalid", x, y, literal.get());
            return Optional.empty();
        }
        String id = in.id(base(symbology));
        at.report(id, in);
        Pattern data = data(symbology, field, literal, gs1Literal, id, in);
        Optional<Rect> box = in.onLabel(new Rect(at.xMm(), at.yMm(), w, h), id, "glabels.kind.barcode");
        if (box.isEmpty()) {
            return Optional.empty();
        }
        if (symbology == Symbology.DATAMATRIX) {
            in.note("glabels.note.plainDataMatrix", id);
        }
        object.text("color_field")
                .ifPresentOrElse(f -> in.note("glabels.note.colourField", id, f), () -> object.colour("color")
                        .filter(c -> !c.black())
                        .ifPresent(c -> in.note("glabels.note.colour", id, c.written())));
        double module = module(symbology, box.get());
        boolean hri = !symbology.isTwoDimensional() && object.bool("text", false);
        double bars = 0;
        if (symbology.isTwoDimensional()) {
            in.note("glabels.note.module", id, Importing.plain(module));
        } else {
            double height = box.get().height();
            bars = hri && height > HRI_ROOM_MM + 1 ? height - HRI_ROOM_MM : height;
            in.note("glabels.note.moduleBars", id, Importing.plain(module), Importing.mm(bars));
        }
        return Optional.of(new Element.Barcode(
                id, symbology, data, box.get(), module, bars, hri, Element.Align.LEFT, false, false));
    }

    private static Pattern data(
            Symbology symbology,
            Optional<String> field,
            Optional<String> literal,
            Optional<String> gs1Literal,
            String id,
            Importing in) {
        if (field.isPresent()) {
            Optional<String> ours = in.field(field.get(), id);
            if (ours.isEmpty()) {
                return Pattern.parse("[" + Importing.withoutBraces(field.get()) + "]");
            }
            // The bench's SSCC is its 18 digits; a GS1-128 symbol carries it after its AI.
            String ai = symbology == Symbology.GS1_128 && ours.get().equals("sscc") ? "00" : "";
            return Pattern.parse(ai + "{" + ours.get() + "}");
        }
        if (gs1Literal.isPresent() && (symbology == Symbology.GS1_128 || symbology == Symbology.GS1_DATAMATRIX)) {
            return Pattern.parse(gs1Literal.get());
        }
        return in.pattern(SpanText.parts(literal.orElseThrow()), id);
    }

    /**
     * GS1 data written in brackets, as zint reads it in gLabels ({@code [01]04607…}) or as it is
     * printed ({@code (01)04607…}): the element string a GS1 symbol carries, if it is one.
     */
    private static Optional<String> gs1(String written) {
        String text = written.strip();
        if (!(text.startsWith("[") || text.startsWith("("))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Gs1Formatter.elementString(
                    Gs1Parser.parseBracketedPart(text.replace('[', '(').replace(']', ')'))));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    private static double module(Symbology symbology, Rect box) {
        return switch (symbology) {
            case QR -> QR_MODULE_MM;
            case DATAMATRIX, GS1_DATAMATRIX -> DATAMATRIX_MODULE_MM;
            case EAN13 -> box.width() >= EAN13_MODULES_WITH_QUIET_ZONES * EAN13_MODULE_MM
                    ? EAN13_MODULE_MM
                    : NARROW_MODULE_MM;
            case CODE128, GS1_128 -> NARROW_MODULE_MM;
        };
    }

    private static String base(Symbology symbology) {
        return switch (symbology) {
            case QR -> "qr";
            case DATAMATRIX, GS1_DATAMATRIX -> "datamatrix";
            case EAN13 -> "ean13";
            case CODE128 -> "code128";
            case GS1_128 -> "gs1-128";
        };
    }
}
