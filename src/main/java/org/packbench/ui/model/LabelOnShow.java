package org.packbench.ui.model;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.packbench.app.PackingState;
import org.packbench.app.PackingState.Stage;
import org.packbench.i18n.Message;

/**
 * The right half of Упаковка in words: the product in large type, its marketplace, weight and SKU,
 * the label as it will print (or printed), and whether it is crossed out because the checks block it.
 *
 * @param raster  the print raster shown dot for dot; empty when there is no label to show
 * @param blocked the label fails a check and is shown crossed out: it must not be printed
 */
public record LabelOnShow(
        String product, String facts, Optional<BufferedImage> raster, boolean blocked, String caption) {

    /** What the session's state shows. */
    public static LabelOnShow of(PackingState state, UiText text) {
        String product = state.product()
                .map(p -> p.nameRu())
                .orElse(text.get(state.stage() == Stage.PRINTED ? "packing.nextParcel" : "packing.noProduct"));
        String facts = state.product()
                .map(p -> text.get(
                        "packing.productFacts",
                        text.of(Message.of("marketplace." + p.marketplace().code())),
                        p.netWeightG(),
                        p.sku()))
                .orElse("");
        String caption = state.raster().isEmpty()
                ? ""
                : text.get(
                        state.stage() == Stage.PRINTED ? "packing.caption.printed" : "packing.caption.preview",
                        state.labelId(),
                        state.dpi());
        return new LabelOnShow(product, facts, state.raster(), state.stage() == Stage.BLOCKED, caption);
    }
}
