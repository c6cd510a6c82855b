package org.packbench.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.packbench.i18n.Message;
import org.packbench.marketplace.outbox.Courier;
import org.packbench.marketplace.outbox.NewPush;
import org.packbench.marketplace.outbox.Push;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.outbox.PushOutcome;
import org.packbench.marketplace.ozon.Exemplars;
import org.packbench.marketplace.ozon.OzonSeller;
import org.packbench.marketplace.remote.RemoteTrouble;

/**
 * Gives Ozon a packed posting's Честный ЗНАК codes, before its ship report: the units' ids ({@code
 * exemplar/create-or-get}), every unit with its code ({@code exemplar/set}, the full set each
 * time), then Ozon's check ({@code exemplar/status}) asked until it is done. Checked and fit to
 * ship, it leads to the ship report carrying the units' ids; codes Ozon refuses are named item by
 * item. A second attempt asks where the check stands before sending anything again.
 */
public final class OzonExemplarCourier implements Courier {
    /** How soon Ozon is asked again while it checks the codes: seconds, as its check takes. */
    static final Duration POLL = Duration.ofSeconds(3);
    /**
     * Checks still unfinished after this many attempts wait as failures do (doubling up to the
     * outbox's ceiling) rather than every few seconds: Ozon's check is stuck, not slow.
     */
    static final int POLLS_BEFORE_BACKING_OFF = 40;

    private final OzonSeller seller;

    public OzonExemplarCourier(OzonSeller seller) {
        this.seller = seller;
    }

    /** A code of the payload: the unit's product and line, and the code as scanned. */
    private record Code(long productId, String sku, int line, String code, String shown) {}

    @Override
    public PushOutcome deliver(Push push, boolean resend) {
        JsonNode payload = PushPayloads.read(push);
        String posting = payload.path("posting_number").asText();
        List<Code> codes = new ArrayList<>();
        for (JsonNode m : payload.path("marks")) {
            codes.add(new Code(
                    m.path("product_id").asLong(),
                    m.path("sku").asText(),
                    m.path("line").asInt(),
                    m.path("code").asText(),
                    m.path("shown").asText()));
        }
        try {
            if (resend) {
                Exemplars.Status now = seller.exemplarStatus(posting);
                if (now.inProcess()) {
                    return checking(push, posting);
                }
                if (now.shipAvailable() || now.status().equals(Exemplars.SHIP_NOT_AVAILABLE)) {
                    return verdict(push, payload, posting, codes, now);
                }
                // Anything else (the codes never arrived, or may be changed): send the full set again.
            }
            List<Exemplars.Product> products = seller.exemplars(posting);
            List<Exemplars.Filled> units = new ArrayList<>();
            for (Exemplars.Product p : products) {
                List<Code> mine = codes.stream()
                        .filter(c -> c.productId() == p.productId())
                        .toList();
                if (p.markNeeded() && mine.size() != p.exemplarIds().size()
                        || mine.size() > p.exemplarIds().size()) {
                    return new PushOutcome.Refused(Message.of(
                            "outbox.exemplars.codesDoNotFit",
                            posting,
                            p.productId(),
                            p.exemplarIds().size(),
                            mine.size()));
                }
                for (int i = 0; i < p.exemplarIds().size(); i++) {
                    units.add(new Exemplars.Filled(
                            p.productId(),
                            p.exemplarIds().get(i),
                            i < mine.size() ? Optional.of(mine.get(i).code()) : Optional.empty()));
                }
            }
            if (units.isEmpty()) {
                return new PushOutcome.Refused(Message.of("outbox.exemplars.noUnits", posting));
            }
            seller.setExemplars(posting, units);
            Exemplars.Status now = seller.exemplarStatus(posting);
            if (now.inProcess()) {
                return checking(push, posting);
            }
            return verdict(push, payload, posting, codes, now);
        } catch (RemoteTrouble t) {
            return PushOutcome.of(t);
        }
    }

    private static PushOutcome checking(Push push, String posting) {
        Message why = Message.of("outbox.exemplars.checking", posting, POLL.toSeconds());
        return push.attempts() < POLLS_BEFORE_BACKING_OFF
                ? new PushOutcome.Pending(why, POLL)
                : new PushOutcome.Later(why, Optional.empty());
    }

    /** Ozon's check is done: the ship report with the units' ids, or every refused code named. */
    private PushOutcome verdict(Push push, JsonNode payload, String posting, List<Code> codes, Exemplars.Status s) {
        if (!s.shipAvailable()) {
            return new PushOutcome.Refused(refusal(posting, codes, s));
        }
        Map<Long, List<Long>> ids = new LinkedHashMap<>();
        for (Exemplars.Product p : seller.exemplars(posting)) {
            if (p.markNeeded() || codes.stream().anyMatch(c -> c.productId() == p.productId())) {
                ids.put(p.productId(), p.exemplarIds());
            }
        }
        ObjectNode ship = payload.deepCopy();
        ship.remove("marks");
        for (JsonNode pack : ship.path("packages")) {
            for (JsonNode item : pack.path("products")) {
                List<Long> theirs = ids.get(item.path("product_id").asLong());
                if (theirs != null) {
                    ArrayNode list = ((ObjectNode) item).putArray("exemplar_ids");
                    theirs.forEach(list::add);
                }
            }
        }
        NewPush next = new NewPush(
                push.account(),
                PushKind.OZON_SHIP,
                push.subject(),
                "ozon_ship:" + push.subject(),
                OptionalLong.empty(),
                ship.toString());
        return new PushOutcome.Delivered("codes checked: " + codes.size(), List.of(next));
    }

    /** "PB-7-002 (line 1), code (01)…(21)…: error …" for each code Ozon did not pass. */
    private static Message refusal(String posting, List<Code> codes, Exemplars.Status s) {
        List<Message> items = new ArrayList<>();
        for (Exemplars.MarkCheck m : s.marks()) {
            boolean failed = !m.errorCodes().isEmpty()
                    || m.checkStatus().equalsIgnoreCase("failed")
                    || m.checkStatus().equalsIgnoreCase("error");
            if (!failed) {
                continue;
            }
            Optional<Code> ours =
                    codes.stream().filter(c -> c.code().equals(m.mark())).findFirst();
            String errors = m.errorCodes().isEmpty() ? m.checkStatus() : String.join(", ", m.errorCodes());
            items.add(Message.of(
                    "outbox.exemplars.codeRefused",
                    ours.map(Code::sku).orElse(Long.toString(m.productId())),
                    ours.map(Code::line).orElse(0),
                    ours.map(Code::shown).orElse(shorten(m.mark())),
                    errors));
        }
        if (items.isEmpty()) {
            return Message.of("outbox.exemplars.notShippable", posting, s.status());
        }
        return Message.of("outbox.exemplars.refused", posting, joined(items));
    }

    /** The items one after another, as messages, so each is shown in the reader's language. */
    private static Message joined(List<Message> items) {
        Message all = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            all = Message.of("outbox.exemplars.and", items.get(i), all);
        }
        return all;
    }

    private static String shorten(String mark) {
        String visible = mark.replace('\u001D', '␝');
        return visible.length() <= 32 ? visible : visible.substring(0, 32) + "…";
    }
}
