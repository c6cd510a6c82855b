package org.packbench.app;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.packbench.label.LabelDocument;
import org.packbench.label.LayoutException;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.render.RasterWriter;

/**
 * What the designer's canvas shows under the element frames: the dots the printer would print for
 * the sample, made by the label engine itself. While an element is one the engine refuses (a text
 * that does not fit), the label is drawn without it, so the rest stays visible and the refused
 * element's frame carries the reason instead.
 */
public final class DesignPreview {
    private final LabelComposer composer;
    private final RasterWriter raster;

    public DesignPreview(LabelComposer composer, RasterWriter raster) {
        this.composer = composer;
        this.raster = raster;
    }

    /** The print raster of {@code template} filled with {@code values} at {@code dpi}. */
    public BufferedImage draw(LabelTemplate template, Map<String, String> values, int dpi) {
        try {
            return raster.printRaster(composer.compose(template, values, dpi));
        } catch (LayoutException whole) {
            List<Element> drawable = new ArrayList<>();
            for (Element e : template.elements()) {
                if (composes(template, e, values, dpi)) {
                    drawable.add(e);
                }
            }
            LabelDocument doc = composeOrEmpty(with(template, drawable), values, dpi);
            return raster.printRaster(doc);
        }
    }

    private boolean composes(LabelTemplate t, Element e, Map<String, String> values, int dpi) {
        try {
            composer.compose(with(t, List.of(e)), values, dpi);
            return true;
        } catch (LayoutException refused) {
            return false;
        }
    }

    /** Elements that compose alone may still not compose together (two stacks sharing a field's room): then a blank label. */
    private LabelDocument composeOrEmpty(LabelTemplate t, Map<String, String> values, int dpi) {
        try {
            return composer.compose(t, values, dpi);
        } catch (LayoutException stillRefused) {
            return composer.compose(with(t, List.of()), values, dpi);
        }
    }

    private static LabelTemplate with(LabelTemplate t, List<Element> elements) {
        return new LabelTemplate(
                t.id(), t.title(), t.marketplace(), t.kind(), t.regulated(), t.widthMm(), t.heightMm(), elements);
    }
}
