package org.packbench.label.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packbench.i18n.Message;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.LabelDocument;
import org.packbench.label.LabelImage;
import org.packbench.label.LayoutException;
import org.packbench.label.Rect;
import org.packbench.label.Shape;
import org.packbench.label.TextBlock;
import org.packbench.label.TextFitter;
import org.packbench.label.TextLine;
import org.packbench.label.Typeface;
import org.packbench.label.Watermark;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;

/**
 * Resolves a template with a label's values into the {@link LabelDocument} every writer draws.
 * Barcodes are encoded for the target printer's resolution, because their modules must be
 * whole dots there.
 */
public final class LabelComposer {
    /** Space kept clear of the watermark around each line of text. */
    static final double TEXT_CLEARANCE_MM = 0.3;

    private final TextFitter fitter;

    public LabelComposer(Typeface typeface) {
        this.fitter = new TextFitter(typeface);
    }

    public LabelDocument compose(LabelTemplate template, Map<String, String> values, int dpi) {
        if (dpi < 100 || dpi > 1200) {
            throw new LayoutException("dpi", Message.of("layout.dpi", dpi));
        }
        TextLayout text = new TextLayout(fitter, template.regulated());
        BarcodePlacer barcodes = new BarcodePlacer(fitter);
        List<TextBlock> texts = new ArrayList<>();
        List<BarcodeSymbol> symbols = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        List<LabelImage> images = new ArrayList<>();
        Element.Watermark mark = null;
        for (Element e : template.elements()) {
            if (e instanceof Element.Stack s) {
                texts.addAll(text.stack(s, values));
            } else if (e instanceof Element.Text t) {
                texts.addAll(text.single(t, values));
            } else if (e instanceof Element.Barcode b
                    && !(b.optional() && b.data().allEmpty(values))) {
                BarcodePlacer.Placed p = barcodes.place(b, values, dpi);
                symbols.add(p.symbol());
                texts.addAll(p.hri());
            } else if (e instanceof Element.Shape s) {
                shapes.add(new Shape(s.kind(), s.box(), s.thicknessMm()));
            } else if (e instanceof Element.Image i) {
                images.add(new LabelImage(i.id(), i.box(), i.pixels()));
            } else if (e instanceof Element.Watermark w) {
                mark = w;
            }
        }
        checkTextClearOfBarcodes(texts, symbols);
        Optional<Watermark> watermark = Optional.empty();
        if (mark != null) {
            String markText = mark.text().resolve(values);
            if (!markText.isBlank()) {
                List<Rect> exclusions = new ArrayList<>();
                symbols.forEach(s -> exclusions.add(s.quietZone()));
                texts.forEach(t -> t.lines().forEach(l -> exclusions.add(l.box().grow(TEXT_CLEARANCE_MM))));
                images.forEach(i -> exclusions.add(i.box()));
                watermark = Optional.of(new Watermark(
                        markText,
                        mark.angleDeg(),
                        mark.sizePt(),
                        mark.stepMm(),
                        mark.grey(),
                        mark.dotPitch(),
                        new Rect(0, 0, template.widthMm(), template.heightMm()),
                        exclusions));
            }
        }
        return new LabelDocument(
                template.id(), template.widthMm(), template.heightMm(), dpi, texts, symbols, shapes, images, watermark);
    }

    /** A line of text running into a barcode's quiet zone would make the barcode unreadable. */
    private static void checkTextClearOfBarcodes(List<TextBlock> texts, List<BarcodeSymbol> symbols) {
        for (TextBlock t : texts) {
            for (TextLine l : t.lines()) {
                for (BarcodeSymbol s : symbols) {
                    if (!t.elementId().startsWith(s.elementId() + ".")
                            && l.box().intersects(s.quietZone())) {
                        String field = t.fields().isEmpty() ? t.elementId() : String.join("+", t.fields());
                        throw new LayoutException(field, Message.of("layout.textOverBarcode", field, s.elementId()));
                    }
                }
            }
        }
    }
}
