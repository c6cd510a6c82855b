package org.packbench.app;

import java.util.Optional;
import org.packbench.render.LabelFormat;

/**
 * What the packer (or a script) asks for: a label of one template for one SKU of one parcel.
 *
 * @param reprintReason why the parcel's live label is replaced by this one; a parcel that has a
 *                      live label gets no second one without it
 */
public record LabelRequest(
        String sku,
        String templateId,
        String order,
        String tracking,
        Optional<String> dac,
        LabelFormat format,
        int dpi,
        Optional<String> ozonCode,
        Optional<String> reprintReason) {

    public LabelRequest(
            String sku,
            String templateId,
            String order,
            String tracking,
            Optional<String> dac,
            LabelFormat format,
            int dpi) {
        this(sku, templateId, order, tracking, dac, format, dpi, Optional.empty());
    }

    public LabelRequest(
            String sku,
            String templateId,
            String order,
            String tracking,
            Optional<String> dac,
            LabelFormat format,
            int dpi,
            Optional<String> ozonCode) {
        this(sku, templateId, order, tracking, dac, format, dpi, ozonCode, Optional.empty());
    }

    /** The same label as a reprint that replaces the parcel's live label, for {@code reason}. */
    public LabelRequest asReprint(String reason) {
        return new LabelRequest(
                sku, templateId, order, tracking, dac, format, dpi, ozonCode, Optional.ofNullable(reason));
    }
}
