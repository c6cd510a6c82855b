package org.packbench.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.label.LabelImage;
import org.packbench.label.Shape;
import org.packbench.label.TextBlock;
import org.packbench.label.TextLine;
import org.packbench.label.Typeface;
import org.packbench.label.Watermark;

/**
 * Draws a {@link LabelDocument} as pixels: a greyscale preview at any resolution for the screen
 * and PNG files, and the 1-bit print raster at the document's resolution, which is exactly what
 * the ZPL and TSPL writers make a printer draw and what the readback check decodes.
 */
public final class RasterWriter implements LabelWriter {
    private final Typeface typeface;

    public RasterWriter() {
        this(BundledTypeface.get());
    }

    public RasterWriter(Typeface typeface) {
        this.typeface = typeface;
    }

    public Typeface typeface() {
        return typeface;
    }

    /** Antialiased greyscale at {@code dpi}; the watermark in its grey tone. */
    public BufferedImage preview(LabelDocument doc, int dpi) {
        int w = Dots.of(doc.widthMm(), dpi);
        int h = Dots.of(doc.heightMm(), dpi);
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            doc.watermark().ifPresent(wm -> previewWatermark(g, wm, dpi));
            g.setColor(Color.BLACK);
            for (TextBlock block : doc.texts()) {
                fillText(g, block.lines(), dpi);
            }
            for (Shape shape : doc.shapes()) {
                PrintGeometry.rects(shape, dpi).forEach(r -> g.fillRect(r.x(), r.y(), r.width(), r.height()));
            }
            for (LabelImage image : doc.images()) {
                fillDots(g, PrintGeometry.image(image, dpi));
            }
            for (BarcodeSymbol symbol : doc.barcodes()) {
                PrintGeometry.modules(symbol, dpi).forEach(r -> g.fillRect(r.x(), r.y(), r.width(), r.height()));
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The 1-bit raster a thermal printer receives, at the document's resolution. */
    public BufferedImage printRaster(LabelDocument doc) {
        return printDots(doc).toBufferedImage();
    }

    /**
     * The print raster as dots. The watermark goes first; on a 1-bit head every later layer
     * only adds black, so the order of the rest does not change a dot.
     */
    public DotImage printDots(LabelDocument doc) {
        return printDots(doc, 0, 0, doc.widthDots(), doc.heightDots());
    }

    /**
     * The print raster inside the label-dot rectangle only: the same dots {@link #printDots(LabelDocument)}
     * has there. Reading a symbol back needs its quiet zone, not the label; a batch spent a third
     * of each logistic label drawing and converting text the readback never looked at. Text lying
     * clear of the rectangle (by its lines' boxes, grown by the type size) is not drawn.
     */
    public DotImage printDots(LabelDocument doc, int x, int y, int width, int height) {
        int dpi = doc.dpi();
        DotImage canvas = DotImage.blank(x, y, width, height);
        if (doc.watermark().isPresent()) {
            canvas.or(watermarkDots(doc));
        }
        for (TextBlock block : doc.texts()) {
            if (near(block.lines(), dpi, x, y, width, height)) {
                canvas.or(text(block.lines(), dpi));
            }
        }
        for (Shape shape : doc.shapes()) {
            PrintGeometry.rects(shape, dpi).forEach(r -> canvas.fillOnLabel(r.x(), r.y(), r.width(), r.height()));
        }
        for (LabelImage image : doc.images()) {
            canvas.or(PrintGeometry.image(image, dpi));
        }
        for (BarcodeSymbol symbol : doc.barcodes()) {
            requireSameDpi(symbol, dpi);
            PrintGeometry.modules(symbol, dpi).forEach(r -> canvas.fillOnLabel(r.x(), r.y(), r.width(), r.height()));
        }
        return canvas;
    }

    /** Whether any line could put a dot in the rectangle: its box and its type, grown by the type size all round. */
    private static boolean near(List<TextLine> lines, int dpi, int x, int y, int width, int height) {
        for (TextLine line : lines) {
            double grow = Dots.ptToMm(line.sizePt());
            double left = Math.min(line.x(), line.box().x()) - grow;
            double right = Math.max(line.x(), line.box().right()) + grow;
            double top = Math.min(line.baseline(), line.box().y()) - grow;
            double bottom = Math.max(line.baseline(), line.box().bottom()) + grow;
            if (Dots.of(right, dpi) >= x
                    && Dots.of(left, dpi) <= x + width
                    && Dots.of(bottom, dpi) >= y
                    && Dots.of(top, dpi) <= y + height) {
                return true;
            }
        }
        return false;
    }

    /** Preview PNG at {@code dpi}. */
    public byte[] png(LabelDocument doc, int dpi) {
        return encode(preview(doc, dpi));
    }

    @Override
    public LabelFormat format() {
        return LabelFormat.PNG;
    }

    /** The print raster as a 1-bit PNG; a picture has no printer settings and no copies. */
    @Override
    public byte[] bytes(LabelDocument doc, PrinterSettings settings) {
        return printPng(doc);
    }

    /** 1-bit PNG of the print raster. */
    public byte[] printPng(LabelDocument doc) {
        return encode(printRaster(doc));
    }

    /**
     * Text lines rasterised to 1-bit at {@code dpi} and placed on the dot grid; the ZPL and TSPL
     * writers send this image, so their text equals the same region of {@link #printRaster}.
     */
    public DotImage text(List<TextLine> lines, int dpi) {
        return RasterCache.get(typeface, dpi, lines, 0, 0, () -> TextRaster.render(lines, typeface, dpi));
    }

    /** One text block, see {@link #text(List, int)}. */
    public DotImage text(TextBlock block, int dpi) {
        return text(block.lines(), dpi);
    }

    /** The watermark screen alone over the whole label (all white when there is none). */
    public DotImage watermarkDots(LabelDocument doc) {
        return doc.watermark()
                .map(wm -> RasterCache.get(
                        typeface,
                        doc.dpi(),
                        wm,
                        doc.widthDots(),
                        doc.heightDots(),
                        () -> WatermarkPattern.screen(wm, typeface, doc.dpi(), doc.widthDots(), doc.heightDots())))
                .orElseGet(() -> DotImage.blank(0, 0, doc.widthDots(), doc.heightDots()));
    }

    /**
     * The watermark screen trimmed to its dots, as the thermal writers send it; the same on every
     * label of a DAC and size, so it is trimmed once, not once a label.
     */
    public DotImage watermarkGraphic(LabelDocument doc) {
        return doc.watermark()
                .map(wm -> RasterCache.get(
                        typeface,
                        doc.dpi(),
                        List.of("trimmed", wm),
                        doc.widthDots(),
                        doc.heightDots(),
                        () -> watermarkDots(doc).trimmed()))
                .orElseGet(() -> DotImage.blank(0, 0, 0, 0));
    }

    private void previewWatermark(Graphics2D g, Watermark wm, int dpi) {
        Area paint = WatermarkPattern.paintable(wm, dpi);
        Graphics2D wg = (Graphics2D) g.create();
        try {
            wg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            wg.clip(paint);
            int tone = (int) Math.round(Math.max(0, Math.min(1, wm.grey())) * 255);
            wg.setColor(new Color(tone, tone, tone));
            wg.fill(WatermarkPattern.outline(wm, typeface, dpi));
        } finally {
            wg.dispose();
        }
    }

    private void fillText(Graphics2D g, List<TextLine> lines, int dpi) {
        Object before = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (TextLine line : lines) {
            g.fill(TextOutlines.of(line, typeface, dpi));
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, before);
    }

    private static void fillDots(Graphics2D g, DotImage dots) {
        for (int r = 0; r < dots.height(); r++) {
            for (int c = 0; c < dots.width(); c++) {
                if (dots.get(c, r)) {
                    g.fillRect(dots.x() + c, dots.y() + r, 1, 1);
                }
            }
        }
    }

    static void requireSameDpi(BarcodeSymbol symbol, int dpi) {
        if (symbol.dpi() != dpi) {
            throw new IllegalArgumentException("barcode " + symbol.elementId() + " was encoded for " + symbol.dpi()
                    + " dpi but the label is " + dpi + " dpi; modules are whole dots and are never rescaled");
        }
    }

    private static byte[] encode(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, "png", out)) {
                throw new IllegalStateException("no PNG writer available");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
