package org.packbench.ui;

import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.packbench.ui.model.LabelOnShow;
import org.packbench.ui.model.UiText;

/**
 * The right half of Упаковка: the product in large type, its marketplace, weight and SKU, and the
 * label as it will print (or printed), crossed out when the checks block it. It only draws the
 * {@link LabelOnShow} the view model made of the session's answer.
 */
final class ShownLabel {
    private final Label product = new Label();
    private final Label productFacts = new Label();
    private final Label caption = new Label();
    private final Label doNotPrint = new Label();
    private final RasterView preview = new RasterView("packing-image");
    private final VBox node;

    ShownLabel(UiText text, ObservableValue<LabelOnShow> shown) {
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
        // Drawn at every answer, even one equal to the last: the preview fits the pane as it is now.
        shown.addListener((Observable o) -> draw(shown.getValue()));
    }

    Node node() {
        return node;
    }

    private void draw(LabelOnShow shown) {
        if (shown == null) {
            return;
        }
        product.setText(shown.product());
        productFacts.setText(shown.facts());
        shown.raster().ifPresentOrElse(preview::show, preview::clear);
        doNotPrint.setVisible(shown.blocked());
        caption.setText(shown.caption());
    }
}
