package org.packbench.label.template;

import java.util.List;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.Symbology;

/** The elements a template may hold. Positions in mm from the top-left corner, sizes of type in pt. */
public sealed interface Element {
    String id();

    /** An element that sits in a box on the label; only the watermark covers the whole label. */
    sealed interface Boxed extends Element {
        Rect box();
    }

    enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /**
     * Text from a field ({@code {name_ru}}) or a pattern ({@code Вес нетто: {net_weight_g} г}).
     * Inside a stack, {@code box} holds only the width (and an x offset); the stack places it.
     *
     * @param optional leave the element out when every field it uses is empty
     */
    record Text(
            String id,
            Rect box,
            Pattern pattern,
            double sizePt,
            double minPt,
            FontStyle style,
            int maxLines,
            Align align,
            boolean optional)
            implements Boxed {

        public Text withBox(Rect to) {
            return new Text(id, to, pattern, sizePt, minPt, style, maxLines, align, optional);
        }

        public Text withPattern(Pattern to) {
            return new Text(id, box, to, sizePt, minPt, style, maxLines, align, optional);
        }

        /** Another size; the floor it may shrink to never above it. */
        public Text withSize(double pt) {
            return new Text(id, box, pattern, pt, Math.min(minPt, pt), style, maxLines, align, optional);
        }

        public Text withStyle(FontStyle to) {
            return new Text(id, box, pattern, sizePt, minPt, to, maxLines, align, optional);
        }

        public Text withAlign(Align to) {
            return new Text(id, box, pattern, sizePt, minPt, style, maxLines, to, optional);
        }

        /** At most {@code lines} lines, shrinking no lower than {@code floorPt} (never above the size). */
        public Text withFit(int lines, double floorPt) {
            return new Text(id, box, pattern, sizePt, Math.min(floorPt, sizePt), style, lines, align, optional);
        }
    }

    /** Text elements flowing top to bottom within a box, each as tall as its lines need. */
    record Stack(String id, Rect box, double gapMm, List<Text> children) implements Boxed {
        public Stack {
            children = List.copyOf(children);
        }
    }

    /**
     * A barcode placed in {@code box}, which includes its quiet zone.
     *
     * @param moduleMm  the wanted module size (X-dimension); it becomes a whole number of dots
     * @param barHeightMm bar height of a linear symbol
     * @param hri       print the human-readable line under a linear symbol
     * @param optional  leave the symbol out when every field of its data is empty
     */
    record Barcode(
            String id,
            Symbology symbology,
            Pattern data,
            Rect box,
            double moduleMm,
            double barHeightMm,
            boolean hri,
            Align align,
            boolean bottom,
            boolean optional)
            implements Boxed {
        public Barcode withBox(Rect to) {
            return new Barcode(id, symbology, data, to, moduleMm, barHeightMm, hri, align, bottom, optional);
        }

        public Barcode withData(Pattern to) {
            return new Barcode(id, symbology, to, box, moduleMm, barHeightMm, hri, align, bottom, optional);
        }

        public Barcode withModule(double mm) {
            return new Barcode(id, symbology, data, box, mm, barHeightMm, hri, align, bottom, optional);
        }

        public Barcode withAlign(Align to) {
            return new Barcode(id, symbology, data, box, moduleMm, barHeightMm, hri, to, bottom, optional);
        }
    }

    /** A ruled line (a filled rectangle) or a box outline. */
    record Shape(String id, org.packbench.label.Shape.Kind kind, Rect box, double thicknessMm) implements Boxed {}

    /** A monochrome picture, already read from the template folder. */
    record Image(String id, Rect box, boolean[][] pixels) implements Boxed {}

    /** Text repeated diagonally across the label, kept out of barcodes and text. */
    record Watermark(String id, Pattern text, double angleDeg, double sizePt, double stepMm, double grey, int dotPitch)
            implements Element {
        public Watermark withText(Pattern to) {
            return new Watermark(id, to, angleDeg, sizePt, stepMm, grey, dotPitch);
        }

        public Watermark withSize(double pt) {
            return new Watermark(id, text, angleDeg, pt, stepMm, grey, dotPitch);
        }
    }
}
