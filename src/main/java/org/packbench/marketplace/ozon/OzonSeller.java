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

    record ShipItem(long productId, int quantity) {}
}
