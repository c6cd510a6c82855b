package org.packbench.render;

import java.util.List;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.TextBlock;
import org.packbench.label.TextLine;
import org.packbench.label.Typeface;

/**
 * The human-readable line of a hand-made test symbol, as the layout engine places one: 10 pt
 * regular, centred 0.5 mm under the bars. Writers draw a document's text blocks only, so a test
 * document that wants the digits under its bars carries them as a block, as a composed one does.
 */
public final class HriLines {
    private HriLines() {}

    public static TextBlock under(BarcodeSymbol s, Typeface typeface) {
        double size = 10;
        double width = typeface.widthMm(s.hri(), FontStyle.REGULAR, size);
        double ascent = typeface.ascentMm(FontStyle.REGULAR, size);
        double descent = typeface.descentMm(FontStyle.REGULAR, size);
        double left = Dots.toMm(Dots.of(s.x(), s.dpi()), s.dpi());
        double top = Dots.toMm(Dots.of(s.y(), s.dpi()), s.dpi());
        double x = left + (s.widthMm() - width) / 2;
        double baseline = top + s.heightMm() + 0.5 + ascent;
        TextLine line = new TextLine(
                s.hri(), FontStyle.REGULAR, size, x, baseline, new Rect(x, baseline - ascent, width, ascent + descent));
        return new TextBlock(s.elementId() + ".hri", s.hri(), List.of(), false, size, List.of(line));
    }
}
