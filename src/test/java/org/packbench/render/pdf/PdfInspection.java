package org.packbench.render.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.packbench.label.Dots;
import org.packbench.label.Rect;

/** Reading a written PDF back the way a viewer, a text search and a scanner would. */
final class PdfInspection {

    private PdfInspection() {}

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every glyph PDFBox's text extraction finds on page {@code pageIndex} (0-based). */
    static List<TextPosition> glyphs(PDDocument pdf, int pageIndex) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(pdf);
        return glyphs;
    }

    /** Whether a glyph was drawn rotated (the watermark) rather than upright (label text). */
    static boolean rotated(TextPosition glyph) {
        return Math.abs(glyph.getTextMatrix().getShearY()) > 1e-3;
    }

    /**
     * The upright glyphs standing on {@code baselineMm} within {@code box}, left to right: what a
     * reader sees on that line.
     */
    static String lineAt(List<TextPosition> glyphs, double baselineMm, Rect box) {
        float baseline = (float) Dots.mmToPt(baselineMm);
        float left = (float) Dots.mmToPt(box.x()) - 0.5f;
        float right = (float) Dots.mmToPt(box.right()) + 0.5f;
        return glyphs.stream()
                .filter(g -> !rotated(g))
                .filter(g -> Math.abs(g.getYDirAdj() - baseline) < 0.5f)
                .filter(g -> g.getXDirAdj() >= left && g.getXDirAdj() <= right)
                .sorted(Comparator.comparingDouble(TextPosition::getXDirAdj))
                .map(TextPosition::getUnicode)
                .collect(Collectors.joining());
    }

    static BufferedImage render(byte[] pdf, int pageIndex, float dpi, ImageType type) throws IOException {
        try (PDDocument doc = load(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi, type);
        }
    }

    /** The text of the symbol of {@code format} a scanner finds in the image. */
    static String decode(BufferedImage image, BarcodeFormat format) throws NotFoundException {
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, true));
        Result result = reader.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        return result.getText();
    }

    /** Grey level 0…255 of the pixel under label position ({@code xMm}, {@code yMm}). */
    static int grey(BufferedImage image, double xMm, double yMm, float dpi) {
        int x = (int) Math.floor(xMm * dpi / Dots.MM_PER_INCH);
        int y = (int) Math.floor(yMm * dpi / Dots.MM_PER_INCH);
        return image.getRaster().getSample(x, y, 0) * (image.getType() == BufferedImage.TYPE_BYTE_BINARY ? 255 : 1);
    }
}
