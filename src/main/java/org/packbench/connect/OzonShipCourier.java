package org.packbench.connect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.packbench.marketplace.outbox.Courier;
import org.packbench.marketplace.outbox.NewPush;
import org.packbench.marketplace.outbox.Push;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.outbox.PushOutcome;
import org.packbench.marketplace.ozon.OzonSeller;
import org.packbench.marketplace.ozon.Posting;
import org.packbench.marketplace.remote.RemoteTrouble;

/**
 * Reports an Ozon posting packed. A posting is shipped once: before a second call, and after any
 * refusal, Ozon is asked where the posting stands, and one already past packaging counts as
 * delivered. Delivery leads to the fetch of its package label. A posting whose items carry
 * marking codes comes here after {@link OzonExemplarCourier}, its products with their units' ids.
 */
public final class OzonShipCourier implements Courier {
    private final OzonSeller seller;

    public OzonShipCourier(OzonSeller seller) {
        this.seller = seller;
    }

    @Override
    public PushOutcome deliver(Push push, boolean resend) {
        JsonNode payload = PushPayloads.read(push);
        String posting = payload.path("posting_number").asText();
        List<OzonSeller.ShipPackage> packages = new ArrayList<>();
        for (JsonNode pack : payload.path("packages")) {
            List<OzonSeller.ShipItem> items = new ArrayList<>();
            for (JsonNode item : pack.path("products")) {
                List<Long> exemplars = new ArrayList<>();
                item.path("exemplar_ids").forEach(id -> exemplars.add(id.asLong()));
                items.add(new OzonSeller.ShipItem(
                        item.path("product_id").asLong(), item.path("quantity").asInt(), exemplars));
            }
            packages.add(new OzonSeller.ShipPackage(items));
        }
        try {
            if (resend) {
                Posting now = seller.posting(posting);
                if (now.shipped()) {
                    return delivered(push, payload, "already " + now.status());
                }
            }
            List<String> made = seller.ship(posting, packages);
            return delivered(push, payload, "shipped " + String.join(",", made));
        } catch (RemoteTrouble t) {
            if (t.kind().retryable()) {
                return PushOutcome.of(t);
            }
            if (t.kind() == RemoteTrouble.Kind.REJECTED) {
                // Shipped meanwhile by another bench or by hand in Ozon's cabinet: that is the effect we wanted.
                try {
                    Posting now = seller.posting(posting);
                    if (now.shipped()) {
                        return delivered(push, payload, "already " + now.status());
                    }
                } catch (RemoteTrouble again) {
                    if (again.kind().retryable()) {
                        return PushOutcome.of(again);
                    }
                }
            }
            return new PushOutcome.Refused(t.problem());
        }
    }

    private static PushOutcome delivered(Push push, JsonNode payload, String ack) {
        NewPush label = new NewPush(
                push.account(),
                PushKind.OZON_LABEL,
                push.subject(),
                "ozon_label:" + push.subject(),
                OptionalLong.empty(),
                PushPayloads.label(push.subject(), payload.path("label_printer").asText()));
        return new PushOutcome.Delivered(ack, List.of(label));
    }
}
