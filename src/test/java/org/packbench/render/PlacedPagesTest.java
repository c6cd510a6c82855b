package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.packbench.label.LabelDocument;

/**
 * A page drawn on the thread that made its label and put into the batch's PDF later is the page
 * the PDF would have drawn itself: the same file, byte for byte, fonts cut to the same glyphs.
 */
class PlacedPagesTest {
    private static final List<LabelDocument> LABELS = List.of(
            TestDocuments.label(203),
            TestDocuments.withoutWatermark(203),
            TestDocuments.pictureAndDataMatrix(203),
            TestDocuments.label(300));

    /** The trailer's file identifier is made from the time of writing; everything else must match. */
    private static String withoutFileId(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1).replaceAll("/ID \\[<[0-9A-F]+> <[0-9A-F]+>\\]", "/ID");
    }

    /** A batch's writer takes each page out of its queue as it places it, and writes the same file. */
    @Test
    void pagesTakenFromTheQueueAsTheyArePlacedMakeTheSamePdf() throws Exception {
        PdfWriter writer = new PdfWriter();
        java.util.Queue<PdfPage> queue = new java.util.ArrayDeque<>();
        for (LabelDocument label : LABELS) {
            queue.add(writer.page(label));
        }
        java.io.ByteArrayOutputStream taken = new java.io.ByteArrayOutputStream();

        writer.writeTakingPages(queue, taken);

        assertEquals(0, queue.size(), "every page was taken");
        assertEquals(withoutFileId(writer.write(LABELS)), withoutFileId(taken.toByteArray()));
    }

    /**
     * A batch to one PDF holds its pages until the file is written: a page keeps what its PDF
     * needs, not the laid-out label, which weighs many times its deflated content (30,000 VK
     * labels did not fit the launcher's heap while each page kept its label).
     */
    @Test
    void aPageWaitingForItsPdfDoesNotKeepTheLaidOutLabel() throws Exception {
        PdfWriter writer = new PdfWriter();
        LabelDocument label = TestDocuments.label(203);
        java.lang.ref.WeakReference<LabelDocument> laidOut = new java.lang.ref.WeakReference<>(label);
        PdfPage page = writer.page(label);
        byte[] alone = writer.write(List.of(label));
        label = null;

        for (int i = 0; i < 50 && laidOut.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }

        org.junit.jupiter.api.Assertions.assertNull(laidOut.get(), "the page keeps its laid-out label alive");
        assertEquals(withoutFileId(alone), withoutFileId(writer.writePages(List.of(page))));
    }

    @Test
    void pagesDrawnOnOtherThreadsMakeTheSamePdfAsPagesDrawnInIt() throws Exception {
        PdfWriter writer = new PdfWriter();
        List<PdfPage> pages = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<PdfPage>> drawn = new ArrayList<>();
            for (LabelDocument label : LABELS) {
                drawn.add(threads.submit(() -> writer.page(label)));
            }
            for (Future<PdfPage> f : drawn) {
                pages.add(f.get());
            }
        } finally {
            threads.shutdownNow();
        }
        byte[] placed = writer.writePages(pages);
        assertEquals(withoutFileId(writer.write(LABELS)), withoutFileId(placed));
        try (PDDocument pdf = Loader.loadPDF(placed)) {
            assertEquals(LABELS.size(), pdf.getNumberOfPages());
            // The subset fonts carry every character shown: the text reads back whole.
            String text = new PDFTextStripper().getText(pdf);
            for (LabelDocument label : LABELS) {
                label.lines()
                        .forEach(l -> org.junit.jupiter.api.Assertions.assertTrue(
                                text.contains(l.text().strip()), "missing: " + l.text()));
            }
        }
    }

    @Test
    void aPagesContentIsWhatItsHashNames() throws Exception {
        PdfPage page = new PdfWriter().page(TestDocuments.label(203));
        byte[] content = page.content();
        assertEquals(
                java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(content)),
                page.contentSha256());
        assertArrayEquals(content, new PdfWriter().pageContent(TestDocuments.label(203)));
    }
}
