package org.packbench.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A PDF from elsewhere, opened under {@link PdfLimits}: the one way PackBench loads a PDF it did
 * not write. Opening refuses a file past the size limit, streams that inflate past theirs, a
 * page tree that loops or holds more pages than allowed, and a page whose size is no number or
 * no label's; afterwards every page is
 * drawn through {@link #renderer()} and read through a {@link GuardedTextStripper}, which keep
 * each page within its budget. PDFBox's scratch buffers stay within the limits' memory and
 * temporary-file sizes.
 *
 * <p>The caller maps what remains to its own messages: an {@link IOException} (including
 * {@link org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException}) or a RuntimeException is
 * a file PDFBox cannot read; a {@link PdfRefusedException} already says which limit was passed.
 */
public final class GuardedPdf implements AutoCloseable {
    private static final double MM_PER_PT = 25.4 / 72;

    private final PDDocument document;
    private final PdfLimits limits;
    private final int pages;

    private GuardedPdf(PDDocument document, PdfLimits limits, int pages) {
        this.document = document;
        this.limits = limits;
        this.pages = pages;
    }

    /**
     * The bytes of {@code file}, refused by its size before a byte is read (and again should it
     * grow while being read).
     */
    public static byte[] readFile(Path file, PdfLimits limits) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw tooLarge(size, limits);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw tooLarge(bytes.length, limits);
            }
            return bytes;
        }
    }

    /** Opens {@code pdf}; see the class comment for what is refused and how. */
    public static GuardedPdf load(byte[] pdf, PdfLimits limits) throws IOException {
        if (pdf.length > limits.maxFileBytes()) {
            throw tooLarge(pdf.length, limits);
        }
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.mainMemoryBytes(), limits.scratchFileBytes());
        PDDocument document =
                Guard.io(() -> Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null, memory.streamCache));
        try {
            int pages = Guard.io(() -> {
                InflatedSize.check(document.getDocument(), limits);
                int n = PageTree.flatten(document, limits);
                for (int i = 0; i < n; i++) {
                    checkSize(document.getPage(i), i + 1, limits);
                }
                return n;
            });
            return new GuardedPdf(document, limits, pages);
        } catch (IOException | RuntimeException e) {
            closeQuietly(document);
            throw e;
        }
    }

    public PdfLimits limits() {
        return limits;
    }

    public int pageCount() {
        return pages;
    }

    /** Page {@code index}, 0-based. */
    public PDPage page(int index) {
        return document.getPage(index);
    }

    /** A new renderer of these pages, each drawing within its page budget. */
    public GuardedRenderer renderer() {
        return new GuardedRenderer(this);
    }

    PDDocument document() {
        return document;
    }

    @Override
    public void close() {
        closeQuietly(document);
    }

    /** The media box must be a size and the drawn area (crop box) a label's: a NaN or 10^30 pt page draws nothing useful. */
    private static void checkSize(PDPage page, int number, PdfLimits limits) {
        for (PDRectangle box : new PDRectangle[] {page.getMediaBox(), page.getCropBox()}) {
            double w = box.getWidth() * MM_PER_PT;
            double h = box.getHeight() * MM_PER_PT;
            if (!(w >= limits.minPageSideMm()
                    && w <= limits.maxPageSideMm()
                    && h >= limits.minPageSideMm()
                    && h <= limits.maxPageSideMm())) {
                throw new PdfRefusedException(
                        "pdf.limit.pageSize",
                        number,
                        shown(w),
                        shown(h),
                        shown(limits.minPageSideMm()),
                        shown(limits.maxPageSideMm()));
            }
        }
    }

    /**
     * A size for a message, whatever the locale: one decimal at most, the exponent form for sizes
     * no page has, and NaN as NaN (Russian MessageFormat would write «не число»).
     */
    static String shown(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "-∞";
        }
        if (Math.abs(v) >= 1e6) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return BigDecimal.valueOf(v)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static PdfRefusedException tooLarge(long bytes, PdfLimits limits) {
        return new PdfRefusedException("pdf.limit.fileSize", shown(bytes / (1024.0 * 1024)), limits.maxFileMegabytes());
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // Nothing was written through it; releasing the buffers is all close does here.
        }
    }
}
