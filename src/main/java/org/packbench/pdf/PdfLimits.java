package org.packbench.pdf;

import java.time.Duration;

/**
 * How much work a PDF from elsewhere may ask of PackBench before it is refused. A label PDF is a
 * few pages of text, bars and perhaps a picture; a file past any of these is damaged or built to
 * stall the bench (a 2.5 KB form drawn inside itself ten times, ten levels deep, asks for ten
 * billion drawings), and the packer is better served by one sentence than by a frozen screen.
 *
 * @param maxFileBytes        the file's size, checked before it is read
 * @param maxPages            pages in the document
 * @param minPageSideMm       the shortest side a page may have
 * @param maxPageSideMm       the longest side a page may have: past it the page is no label and
 *                            its rendering alone would fill the memory
 * @param maxStreamBytes      one stream inflated (its general-purpose filters undone), checked before use
 * @param maxInflatedBytes    all streams inflated together
 * @param maxImagePixels      width × height of one picture, as declared, checked before it is decoded
 * @param maxOperatorsPerPage drawing instructions on one page, those of the forms it draws included
 * @param maxXObjectsPerPage  forms and pictures one page draws, each drawing counted
 * @param maxNesting          forms within forms (and patterns, glyph procedures, masks within each other)
 * @param maxSavedStates      graphics states saved ({@code q}) and not yet restored within one stream
 * @param timePerPage         wall-clock time for reading or drawing one page once
 * @param mainMemoryBytes     PDFBox's scratch buffers held in memory before they go to a temporary file
 * @param scratchFileBytes    PDFBox's scratch buffers in memory and temporary file together
 */
public record PdfLimits(
        long maxFileBytes,
        int maxPages,
        double minPageSideMm,
        double maxPageSideMm,
        long maxStreamBytes,
        long maxInflatedBytes,
        long maxImagePixels,
        int maxOperatorsPerPage,
        int maxXObjectsPerPage,
        int maxNesting,
        int maxSavedStates,
        Duration timePerPage,
        long mainMemoryBytes,
        long scratchFileBytes) {

    private static final long MB = 1024L * 1024;

    /**
     * Marketplace and supplier label PDFs. An Ozon label page is about 30 KB and draws a few
     * thousand instructions and a handful of forms; a label batch larger than 1,000 pages is
     * downloaded in parts anyway. Pages up to 450 mm take A3 sheets of labels. 25 million pixels
     * is a 100×150 mm picture at over 1,200 dpi; decoded in colour it takes 100 MB of the bench's
     * 512, and 100 MB is that picture's data in CMYK; 256 MB in all is eight times what a
     * 1,000-page Ozon PDF inflates to. 250,000 instructions or 10,000 forms take PDFBox about a second to draw; ten seconds
     * for one page is ten times what the slowest label needs.
     */
    public static final PdfLimits LABELS = new PdfLimits(
            50 * MB,
            1_000,
            5,
            450,
            100 * MB,
            256 * MB,
            25_000_000L,
            250_000,
            10_000,
            32,
            256,
            Duration.ofSeconds(10),
            16 * MB,
            256 * MB);

    public PdfLimits {
        if (maxFileBytes <= 0
                || maxPages <= 0
                || !(minPageSideMm > 0)
                || !(maxPageSideMm >= minPageSideMm)
                || maxStreamBytes <= 0
                || maxInflatedBytes < maxStreamBytes
                || maxImagePixels <= 0
                || maxOperatorsPerPage <= 0
                || maxXObjectsPerPage <= 0
                || maxNesting <= 0
                || maxSavedStates <= 0
                || timePerPage.isNegative()
                || timePerPage.isZero()
                || mainMemoryBytes < 0
                || scratchFileBytes < mainMemoryBytes) {
            throw new IllegalArgumentException("PDF limits out of range: " + this);
        }
    }

    /** The file limit in whole megabytes, for messages. */
    long maxFileMegabytes() {
        return maxFileBytes / MB;
    }
}
