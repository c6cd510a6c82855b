package org.packbench.verify.pdf;

import com.google.zxing.LuminanceSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;
import org.packbench.i18n.ProblemException;
import org.packbench.pdf.GuardedPdf;
import org.packbench.pdf.PdfLimits;
import org.packbench.verify.decode.SymbolDecoder;

/**
 * The marking codes in a PDF from the marking system (a sheet of DataMatrix symbols, one per
 * item), read as a scanner would: each page drawn at 300 dpi, every GS1 DataMatrix on it decoded
 * with its {@code ]d2} and GS bytes, in reading order (page, then row, then column). A plain
 * DataMatrix is not a marking code and is left out.
 */
public final class MarkingCodesInPdf {
    private static final SymbolDecoder DECODER = new SymbolDecoder();

    private MarkingCodesInPdf() {}

    /** Each code as a scanner sends it ({@code ]d2} + element string), in reading order. */
    public static List<String> read(byte[] pdf, String name) {
        try (GuardedPdf document = GuardedPdf.load(pdf, PdfLimits.LABELS)) {
            PDFRenderer renderer = document.renderer();
            renderer.setDefaultDestination(RenderDestination.PRINT);
            renderer.setSubsamplingAllowed(false);
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < document.pageCount(); i++) {
                LuminanceSource page =
                        PageBarcodes.padded(renderer.renderImageWithDPI(i, PageBarcodes.DPI, ImageType.GRAY));
                List<Placed> found = new ArrayList<>();
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (Window w : candidates(page)) {
                    LuminanceSource part = page.crop(w.x(), w.y(), w.width(), w.height());
                    DECODER.readOne(part, org.packbench.label.Symbology.GS1_DATAMATRIX)
                            .filter(d -> d.symbologyIdentifier()
                                    .filter("]d2"::equals)
                                    .isPresent())
                            .ifPresent(d -> {
                                String text =
                                        d.text().startsWith("\u001D") ? d.text().substring(1) : d.text();
                                if (seen.add(text)) {
                                    found.add(new Placed("]d2" + text, w.y(), w.x()));
                                }
                            });
                }
                // Rows of symbols: a few millimetres apart in height count as one row.
                found.sort(Comparator.<Placed>comparingInt(c -> (int) (c.top() / 60))
                        .thenComparingDouble(Placed::left));
                found.forEach(c -> codes.add(c.code()));
            }
            if (codes.isEmpty()) {
                throw new ProblemException("marks.pdf.none", name);
            }
            return codes;
        } catch (InvalidPasswordException e) {
            throw new ProblemException("marks.pdf.unreadable", name, "encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw new ProblemException("marks.pdf.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    private record Placed(String code, double top, double left) {}

    private record Window(int x, int y, int width, int height) {}

    /** A square of about a millimetre at 300 dpi: the grain of the search for symbols. */
    private static final int CELL = 12;

    /**
     * Where symbols may be: blocks of cells about half dark (a DataMatrix is), joined where they
     * touch, each about square and 4–40 mm a side, with a quiet margin around it. ZXing's
     * DataMatrix detector starts from the middle of what it is given and is lost when that is
     * text or white, so each candidate is read on its own; a block of bold text that is no symbol
     * simply reads as nothing.
     */
    private static List<Window> candidates(LuminanceSource page) {
        int w = page.getWidth();
        int h = page.getHeight();
        byte[] pixels = page.getMatrix();
        int cw = w / CELL;
        int ch = h / CELL;
        boolean[] dense = new boolean[cw * ch];
        for (int cy = 0; cy < ch; cy++) {
            for (int cx = 0; cx < cw; cx++) {
                int dark = 0;
                for (int y = cy * CELL; y < (cy + 1) * CELL; y++) {
                    for (int x = cx * CELL; x < (cx + 1) * CELL; x++) {
                        if ((pixels[y * w + x] & 0xFF) < 128) {
                            dark++;
                        }
                    }
                }
                dense[cy * cw + cx] = dark * 5 >= CELL * CELL;
            }
        }
        List<Window> out = new ArrayList<>();
        boolean[] taken = new boolean[dense.length];
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        for (int start = 0; start < dense.length; start++) {
            if (!dense[start] || taken[start]) {
                continue;
            }
            int x0 = cw;
            int y0 = ch;
            int x1 = -1;
            int y1 = -1;
            todo.add(start);
            taken[start] = true;
            while (!todo.isEmpty()) {
                int c = todo.poll();
                int cx = c % cw;
                int cy = c / cw;
                x0 = Math.min(x0, cx);
                y0 = Math.min(y0, cy);
                x1 = Math.max(x1, cx);
                y1 = Math.max(y1, cy);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = cx + dx;
                        int ny = cy + dy;
                        if (nx >= 0 && ny >= 0 && nx < cw && ny < ch && dense[ny * cw + nx] && !taken[ny * cw + nx]) {
                            taken[ny * cw + nx] = true;
                            todo.add(ny * cw + nx);
                        }
                    }
                }
            }
            int bw = x1 - x0 + 1;
            int bh = y1 - y0 + 1;
            if (bw >= 4 && bh >= 4 && bw <= 40 && bh <= 40 && bw <= 2 * bh && bh <= 2 * bw) {
                int left = Math.max(0, (x0 - 2) * CELL);
                int top = Math.max(0, (y0 - 2) * CELL);
                int right = Math.min(w, (x1 + 3) * CELL);
                int bottom = Math.min(h, (y1 + 3) * CELL);
                out.add(new Window(left, top, right - left, bottom - top));
            }
        }
        return out;
    }
}
