package org.packbench.marketplace.ozon;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An Ozon FBS posting: one shipment of an order, with the products to pack.
 *
 * @param status Ozon's word for where it stands ({@code awaiting_packaging}, {@code awaiting_deliver}, …)
 * @param inProcessAt when Ozon confirmed it: the label's 30 minutes count from here
 * @param shipmentDate when it must be handed over, if Ozon says
 */
public record Posting(
        String number, String status, Instant inProcessAt, Optional<Instant> shipmentDate, List<Product> products) {

    public static final String AWAITING_PACKAGING = "awaiting_packaging";
    public static final String AWAITING_DELIVER = "awaiting_deliver";

    public Posting {
        products = List.copyOf(products);
    }

    /** Whether it was already reported packed: anything past packaging (and not cancelled) was shipped. */
    public boolean shipped() {
        return !status.equals(AWAITING_PACKAGING)
                && !status.equals("awaiting_registration")
                && !status.equals("acceptance_in_progress")
                && !status.equals("awaiting_approve")
                && !status.equals("cancelled")
                && !status.equals("not_accepted");
    }

    /**
     * One line of a posting.
     *
     * @param sku Ozon's product id (its {@code sku}), what the ship call names
     * @param offerId the seller's article, PackBench's SKU
     */
    public record Product(long sku, String offerId, String name, int quantity) {}
}
