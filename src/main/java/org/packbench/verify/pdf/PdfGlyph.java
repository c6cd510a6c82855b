package org.packbench.verify.pdf;

/**
 * One glyph as PDFBox extracted it, in the coordinates of its own line of text: {@code x} along
 * the baseline, {@code y} the baseline measured downwards, both in pt. For upright text these
 * are the page's coordinates from the top-left corner.
 *
 * @param page    1-based page number
 * @param advance the glyph's width along the baseline in pt; an estimate for rotated text
 * @param sizePt  the size as printed
 * @param angle   the angle of the baseline on the page as displayed, in whole degrees; 0 is upright
 */
record PdfGlyph(int page, String text, double x, double y, double advance, double sizePt, int angle) {

    boolean upright() {
        return angle == 0;
    }

    boolean blank() {
        return text.isBlank();
    }
}
