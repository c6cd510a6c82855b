package org.packbench.label;

import java.util.List;

/**
 * Text repeated diagonally across the label in a light tone, such as the seller's DAC on a VK
 * label. It is drawn under everything else and kept out of every {@code exclusion} (barcodes with
 * their quiet zones, and the text lines) so it never hinders a scan or a reader.
 *
 * @param angleDeg    rotation, counter-clockwise
 * @param sizePt      font size of the repeated text
 * @param stepMm      distance between repetitions along and across the text direction
 * @param grey        tone for writers that have one (PDF, PNG preview): 0 black … 1 white
 * @param dotPitch    for 1-bit output: one dot in every {@code dotPitch}×{@code dotPitch} cell of
 *                    the glyph area is printed, so the text reads as a light screen
 */
public record Watermark(
        String text,
        double angleDeg,
        double sizePt,
        double stepMm,
        double grey,
        int dotPitch,
        Rect area,
        List<Rect> exclusions) {

    public Watermark {
        exclusions = List.copyOf(exclusions);
    }
}
