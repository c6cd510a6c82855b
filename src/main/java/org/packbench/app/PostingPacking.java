package org.packbench.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalLong;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.orders.ItemCount;
import org.packbench.marketplace.orders.OrderBook;
import org.packbench.marketplace.orders.OrderLine;
import org.packbench.marketplace.orders.RemoteOrder;
import org.packbench.marketplace.outbox.NewPush;
import org.packbench.marketplace.outbox.Outbox;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.ozon.Posting;
import org.packbench.marking.MarkingCode;
import org.packbench.marking.MarkingCodeReader;
import org.packbench.marking.MarkingRecords;

/**
 * An Ozon posting packed at the bench: loaded by its number, its products counted by scan, and,
 * once full, reported packed through the outbox ({@code /v4/posting/fbs/ship}), whose delivery then
 * fetches its package label for the printer. The one place these rules live: Упаковка and {@code
 * orders pack} both come here.
 */
public final class PostingPacking {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrderBook orders;
    private final LabelService products;
    private final Outbox outbox;
    private final Runnable wakeOutbox;
    private final MarkingService marking;
    private final MarkingRecords marks;
    private final UnitOfWork work;
    private final java.time.Clock clock;
    private final java.util.function.Supplier<String> bench;

    PostingPacking(
            OrderBook orders,
            LabelService products,
            Outbox outbox,
            Runnable wakeOutbox,
            MarkingService marking,
            MarkingRecords marks,
            UnitOfWork work,
            java.time.Clock clock,
            java.util.function.Supplier<String> bench) {
        this.orders = orders;
        this.products = products;
        this.outbox = outbox;
        this.wakeOutbox = wakeOutbox;
        this.marking = marking;
        this.marks = marks;
        this.work = work;
        this.clock = clock;
        this.bench = bench;
    }

    /** Whether {@code scanned} names a posting the bench synced from Ozon (what Упаковка asks of a scan first). */
    public boolean isPosting(String scanned) {
        return orders.remote(scanned.strip())
                .filter(r -> r.order().marketplace() == Marketplace.OZON)
                .isPresent();
    }

    /**
     * The posting's count, nothing scanned yet. Refused when it was never synced, is not Ozon's, or
     * was already reported packed (by this bench or any other sharing the database).
     */
    public ItemCount open(String postingNumber) {
        String number = postingNumber.strip();
        RemoteOrder r = orders.remote(number)
                .filter(o -> o.order().marketplace() == Marketplace.OZON)
                .orElseThrow(() -> new ProblemException("orders.pack.unknownPosting", number));
        if (!r.remoteStatus().isEmpty() && !r.remoteStatus().equals(Posting.AWAITING_PACKAGING)) {
            throw new ProblemException("orders.pack.notAwaitingPackaging", number, r.remoteStatus());
        }
        if (outbox.latest(PushKind.OZON_SHIP, number).isPresent()
                || outbox.latest(PushKind.OZON_EXEMPLARS, number).isPresent()) {
            throw new ProblemException("orders.pack.alreadyPacked", number);
        }
        // Packed without knowing, an item needing its code would go out without one, and Ozon would
        // refuse the shipment after the parcel is closed: the posting waits for the next sync.
        if (r.lines().stream().anyMatch(l -> l.marking() == OrderLine.Marking.UNKNOWN)) {
            throw new ProblemException("orders.pack.marksUnknown", number);
        }
        return ItemCount.of(number, r.lines());
    }

    /** One scanned item (its barcode or SKU) counted into the posting; refused when it is not the posting's or one too many. */
    public ItemCount scan(ItemCount count, String scanned) {
        if (MarkingCodeReader.looksLikeOne(org.packbench.scan.KeyboardLayouts.russianToUs(scanned))) {
            // The item's Честный ЗНАК code names its product by GTIN and is kept for the order.
            MarkingCode mark = marking.check(scanned, Optional.empty());
            Sku product = products.find(mark.gtin())
                    .orElseThrow(() -> new ProblemException("sku.orBarcodeNotFound", mark.gtin()));
            return count.add(product.sku(), mark);
        }
        Optional<Sku> sku = products.find(scanned);
        if (sku.isEmpty()) {
            throw new ProblemException("sku.orBarcodeNotFound", scanned.strip());
        }
        return count.add(sku.get().sku());
    }

    /**
     * Reports the posting packed: one push written, delivered by the outbox worker; its package
     * label then goes to {@code labelPrinter}. Refused while items are missing. Answers false when it
     * had already been reported (a second Enter).
     */
    public boolean packed(ItemCount count, String labelPrinter) {
        if (!count.complete()) {
            throw new ProblemException(count.whatIsMissing());
        }
        RemoteOrder r = orders.remote(count.order())
                .orElseThrow(() -> new ProblemException("orders.pack.unknownPosting", count.order()));
        // The codes are used once, on any bench: kept, each with its line, in the commit that
        // reports the posting packed. Items that need their codes send them to Ozon first; the ship
        // report follows once Ozon has checked them.
        boolean withCodes = count.needsMarks();
        boolean added = work.inOne(() -> {
            boolean pushed = outbox.add(
                    withCodes
                            ? new NewPush(
                                    r.account(),
                                    PushKind.OZON_EXEMPLARS,
                                    r.order().number(),
                                    "ozon_exemplars:" + r.order().number(),
                                    OptionalLong.empty(),
                                    exemplarsPayload(r, count, labelPrinter))
                            : new NewPush(
                                    r.account(),
                                    PushKind.OZON_SHIP,
                                    r.order().number(),
                                    "ozon_ship:" + r.order().number(),
                                    OptionalLong.empty(),
                                    shipPayload(r, labelPrinter)));
            if (pushed) {
                for (ItemCount.Marked m : count.marked()) {
                    marks.record(m.code(), r.order().number(), m.lineNo(), clock.instant(), bench.get());
                }
            }
            return pushed;
        });
        if (added) {
            wakeOutbox.run();
        }
        return added;
    }

    /** One package holding every line: what {@code /v4/posting/fbs/ship} is sent. */
    static String shipPayload(RemoteOrder r, String labelPrinter) {
        return ship(r, labelPrinter).toString();
    }

    /**
     * The ship report's payload with every code scanned for the posting, each with its product, SKU
     * and line: what {@code exemplar/set} is sent, the full set each time.
     */
    static String exemplarsPayload(RemoteOrder r, ItemCount count, String labelPrinter) {
        ObjectNode root = ship(r, labelPrinter);
        ArrayNode codes = root.putArray("marks");
        for (ItemCount.Marked m : count.marked()) {
            OrderLine line = r.lines().stream()
                    .filter(l -> l.lineNo() == m.lineNo())
                    .findFirst()
                    .orElseThrow();
            codes.addObject()
                    .put("product_id", Long.parseLong(line.productId()))
                    .put("sku", line.offerId())
                    .put("line", line.lineNo())
                    .put("code", m.code().elementString())
                    .put("shown", m.code().shown());
        }
        return root.toString();
    }

    private static ObjectNode ship(RemoteOrder r, String labelPrinter) {
        ObjectNode root = JSON.createObjectNode();
        root.put("posting_number", r.order().number());
        root.put("label_printer", labelPrinter);
        ArrayNode products = root.putArray("packages").addObject().putArray("products");
        for (OrderLine l : r.lines()) {
            if (l.productId().isEmpty()) {
                throw new ProblemException("orders.pack.noProductId", r.order().number(), l.offerId());
            }
            products.addObject()
                    .put("product_id", Long.parseLong(l.productId()))
                    .put("quantity", l.quantity());
        }
        return root;
    }
}
