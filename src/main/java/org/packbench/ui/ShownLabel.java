package org.packbench.ui;

import org.packbench.ui.model.UiText;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.packbench.app.PackingState;
import org.packbench.app.PackingState.Stage;
import org.packbench.i18n.Message;

/**
 * The right half of Упаковка: the product in large type, its marketplace, weight and SKU, and the
 * label as it will print (or printed), crossed out when the checks block it. It only draws what
 * the session decided.
 */
final class ShownLabel {
    private final UiText text;
    private final Label product = new Label();
    private final Label productFacts = new Label();
    private final Label caption = new Label();
    private final Label doNotPrint = new Label();
    private final RasterView preview = new RasterView("packing-image");
    private final VBox node;

    ShownLabel(UiText text) {
        this.text = text;
        product.setId("packing-product");
        product.getStyleClass().add("product-name");
        product.setWrapText(true);
        product.setMinHeight(Region.USE_PREF_SIZE);
        productFacts.setId("packing-product-facts");
        productFacts.getStyleClass().add("product-facts");
        caption.setId("packing-label-id");
        caption.getStyleClass().add("muted");
        doNotPrint.setId("packing-do-not-print");
        doNotPrint.setText(text.get("packing.doNotPrint"));
        doNotPrint.getStyleClass().add("do-not-print");
        doNotPrint.setVisible(false);
        doNotPrint.setMouseTransparent(true);
        StackPane label = new StackPane(preview.node(), doNotPrint);
        VBox.setVgrow(label, Priority.ALWAYS);
        node = new VBox(6, product, productFacts, label, caption);
    }

    Node node() {
        return node;
    }

    void draw(PackingState state) {
        product.setText(state.product().map(p -> p.nameRu()).orElse(text.get(
                state.stage() == Stage.PRINTED ? "packing.nextParcel" : "packing.noProduct")));
        productFacts.setText(state.product().map(p -> text.get("packing.productFacts",
                text.of(Message.of("marketplace." + p.marketplace().code())), p.netWeightG(), p.sku())).orElse(""));
        state.raster().ifPresentOrElse(preview::show, preview::clear);
        doNotPrint.setVisible(state.stage() == Stage.BLOCKED);
        caption.setText(state.raster().isEmpty() ? ""
                : text.get(state.stage() == Stage.PRINTED ? "packing.caption.printed" : "packing.caption.preview",
                state.labelId(), state.dpi()));
    }
}
