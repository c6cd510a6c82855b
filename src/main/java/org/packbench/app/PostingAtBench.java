package org.packbench.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.app.PackingState.Banner;
import org.packbench.app.PackingState.Tone;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.orders.ItemCount;
import org.packbench.marketplace.orders.OrderLine;

/**
 * The Ozon posting on Упаковка's form: its count so far and what the packer is told at each scan.
 * {@link PackingSession} decides when a scan is the posting's; this holds the count and words it.
 */
final class PostingAtBench {
    private final PostingPacking postings;
    private final ItemCount count;
    /** Each line's product as the catalog names it, looked up once when the posting is opened. */
    private final java.util.Map<String, String> names;

    private PostingAtBench(PostingPacking postings, ItemCount count, java.util.Map<String, String> names) {
        this.postings = postings;
        this.count = count;
        this.names = names;
    }

    /** What one scan did: the posting as it is now, what to say, and whether it was reported packed. */
    record Step(PostingAtBench posting, Banner banner, boolean refused, boolean complete, boolean packed) {}

    /** The posting loaded by its number; refused (a {@code ProblemException}) when it cannot be packed here. */
    static Step open(PostingPacking postings, LabelService products, String number) {
        ItemCount count = postings.open(number);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (OrderLine l : count.lines()) {
            names.put(l.offerId(), products.find(l.offerId()).map(Sku::nameRu).orElse(l.name()));
        }
        PostingAtBench p = new PostingAtBench(postings, count, java.util.Map.copyOf(names));
        Message opened = count.needsMarks()
                ? Message.of("parcel.posting.openedMarks", number, count.missing(), count.marksMissing())
                : Message.of("parcel.posting.opened", number, count.missing());
        return new Step(p, p.banner(Tone.OK, opened), false, false, false);
    }

    /** One item scanned; with all in and a printer chosen, the posting is reported packed at once. */
    Step scan(String code, Optional<String> printer) {
        ItemCount next;
        try {
            next = postings.scan(count, code);
        } catch (ProblemException e) {
            // The items counted so far stay counted: only the wrong one goes aside.
            return new Step(this, banner(Tone.REFUSED, e.problem()), true, false, false);
        }
        PostingAtBench p = new PostingAtBench(postings, next, names);
        if (!next.complete()) {
            // The line that grew names the item, whether it was scanned by barcode, article or marking code.
            String name = next.lines().stream()
                    .map(OrderLine::offerId)
                    .filter(sku -> next.count(sku) > count.count(sku))
                    .findFirst()
                    .map(names::get)
                    .orElse(code);
            Message counted = next.needsMarks()
                    ? Message.of("parcel.posting.countedMarks", name, next.missing(), next.marksMissing())
                    : Message.of("parcel.posting.counted", name, next.missing());
            return new Step(p, p.banner(Tone.OK, counted), false, false, false);
        }
        if (printer.isEmpty()) {
            return new Step(
                    p, p.banner(Tone.WARN, Message.of("parcel.posting.needPrinter", next.order())), false, true, false);
        }
        return p.pack(printer.get());
    }

    /** Reports the full posting packed; its Ozon label goes to {@code printer}. */
    Step pack(String printer) {
        try {
            postings.packed(count, printer);
            return new Step(
                    this,
                    banner(Tone.OK, Message.of("parcel.posting.packed", count.order(), printer)),
                    false,
                    true,
                    true);
        } catch (ProblemException e) {
            return new Step(this, banner(Tone.REFUSED, e.problem()), true, count.complete(), false);
        }
    }

    String number() {
        return count.order();
    }

    PackingState.PostingProgress progress() {
        List<PackingState.PostingLine> lines = new ArrayList<>();
        for (String sku :
                count.lines().stream().map(OrderLine::offerId).distinct().toList()) {
            lines.add(new PackingState.PostingLine(
                    sku, names.get(sku), count.count(sku), count.wanted(sku), count.needsMarks(sku)));
        }
        return new PackingState.PostingProgress(count.order(), lines, count.complete());
    }

    /** The headline, and under it each product with how many are in. */
    private Banner banner(Tone tone, Message headline) {
        List<Message> lines = new ArrayList<>();
        for (PackingState.PostingLine l : progress().lines()) {
            lines.add(
                    l.byCode()
                            ? Message.of(
                                    "parcel.posting.lineMarks",
                                    l.name(),
                                    l.sku(),
                                    l.counted(),
                                    l.wanted(),
                                    l.codesLeft())
                            : Message.of("parcel.posting.line", l.name(), l.sku(), l.counted(), l.wanted()));
        }
        return new Banner(tone, headline, lines);
    }
}
