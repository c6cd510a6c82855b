package org.packbench.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The resolved label: every text line, barcode, shape, image and the watermark, with positions
 * in millimetres and barcode modules in whole dots of {@code dpi}. This is the single truth of
 * what a label says and where; the PDF, PNG, ZPL and TSPL writers all draw this one object, and
 * the checks read it.
 */
public record LabelDocument(
        String templateId,
        double widthMm,
        double heightMm,
        int dpi,
        List<TextBlock> texts,
        List<BarcodeSymbol> barcodes,
        List<Shape> shapes,
        List<LabelImage> images,
        Optional<Watermark> watermark) {

    public LabelDocument {
        texts = List.copyOf(texts);
        barcodes = List.copyOf(barcodes);
        shapes = List.copyOf(shapes);
        images = List.copyOf(images);
    }

    public int widthDots() {
        return Dots.of(widthMm, dpi);
    }

    public int heightDots() {
        return Dots.of(heightMm, dpi);
    }

    public List<TextLine> lines() {
        List<TextLine> all = new ArrayList<>();
        texts.forEach(t -> all.addAll(t.lines()));
        return all;
    }

    public Optional<TextBlock> text(String elementId) {
        return texts.stream().filter(t -> t.elementId().equals(elementId)).findFirst();
    }

    public Optional<BarcodeSymbol> barcode(String elementId) {
        return barcodes.stream().filter(b -> b.elementId().equals(elementId)).findFirst();
    }
}
