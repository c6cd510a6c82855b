package org.packbench.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packbench.catalog.Marketplace;
import org.packbench.marketplace.account.MarketplaceAccount;
import org.packbench.marketplace.orders.Order;
import org.packbench.marketplace.orders.OrderBook;
import org.packbench.marketplace.orders.OrderLine;
import org.packbench.marketplace.orders.RemoteOrder;
import org.packbench.marketplace.ozon.Exemplars;
import org.packbench.marketplace.ozon.OzonSeller;
import org.packbench.marketplace.ozon.Posting;
import org.packbench.marketplace.remote.RemoteTrouble;

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

    /**
     * What one sync brought: how many postings, how many of them the bench did not know, and for
     * how many Ozon could not say this time whether their items need marking codes (asked again at
     * the next sync; until then they cannot be packed).
     */
    public record Synced(String account, int postings, int added, int marksUnknown) {}

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
        int unknown = 0;
        List<RemoteOrder> known = new ArrayList<>();
        for (RemoteOrder r : got) {
            Optional<RemoteOrder> before = orders.remote(r.order().number());
            if (before.isEmpty()) {
                added++;
            }
            RemoteOrder m = marking(r, before, seller);
            if (m.lines().stream().anyMatch(l -> l.marking() == OrderLine.Marking.UNKNOWN)) {
                unknown++;
            }
            known.add(m);
        }
        orders.saveRemote(known);
        return new Synced(account.name(), got.size(), added, unknown);
    }

    /**
     * The posting with what Ozon says of its marking codes: which lines need one code per unit, and
     * the units' ids ({@code exemplar/create-or-get}, which makes them once and answers the same
     * after). Asked once per posting: what an earlier sync learned is kept while the lines are the
     * same. When Ozon gives no answer, the lines stay {@code UNKNOWN} and the next sync asks again.
     */
    static RemoteOrder marking(RemoteOrder r, Optional<RemoteOrder> before, OzonSeller seller) {
        if (before.isPresent() && sameLines(before.get().lines(), r.lines())) {
            return new RemoteOrder(
                    r.order(),
                    r.account(),
                    r.remoteStatus(),
                    r.shipBy(),
                    before.get().lines());
        }
        List<Exemplars.Product> products;
        try {
            products = seller.exemplars(r.order().number());
        } catch (RemoteTrouble t) {
            return r;
        }
        Map<String, List<Long>> idsLeft = new HashMap<>();
        Map<String, Exemplars.Product> byId = new HashMap<>();
        for (Exemplars.Product p : products) {
            byId.put(Long.toString(p.productId()), p);
            idsLeft.put(Long.toString(p.productId()), new ArrayList<>(p.exemplarIds()));
        }
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLine l : r.lines()) {
            Exemplars.Product p = byId.get(l.productId());
            if (p == null) {
                lines.add(l);
                continue;
            }
            // Units of one product over several lines take its ids in order.
            List<Long> left = idsLeft.get(l.productId());
            List<Long> ids = new ArrayList<>(left.subList(0, Math.min(l.quantity(), left.size())));
            left.subList(0, ids.size()).clear();
            lines.add(l.marked(p.markNeeded() ? OrderLine.Marking.NEEDED : OrderLine.Marking.NONE, ids));
        }
        return new RemoteOrder(r.order(), r.account(), r.remoteStatus(), r.shipBy(), lines);
    }

    /** The same products in the same quantities, with what was learned of their marking known. */
    private static boolean sameLines(List<OrderLine> known, List<OrderLine> now) {
        if (known.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < known.size(); i++) {
            OrderLine a = known.get(i);
            OrderLine b = now.get(i);
            if (a.marking() == OrderLine.Marking.UNKNOWN
                    || a.lineNo() != b.lineNo()
                    || !a.productId().equals(b.productId())
                    || !a.offerId().equals(b.offerId())
                    || a.quantity() != b.quantity()) {
                return false;
            }
        }
        return true;
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
