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

    @Option(
            names = "--ozon-code",
            paramLabel = "OZN…",
            description = "Ozon's product code, for ozon-product-ozn-58x40.")
    String ozonCode;

    @Option(
            names = "--reprint",
            description = "Replace the parcel's live label with a new one (needs --reason); "
                    + "the old label is then refused at dispatch.")
    boolean reprint;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the label is printed again (with --reprint).")
    String reason;

    LabelRequest request(LabelFormat format, int dpi) {
        if (reprint && (reason == null || reason.isBlank())) {
            throw new org.packbench.i18n.ProblemException("label.reprintReason");
        }
        if (!reprint && reason != null) {
            throw new org.packbench.i18n.ProblemException("label.reasonWithoutReprint");
        }
        LabelRequest request = new LabelRequest(
                sku, template, order, tracking, Optional.ofNullable(dac), format, dpi, Optional.ofNullable(ozonCode));
        return reprint ? request.asReprint(reason) : request;
    }
}
