package org.packbench.label.design;

import java.util.List;
import org.packbench.label.template.LabelTemplate;

/** A label stock size the designer offers to start from; any other can be typed in mm. */
public record LabelSize(String name, double widthMm, double heightMm) {

    /** The rolls a Russian marketplace seller buys: product, shipping, A6 and the small marking sizes. */
    public static final List<LabelSize> PRESETS = List.of(
            new LabelSize("58×40", 58, 40),
            new LabelSize("75×120", 75, 120),
            new LabelSize("100×150", 100, 150),
            new LabelSize("A6", 105, 148),
            new LabelSize("40×30", 40, 30),
            new LabelSize("30×20", 30, 20));

    /**
     * An empty template of this size. A product label of a marketplace is a Russian product label
     * ({@code regulated}), so the 10 pt rule holds from the first element on.
     */
    public LabelTemplate empty(String id, String title, String marketplace, LabelTemplate.Kind kind) {
        boolean regulated = kind == LabelTemplate.Kind.PRODUCT;
        return new LabelTemplate(id, title, marketplace, kind, regulated, widthMm, heightMm, List.of());
    }

    @Override
    public String toString() {
        return name + " мм";
    }
}
