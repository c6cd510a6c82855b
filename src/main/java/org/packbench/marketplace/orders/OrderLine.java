package org.packbench.marketplace.orders;

/**
 * One line of an order as the marketplace sent it.
 *
 * @param offerId the seller's article: PackBench's SKU
 * @param productId the marketplace's own id of the product (Ozon's {@code sku}); "" when unknown
 */
public record OrderLine(int lineNo, String offerId, String productId, String name, int quantity) {
    public OrderLine {
        if (lineNo < 1 || quantity < 1) {
            throw new IllegalArgumentException("line " + lineNo + " quantity " + quantity);
        }
    }
}
