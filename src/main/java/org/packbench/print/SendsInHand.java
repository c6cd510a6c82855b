package org.packbench.print;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs this process is sending right now, whichever of its senders (the queue worker's lanes,
 * a foreground retry) has them. A job in sending under this process's name that no sender here has
 * in hand was left behind by one of them: the bytes went out but "sent" could not be recorded (the
 * server was gone at that moment). It is settled by the printer's counter like a crashed process's
 * job; left alone, it would hold its printer for as long as this process runs.
 */
final class SendsInHand {
    private static final Set<Long> JOBS = ConcurrentHashMap.newKeySet();

    private SendsInHand() {}

    /** Taken before the claim is written, so no settling ever sees the claim without it. */
    static void take(long job) {
        JOBS.add(job);
    }

    static void letGo(long job) {
        JOBS.remove(job);
    }

    static boolean held(long job) {
        return JOBS.contains(job);
    }
}
