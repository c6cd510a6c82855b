package org.packbench.marketplace.ozon;

import java.time.Instant;
import java.util.List;

/**
 * The part of Ozon's Seller API (FBS) a packing bench uses. Implemented over HTTP in
 * {@code connect}; every method throws {@link org.packbench.marketplace.remote.RemoteTrouble}
 * when it gets no usable answer.
 */
public interface OzonSeller {

    /**
     * One page of postings awaiting packaging whose cutoff lies in [{@code cutoffFrom}, {@code
     * cutoffTo}] ({@code POST /v3/posting/fbs/unfulfilled/list}).
     */
    PostingPage unfulfilled(Instant cutoffFrom, Instant cutoffTo, int offset, int limit);

    /** One posting as Ozon has it now ({@code POST /v3/posting/fbs/get}); its status says whether it was shipped. */
    Posting posting(String postingNumber);

    /**
     * Reports the posting packed in these packages ({@code POST /v4/posting/fbs/ship}); Ozon moves
     * it to {@code awaiting_deliver}. Answers the numbers of the postings made, one per package.
     */
    List<String> ship(String postingNumber, List<ShipPackage> packages);

    /** The package labels of up to 20 postings in {@code awaiting_deliver}, as one PDF ({@code POST /v2/posting/fbs/package-label}). */
    byte[] packageLabel(List<String> postingNumbers);

    /**
     * The posting's products and their units, made by Ozon on the first call and the same ones after
     * ({@code POST /v6/fbs/posting/product/exemplar/create-or-get}): which need a marking code, and
     * the units' ids.
     */
    List<Exemplars.Product> exemplars(String postingNumber);

    /**
     * Gives Ozon every unit of the posting with its code ({@code POST
     * /v6/fbs/posting/product/exemplar/set}), always the full set: a unit left out is a unit without a
     * code. Ozon checks them afterwards; {@link #exemplarStatus} tells how that went.
     */
    void setExemplars(String postingNumber, List<Exemplars.Filled> units);

    /** How Ozon's check of the codes given stands ({@code POST /v5/fbs/posting/product/exemplar/status}). */
    Exemplars.Status exemplarStatus(String postingNumber);

    /** The most postings one {@link #packageLabel} call takes. */
    int LABELS_PER_CALL = 20;

    record PostingPage(List<Posting> postings, boolean hasNext) {
        public PostingPage {
            postings = List.copyOf(postings);
        }
    }

    /** One package of a shipment and what is in it, by Ozon's product id. */
    record ShipPackage(List<ShipItem> products) {
        public ShipPackage {
            products = List.copyOf(products);
        }
    }

    /**
     * A product of a package, with the ids of its units when they carry marking codes (Ozon's
     * {@code exemplarsIds}).
     */
    record ShipItem(long productId, int quantity, List<Long> exemplarIds) {
        public ShipItem {
            exemplarIds = List.copyOf(exemplarIds);
        }

        public ShipItem(long productId, int quantity) {
            this(productId, quantity, List.of());
        }
    }
}
