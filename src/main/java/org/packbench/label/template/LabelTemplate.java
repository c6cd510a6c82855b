package org.packbench.label.template;

import java.util.List;

/**
 * A label template as loaded from {@code label-templates/ID.json}: the size in mm and the
 * elements. {@code regulated} marks a Russian product label, on which the engine holds every
 * text at {@link #REGULATED_MIN_PT} or more, whatever the template says.
 */
public record LabelTemplate(
        String id,
        String title,
        String marketplace,
        Kind kind,
        boolean regulated,
        double widthMm,
        double heightMm,
        List<Element> elements) {

    /**
     * What a label is for: a product in a parcel, a parcel's shipping label, a pallet or box
     * (SSCC), or one item's Честный ЗНАК marking code.
     */
    public enum Kind {
        PRODUCT,
        SHIPPING,
        LOGISTIC,
        MARKING;

        /** Made for a parcel from a SKU (the others from GS1 data alone). */
        public boolean forParcel() {
            return this == PRODUCT || this == SHIPPING;
        }
    }

    /** The smallest type allowed on a Russian product label (VK Market's rule). */
    public static final double REGULATED_MIN_PT = 10.0;

    public LabelTemplate {
        elements = List.copyOf(elements);
    }

    /** The smallest size any text on this label may shrink to. */
    public double minimumPt(double templateMin) {
        return regulated ? Math.max(REGULATED_MIN_PT, templateMin) : templateMin;
    }
}
