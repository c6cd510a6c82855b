package org.packbench.connect;

import java.util.List;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.outbox.Courier;
import org.packbench.marketplace.outbox.Push;
import org.packbench.marketplace.outbox.PushOutcome;
import org.packbench.marketplace.ozon.OzonSeller;
import org.packbench.marketplace.remote.RemoteTrouble;

/**
 * Fetches a shipped posting's package label and hands it to the bench's label printer, queued in
 * the same commit that marks the push delivered: the label is printed once, or fetched again.
 */
public final class OzonLabelCourier implements Courier {
    /** Turns a package label PDF into a print job; throws a {@code ProblemException} when it cannot print. */
    public interface LabelSink {
        /**
         * Checks and converts {@code pdf} for {@code printer} now; the returned action queues it, run
         * inside the delivery's commit.
         */
        Runnable prepare(String posting, String printer, byte[] pdf);
    }

    private final OzonSeller seller;
    private final LabelSink sink;

    public OzonLabelCourier(OzonSeller seller, LabelSink sink) {
        this.seller = seller;
        this.sink = sink;
    }

    @Override
    public PushOutcome deliver(Push push, boolean resend) {
        com.fasterxml.jackson.databind.JsonNode payload = PushPayloads.read(push);
        String posting = payload.path("posting_number").asText();
        String printer = payload.path("printer").asText();
        byte[] pdf;
        try {
            pdf = seller.packageLabel(List.of(posting));
        } catch (RemoteTrouble t) {
            return PushOutcome.of(t);
        }
        Runnable queue;
        try {
            queue = sink.prepare(posting, printer, pdf);
        } catch (ProblemException e) {
            return new PushOutcome.Refused(e.problem());
        }
        return new PushOutcome.Delivered("label " + pdf.length + " bytes", List.of(), queue);
    }
}
