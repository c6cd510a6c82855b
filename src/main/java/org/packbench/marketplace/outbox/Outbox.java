package org.packbench.marketplace.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.packbench.i18n.Message;

/**
 * The durable record of what the marketplaces must still be told. A push is written in the unit of
 * work of the label or scan that causes it, so it exists exactly when its cause does; the store
 * implements it, shared by every bench on the database.
 */
public interface Outbox {

    /**
     * Writes the push in the caller's unit of work. A push with the same {@link NewPush#dedupe()} is
     * already there: nothing is written and false is returned. One of the same kind and subject
     * still undelivered under another name (an older tracking number) is cancelled: only the
     * newest is sent.
     */
    boolean add(NewPush push);

    /**
     * Takes up to {@code limit} pushes due at {@code now} for sending, each leased until {@code now
     * + lease} and its attempt counted: waiting ones whose time has come and whose label, if any,
     * has printed, and sending ones whose lease ran out (a worker that died mid-call). Another
     * worker, on this bench or another, cannot take the same push while its lease holds.
     */
    List<Push> claim(Instant now, Duration lease, int limit);

    /** The marketplace accepted it; {@code next} is written in the same transaction. */
    void delivered(long id, String ack, Instant at, List<NewPush> next);

    /** Not delivered this time: waiting again until {@code nextAt}. */
    void later(long id, Instant nextAt, Message why);

    /** Refused for good, until a person retries it. */
    void failed(long id, Message why);

    /** Pushes not yet delivered, oldest first, and, with {@code everything}, the delivered and cancelled too. */
    List<Push> list(boolean everything);

    Optional<Push> get(long id);

    /** A failed or waiting push made due now, its attempts kept. False when it is delivered, cancelled or unknown. */
    boolean retry(long id, Instant now);

    /**
     * {@link #retry}, refused in words when the push cannot be retried: what a person asking for it
     * ({@code outbox retry ID}, {@code POST /outbox/ID/retry}) is told. Answers the push, waiting again.
     */
    default Push retryNow(long id, Instant now) {
        if (!retry(id, now)) {
            throw new org.packbench.i18n.ProblemException("outbox.retry.notRetryable", id);
        }
        return get(id).orElseThrow();
    }

    /** Every failed push made due now; how many. */
    int retryFailed(Instant now);

    /** Undelivered pushes about {@code subject} of that kind, e.g. whether an order's tracking is still to go. */
    Optional<Push> latest(PushKind kind, String subject);
}
