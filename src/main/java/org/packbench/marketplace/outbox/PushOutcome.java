package org.packbench.marketplace.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.packbench.i18n.Message;

/** What came of one attempt to deliver a push. */
public sealed interface PushOutcome {

    /**
     * The marketplace has the effect (now, or already from an earlier attempt).
     *
     * @param ack what it answered, kept with the push
     * @param next pushes this one leads to, written in the same transaction (a shipped posting's label)
     * @param inSameCommit what else the delivery changes, done in the transaction that records it (a
     *     fetched label queued on the printer), so that a crash cannot keep one without the other
     */
    record Delivered(String ack, List<NewPush> next, Runnable inSameCommit) implements PushOutcome {
        public Delivered {
            next = List.copyOf(next);
        }

        public Delivered(String ack, List<NewPush> next) {
            this(ack, next, () -> {});
        }
    }

    /** Not now: tried again later, no sooner than {@code notBefore} when the marketplace said so. */
    record Later(Message why, Optional<Duration> notBefore) implements PushOutcome {}

    /**
     * The marketplace is still working on it (Ozon checking marking codes): asked again after
     * {@code after}, a short wait that does not grow with the attempts, since nothing went wrong.
     */
    record Pending(Message why, Duration after) implements PushOutcome {}

    /** Sending it again cannot succeed: kept as failed for a person to see. */
    record Refused(Message why) implements PushOutcome {}

    /** A call that got no usable answer: tried again later when its kind allows, else refused. */
    static PushOutcome of(org.packbench.marketplace.remote.RemoteTrouble t) {
        return t.kind().retryable() ? new Later(t.problem(), t.retryAfter()) : new Refused(t.problem());
    }
}
