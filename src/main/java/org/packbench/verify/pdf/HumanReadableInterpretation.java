package org.packbench.verify.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A barcode's human readable interpretation (HRI, GS1 General Specifications 4.14): the
 * characters printed under or beside the bars that spell the data the symbol encodes, such as
 * the 8 pt digits of an EAN-13. They belong to the symbol, whose specification sets their size
 * with the bars', not to the label text a marketplace wants at 10 pt or more.
 *
 * <p>A run counts only when the place and the text both say so: it lies under, over or beside
 * the bars, within the quiet zones and about a line's height from them, and together with the
 * other such runs of that barcode it spells exactly the barcode's data. A name, a weight or a
 * manufacturer never spells a barcode's data, so the rule cannot excuse them.
 */
final class HumanReadableInterpretation {
    /** The quiet zone of a linear symbol is ten or eleven modules, about a ninth of an EAN-13; a bit more here. */
    private static final double QUIET_ZONE_SHARE = 0.15;
    /** Slack for the page picture's pixels (1/300 in) and the font's side bearings, pt. */
    private static final double SLACK_PT = 2.0;

    private HumanReadableInterpretation() {}

    /** The runs that are the human readable interpretation of one of {@code barcodes}. */
    static Set<TextRun> in(List<TextRun> runs, List<PageBarcodes.Found> barcodes) {
        Set<TextRun> out = new LinkedHashSet<>();
        for (PageBarcodes.Found b : barcodes) {
            String data = compact(b.barcode().text());
            if (data.isEmpty() || !b.area().known() || !b.area().across()) {
                // A symbol standing upright has its digits turned with it: no upright run is them.
                continue;
            }
            List<TextRun> pieces = new ArrayList<>();
            StringBuilder spelt = new StringBuilder();
            for (TextRun run : runs) {
                String text = compact(run.text());
                if (run.page() == b.barcode().page()
                        && run.upright()
                        && !text.isEmpty()
                        && data.contains(text)
                        && near(run, b.area())) {
                    pieces.add(run);
                    spelt.append(text);
                }
            }
            if (spelt.toString().equals(data)) {
                out.addAll(pieces);
            }
        }
        return out;
    }

    /** Within the symbol's quiet zones along it, and no more than a line of its own size above or below the bars. */
    private static boolean near(TextRun run, SymbolArea bars) {
        double quiet = QUIET_ZONE_SHARE * (bars.right() - bars.left()) + SLACK_PT;
        if (run.x() < bars.left() - quiet || run.endX() > bars.right() + quiet) {
            return false;
        }
        double size = run.sizePt();
        double glyphTop = run.y() - size;
        double glyphBottom = run.y() + 0.25 * size;
        double gap = Math.max(glyphTop - bars.bottom(), bars.top() - glyphBottom);
        return gap <= size + SLACK_PT;
    }

    /**
     * The data as characters only: HRI sets AIs in brackets and groups digits with spaces, and
     * an EAN-13 may carry its quiet-zone mark '>'; none of these is data.
     */
    static String compact(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F()<>\\u001D]", "");
    }
}
