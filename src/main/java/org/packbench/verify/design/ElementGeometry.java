package org.packbench.verify.design;

import java.util.Locale;
import org.packbench.i18n.Message;
import org.packbench.label.Dots;
import org.packbench.label.Symbology;
import org.packbench.label.compose.Gs1DataMatrixModule;
import org.packbench.label.template.Element;
import org.packbench.verify.Readback;

/**
 * What can be told from an element's geometry alone, before anything is laid out: a stack's text
 * past the stack, a picture whose dots outgrow its box, a barcode module against the dot grid.
 */
final class ElementGeometry {
    private ElementGeometry() {}

    /**
     * A text of a stack reaching past the stack's sides (the stack was made narrower, or the text
     * moved): the engine would lay it out beyond the stack, and no template file can hold it.
     */
    static void withinStack(Element.Stack stack, Findings found) {
        for (Element.Text c : stack.children()) {
            if (c.box().x() < -DesignCheck.TOUCH_MM
                    || c.box().right() > stack.box().width() + 1e-6) {
                found.add(
                        c.id(),
                        DesignFinding.Problem.OUTSIDE_LABEL,
                        true,
                        Message.of(
                                "design.check.outsideStack",
                                c.id(),
                                stack.id(),
                                DesignCheck.mm(c.box().x()),
                                DesignCheck.mm(c.box().right()),
                                DesignCheck.mm(stack.box().width())));
            }
        }
    }

    /**
     * A picture whose dots do not fit its box at this resolution: a thermal head prints one pixel
     * as one dot or more, never less, so it would print beyond its box.
     */
    static void pictureFits(Element.Image picture, int dpi, Findings found) {
        int rows = picture.pixels().length;
        int cols = rows == 0 ? 0 : picture.pixels()[0].length;
        int wide = Dots.of(picture.box().width(), dpi);
        int high = Dots.of(picture.box().height(), dpi);
        if (cols > wide || rows > high) {
            found.add(
                    picture.id(),
                    DesignFinding.Problem.DOES_NOT_FIT,
                    true,
                    Message.of("design.check.pictureTooBig", picture.id(), cols, rows, wide, high, dpi));
        }
    }

    /** Module sizes against the printer's dot grid and the readable minimum, from the template alone. */
    static void modules(Element.Barcode b, int dpi, Findings found) {
        double wanted = b.moduleMm() * dpi / Dots.MM_PER_INCH;
        boolean dataMatrix = b.symbology() == Symbology.GS1_DATAMATRIX;
        int dots = dataMatrix ? Gs1DataMatrixModule.dots(b.moduleMm(), dpi) : Math.max(1, (int) Math.round(wanted));
        if (dataMatrix
                && (b.moduleMm() < Gs1DataMatrixModule.MIN_MM - 1e-9
                        || b.moduleMm() > Gs1DataMatrixModule.MAX_MM + 1e-9)) {
            found.add(
                    b.id(),
                    DesignFinding.Problem.DATAMATRIX_MODULE,
                    true,
                    Message.of(
                            "design.check.dataMatrixModule",
                            b.id(),
                            DesignCheck.mm3(b.moduleMm()),
                            DesignCheck.mm3(Gs1DataMatrixModule.MIN_MM),
                            DesignCheck.mm3(Gs1DataMatrixModule.MAX_MM)));
        }
        if (dots == 0) {
            return; // the layout says so: no whole number of dots fits the DataMatrix range at this dpi
        }
        double printedMm = Dots.toMm(dots, dpi);
        if (dots < Readback.MIN_MODULE_DOTS || printedMm < Readback.MIN_MODULE_MM - 1e-9) {
            found.add(
                    b.id(),
                    DesignFinding.Problem.MODULE_TOO_SMALL,
                    true,
                    Message.of(
                            "design.check.moduleTooSmall",
                            b.id(),
                            b.symbology().name(),
                            dots,
                            DesignCheck.mm3(printedMm),
                            dpi,
                            Readback.MIN_MODULE_DOTS,
                            DesignCheck.mm3(Readback.MIN_MODULE_MM)));
        }
        if (Math.abs(wanted - dots) > DesignCheck.WHOLE_DOT_TOLERANCE) {
            found.add(
                    b.id(),
                    DesignFinding.Problem.MODULE_ROUNDED,
                    false,
                    Message.of(
                            "design.check.moduleRounded",
                            b.id(),
                            DesignCheck.mm3(b.moduleMm()),
                            String.format(Locale.ROOT, "%.2f", wanted),
                            dpi,
                            dots,
                            DesignCheck.mm3(printedMm),
                            String.format(Locale.ROOT, "%+.1f", (printedMm / b.moduleMm() - 1) * 100)));
        }
    }
}
