package org.packbench.cli;

import java.util.Optional;
import org.packbench.app.LabelRequest;
import org.packbench.render.LabelFormat;
import picocli.CommandLine.Option;

/** Which label for which parcel: the options {@code label render} and {@code print} share, so they stay the same. */
final class LabelChoice {
    @Option(names = "--sku", required = true)
    String sku;

    @Option(names = "--template", required = true, paramLabel = "ID")
    String template;

    @Option(names = "--order", required = true)
    String order;

    @Option(names = "--tracking", required = true, paramLabel = "TRK")
    String tracking;

    @Option(names = "--dac", paramLabel = "CODE", description = "DAC to print (default: the newest valid one).")
    String dac;

    @Option(names = "--ozon-code", paramLabel = "OZN…", description = "Ozon's product code, for ozon-product-ozn-58x40.")
    String ozonCode;

    LabelRequest request(LabelFormat format, int dpi) {
        return new LabelRequest(sku, template, order, tracking, Optional.ofNullable(dac), format, dpi,
                Optional.ofNullable(ozonCode));
    }
}
