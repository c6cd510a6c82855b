package org.packbench.verify.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.packbench.i18n.Message;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.QrPayload;

/**
 * One field where a scanned QR says something other than the label it names. The label id in a
 * QR only finds the record; anyone can print a QR with a real id and another parcel's order,
 * tracking, SKU or DAC, so every field is compared with the record before the parcel may ship.
 *
 * @param field    the payload field, as docs/qr-payload.md names it
 * @param scanned  what the QR says
 * @param recorded what the label log says
 */
public record PayloadDifference(String field, String scanned, String recorded) {

    /** Every field of {@code qr} that differs from {@code label}, in payload order; empty when they agree. */
    public static List<PayloadDifference> between(QrPayload qr, DispatchLabel label) {
        List<PayloadDifference> found = new ArrayList<>();
        compare(found, "marketplace", qr.marketplace().code(), label.marketplace());
        compare(found, "order", qr.order(), label.order());
        compare(found, "tracking", qr.tracking(), label.tracking());
        compare(found, "sku", qr.sku(), label.sku());
        compare(found, "dac", qr.dac(), label.dac());
        // "l5" and "L00000005" find the same record, but a label prints only the second form.
        compare(found, "label_id", qr.labelId(), LabelValues.labelId(label.id()));
        return found;
    }

    private static void compare(List<PayloadDifference> found, String field, String scanned, String recorded) {
        // Exact comparison: the record is what was printed, character for character.
        if (!scanned.equals(recorded == null ? "" : recorded)) {
            found.add(new PayloadDifference(field, scanned, recorded == null ? "" : recorded));
        }
    }

    /** The difference in words: the field's name, the QR's value and the record's. */
    public Message describe() {
        return Message.of("dispatch.payloadField", Message.of("dispatch.field." + field), scanned, recorded);
    }

    /** All differences in one sentence part, joined in the reader's language. */
    static Message describeAll(List<PayloadDifference> differences) {
        Message all = differences.get(0).describe();
        for (PayloadDifference d : differences.subList(1, differences.size())) {
            all = Message.of("dispatch.payloadAnd", all, d.describe());
        }
        return all;
    }
}
