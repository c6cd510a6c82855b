package org.packbench.app;

import java.util.Optional;
import org.packbench.render.LabelFormat;

/** What the packer (or a script) asks for: a label of one template for one SKU of one parcel. */
public record LabelRequest(String sku, String templateId, String order, String tracking, Optional<String> dac,
                           LabelFormat format, int dpi, Optional<String> ozonCode) {

    public LabelRequest(String sku, String templateId, String order, String tracking, Optional<String> dac,
                        LabelFormat format, int dpi) {
        this(sku, templateId, order, tracking, dac, format, dpi, Optional.empty());
    }
}
