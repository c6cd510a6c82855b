package org.packbench.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.pdf.HostilePdfs.RawPdf;

/** The guarded loader, renderer and text reader: what a well-made file keeps, and each limit on its own. */
class GuardedPdfTest {
    @TempDir
    Path dir;

    /** The label limits with the given instructions per page, time per page and file size. */
    private static PdfLimits limits(int operators, Duration time, long fileBytes) {
        PdfLimits l = PdfLimits.LABELS;
        return new PdfLimits(
                fileBytes,
                l.maxPages(),
                l.minPageSideMm(),
                l.maxPageSideMm(),
                l.maxStreamBytes(),
                l.maxInflatedBytes(),
                l.maxImagePixels(),
                operators,
                l.maxXObjectsPerPage(),
                l.maxNesting(),
                l.maxSavedStates(),
                time,
                l.mainMemoryBytes(),
                l.scratchFileBytes());
    }

    /** Text of every page through the guarded reader, one string per page. */
    private static List<String> text(GuardedPdf pdf) throws IOException {
        List<StringBuilder> pages = new java.util.ArrayList<>();
        new GuardedTextStripper(pdf.limits()) {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                while (pages.size() < getCurrentPageNo()) {
                    pages.add(new StringBuilder());
                }
                pages.get(getCurrentPageNo() - 1).append(text);
            }
        }.read(pdf);
        return pages.stream().map(StringBuilder::toString).toList();
    }

    @Test
    void aNestedPageTreeIsReadInOrderAndEachPageKeepsWhatItInherits() throws IOException {
        // Root (media box 75×120 mm, the font) → [inner node (turned 90°) → [page 1, page 2], page 3].
        RawPdf raw = new RawPdf();
        int root = raw.reserve();
        int inner = raw.reserve();
        int font = raw.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        int[] pages = new int[3];
        for (int i = 0; i < 3; i++) {
            int content = raw.stream("<< >>", "BT /F1 12 Tf 20 200 Td (page " + (i + 1) + ") Tj ET\n");
            pages[i] = raw.object(
                    "<< /Type /Page /Parent " + (i < 2 ? inner : root) + " 0 R /Contents " + content + " 0 R >>");
        }
        raw.set(
                inner,
                "<< /Type /Pages /Parent " + root + " 0 R /Rotate 90 /Kids [" + pages[0] + " 0 R " + pages[1]
                        + " 0 R] /Count 2 >>");
        raw.set(
                root,
                "<< /Type /Pages /MediaBox " + HostilePdfs.LABEL_BOX + " /Resources << /Font << /F1 " + font
                        + " 0 R >> >> /Kids [" + inner + " 0 R " + pages[2] + " 0 R] /Count 3 >>");
        byte[] pdf = raw.bytes(raw.object("<< /Type /Catalog /Pages " + root + " 0 R >>"));

        try (GuardedPdf doc = GuardedPdf.load(pdf, PdfLimits.LABELS)) {
            assertEquals(3, doc.pageCount());
            for (int i = 0; i < 3; i++) {
                PDRectangle box = doc.page(i).getMediaBox();
                assertEquals(212.6f, box.getWidth(), 0.01);
                assertEquals(340.2f, box.getHeight(), 0.01);
            }
            assertEquals(
                    List.of(90, 90, 0),
                    List.of(
                            doc.page(0).getRotation(),
                            doc.page(1).getRotation(),
                            doc.page(2).getRotation()));
            assertEquals(
                    List.of("page 1", "page 2", "page 3"),
                    text(doc).stream().map(String::strip).toList());
            // Turned a quarter, page 1 is drawn 340.2 pt wide: 340 pixels at 72 dpi.
            assertEquals(
                    340,
                    doc.renderer().renderImageWithDPI(0, 72, ImageType.GRAY).getWidth());
        }
    }

    @Test
    void aPageOfTooManyInstructionsIsRefusedWhenDrawnAndWhenItsTextIsRead() throws IOException {
        byte[] pdf = new RawPdf().onePage(HostilePdfs.LABEL_BOX, "<< >>", "0 0 1 1 re f\n".repeat(60));
        try (GuardedPdf doc = GuardedPdf.load(pdf, limits(100, Duration.ofSeconds(10), 1 << 20))) {
            PdfRefusedException drawn = assertThrows(
                    PdfRefusedException.class, () -> doc.renderer().renderImageWithDPI(0, 72, ImageType.GRAY));
            assertEquals("pdf.limit.operators", drawn.problem().key());
            assertEquals(List.of(1, 100), drawn.problem().args());
            assertEquals(
                    "pdf.limit.operators",
                    assertThrows(PdfRefusedException.class, () -> text(doc))
                            .problem()
                            .key());
        }
        try (GuardedPdf doc = GuardedPdf.load(pdf, limits(120, Duration.ofSeconds(10), 1 << 20))) {
            doc.renderer().renderImageWithDPI(0, 72, ImageType.GRAY);
        }
    }

    @Test
    void aPageStillDrawingWhenItsTimeIsUpIsRefused() throws IOException {
        byte[] pdf = new RawPdf().onePage(HostilePdfs.LABEL_BOX, "<< >>", "0 0 1 1 re f\n");
        try (GuardedPdf doc = GuardedPdf.load(pdf, limits(100, Duration.ofNanos(1), 1 << 20))) {
            PdfRefusedException e = assertThrows(
                    PdfRefusedException.class, () -> doc.renderer().renderImageWithDPI(0, 72, ImageType.GRAY));
            assertEquals("pdf.limit.time", e.problem().key());
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.pdf");
        Files.write(big, new byte[2048]);
        PdfLimits small = limits(100, Duration.ofSeconds(10), 1024);

        PdfRefusedException e = assertThrows(PdfRefusedException.class, () -> GuardedPdf.readFile(big, small));

        assertEquals("pdf.limit.fileSize", e.problem().key());
        assertEquals(
                "pdf.limit.fileSize",
                assertThrows(PdfRefusedException.class, () -> GuardedPdf.load(new byte[2048], small))
                        .problem()
                        .key());
        assertEquals(1024, GuardedPdf.readFile(Files.write(dir.resolve("ok.pdf"), new byte[1024]), small).length);
    }

    @Test
    void aJpegSaysItsSizeInItsFrameHeader() {
        byte[] jpeg = {
            (byte) 0xFF,
            (byte) 0xD8,
            (byte) 0xFF,
            (byte) 0xDB,
            0,
            4,
            0,
            0,
            (byte) 0xFF,
            (byte) 0xC2,
            0,
            11,
            8,
            0x01,
            0x2C,
            0x02,
            0x58,
            1,
            1,
            0x11,
            0
        };
        assertArrayEquals(new long[] {600, 300}, PictureSize.jpegFrame(jpeg));
        assertNull(PictureSize.jpegFrame(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}));
    }

    @Test
    void sizesInMessagesAreNumbersInEveryLanguage() {
        assertEquals("75", GuardedPdf.shown(75.0));
        assertEquals("75.1", GuardedPdf.shown(75.06));
        assertEquals("NaN", GuardedPdf.shown(Double.NaN));
        assertEquals("3.53e+29", GuardedPdf.shown(3.528e29));
    }
}
