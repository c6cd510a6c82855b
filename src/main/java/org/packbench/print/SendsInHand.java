package org.packbench.print;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs this process has in hand right now, whichever of its senders (the queue worker's lanes,
 * a foreground retry) or settlers has them, one holder at a time. A job in sending under this
 * process's name that nobody here holds was left behind by one of its senders: the bytes went out
 * but "sent" could not be recorded (the server was gone at that moment). It is settled by the
 * printer's counter like a crashed process's job; left alone, it would hold its printer for as
 * long as this process runs.
 *
 * <p>Held by one at a time, so that a second sender failing to claim a job cannot release the
 * first one's hold, and a settler never settles a job another thread has just claimed again.
 */
final class SendsInHand {
    /**
     * How long a job whose send could not be recorded is left alone. The printer counts a label
     * when it has printed it, not when the bytes arrive: judged at once, a label still in the
     * printer's buffer would look unprinted and be sent again.
     */
    static final long UNRECORDED_GRACE_NANOS = 10_000_000_000L;

    private static final Set<Long> HELD = ConcurrentHashMap.newKeySet();
    /** Jobs let go without a recorded outcome, by when (System.nanoTime). */
    private static final Map<Long, Long> UNRECORDED = new ConcurrentHashMap<>();

    private SendsInHand() {}

    /**
     * Takes {@code job} unless another holder of this process has it. A sender takes it before its
     * claim is written, so no settling ever sees the claim without the hold.
     */
    static boolean take(long job) {
        return HELD.add(job);
    }

    static void letGo(long job) {
        HELD.remove(job);
    }

    /** The bytes went out and "sent" could not be written: let go, and left alone for the grace. */
    static void letGoUnrecorded(long job) {
        UNRECORDED.put(job, System.nanoTime());
        HELD.remove(job);
    }

    /** Held by someone here, or let go unrecorded less than the grace ago. */
    static boolean held(long job) {
        if (HELD.contains(job)) {
            return true;
        }
        Long since = UNRECORDED.get(job);
        if (since == null) {
            return false;
        }
        if (System.nanoTime() - since < UNRECORDED_GRACE_NANOS) {
            return true;
        }
        UNRECORDED.remove(job, since);
        return false;
    }
}
