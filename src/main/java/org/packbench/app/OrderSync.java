package org.packbench.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.catalog.Marketplace;
import org.packbench.marketplace.account.MarketplaceAccount;
import org.packbench.marketplace.orders.Order;
import org.packbench.marketplace.orders.OrderBook;
import org.packbench.marketplace.orders.OrderLine;
import org.packbench.marketplace.orders.RemoteOrder;
import org.packbench.marketplace.ozon.OzonSeller;
import org.packbench.marketplace.ozon.Posting;

/**
 * Brings an Ozon account's postings awaiting packaging into the order list, with their products:
 * what {@code orders sync ozon}, the window's timer and {@code serve} all run.
 */
public final class OrderSync {
    /** Postings whose cutoff is up to a week past (late ones still to pack) or two weeks ahead. */
    static final Duration BEHIND = Duration.ofDays(7);

    static final Duration AHEAD = Duration.ofDays(14);
    static final int PAGE = 100;
    /** Far more than a bench packs in a day; a loop that never ends would be Ozon's paging gone wrong. */
    private static final int MOST_PAGES = 1000;

    private final OrderBook orders;
    private final Clock clock;

    public OrderSync(OrderBook orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** What one sync brought: how many postings, and how many of them the bench did not know. */
    public record Synced(String account, int postings, int added) {}

    public Synced ozon(MarketplaceAccount account, OzonSeller seller) {
        Instant now = clock.instant();
        List<RemoteOrder> got = new ArrayList<>();
        int offset = 0;
        for (int page = 0; page < MOST_PAGES; page++) {
            OzonSeller.PostingPage p = seller.unfulfilled(now.minus(BEHIND), now.plus(AHEAD), offset, PAGE);
            for (Posting posting : p.postings()) {
                got.add(remote(account, posting));
            }
            if (!p.hasNext() || p.postings().isEmpty()) {
                break;
            }
            offset += p.postings().size();
        }
        int added = 0;
        for (RemoteOrder r : got) {
            if (orders.find(r.order().number()).isEmpty()) {
                added++;
            }
        }
        orders.saveRemote(got);
        return new Synced(account.name(), got.size(), added);
    }

    static RemoteOrder remote(MarketplaceAccount account, Posting posting) {
        List<OrderLine> lines = new ArrayList<>();
        int n = 1;
        for (Posting.Product product : posting.products()) {
            lines.add(new OrderLine(
                    n++, product.offerId(), Long.toString(product.sku()), product.name(), product.quantity()));
        }
        return new RemoteOrder(
                new Order(posting.number(), Marketplace.OZON, posting.inProcessAt(), Optional.empty()),
                account.name(),
                posting.status(),
                posting.shipmentDate(),
                lines);
    }
}
