package org.packbench.verify.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Text printed under the marketplace's minimum size: one finding per stretch of a run set at
 * one size, so a line shows up once rather than glyph by glyph.
 *
 * @param page   1-based page number
 * @param sizePt the size as printed (font size times the scaling of text and page matrices), to 0.01 pt
 */
public record SmallText(int page, double sizePt, String text) {
    /** VK and Ozon refuse labels with any text smaller than this. */
    public static final double MINIMUM_PT = 10.0;
    /** Sizes come from float matrices: 9.9999 pt is the 10 pt the producer asked for. */
    private static final double TOLERANCE_PT = 0.005;

    /** Every stretch of text under {@link #MINIMUM_PT}, upright or rotated, in reading order. */
    public static List<SmallText> findIn(List<TextRun> runs) {
        List<SmallText> found = new ArrayList<>();
        for (TextRun run : runs) {
            StringBuilder text = new StringBuilder();
            double size = Double.NaN;
            for (TextRun.Cell cell : run.cells()) {
                double rounded = round(cell.sizePt());
                if (rounded != size) {
                    add(found, run.page(), size, text);
                    text.setLength(0);
                    size = rounded;
                }
                text.append(cell.text());
            }
            add(found, run.page(), size, text);
        }
        return found;
    }

    private static void add(List<SmallText> found, int page, double size, StringBuilder text) {
        String t = TextRun.normalised(text.toString());
        if (!t.isEmpty() && size < MINIMUM_PT - TOLERANCE_PT) {
            found.add(new SmallText(page, size, t));
        }
    }

    static double round(double sizePt) {
        return Math.round(sizePt * 100) / 100.0;
    }
}
