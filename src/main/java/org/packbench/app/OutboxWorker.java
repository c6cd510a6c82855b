package org.packbench.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.outbox.Outbox;
import org.packbench.marketplace.outbox.PaceKeeper;
import org.packbench.marketplace.outbox.Push;
import org.packbench.marketplace.outbox.PushOutcome;
import org.packbench.marketplace.outbox.RetryPolicy;

/**
 * Delivers the outbox: takes what is due, keeps each account's pace, makes one attempt per push
 * and records what came of it. Runs as a background thread in the window and in {@code serve},
 * and in the foreground for {@code outbox send}.
 */
public final class OutboxWorker {
    static final int BATCH = 20;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutboxWorker.class);

    private final Outbox outbox;
    private final PaceKeeper pace;
    private final MarketplaceLinks links;
    private final RetryPolicy retry;
    private final Clock clock;
    private final UnitOfWork work;
    private final RandomGenerator random;
    private final Duration idle;

    private final Object signal = new Object();
    private long wakes;
    private Thread thread;
    private volatile boolean running;

    public OutboxWorker(
            Outbox outbox,
            PaceKeeper pace,
            MarketplaceLinks links,
            RetryPolicy retry,
            Clock clock,
            UnitOfWork work,
            RandomGenerator random,
            Duration idle) {
        this.outbox = outbox;
        this.pace = pace;
        this.links = links;
        this.retry = retry;
        this.clock = clock;
        this.work = work;
        this.random = random;
        this.idle = idle;
    }

    /** What one pass did. */
    public record Pass(int delivered, int later, int failed) {
        Pass plus(Pass o) {
            return new Pass(delivered + o.delivered, later + o.later, failed + o.failed);
        }

        public int attempts() {
            return delivered + later + failed;
        }
    }

    /**
     * Delivers everything due now, one attempt each, in the foreground; pushes that must wait (a
     * marketplace's trouble) are left for later. What {@code outbox send} runs.
     */
    public Pass sendDue() {
        Pass total = new Pass(0, 0, 0);
        while (true) {
            Pass p = once();
            total = total.plus(p);
            if (p.attempts() == 0 || p.delivered() == 0 && p.failed() == 0) {
                return total;
            }
        }
    }

    /**
     * Up to {@link #BATCH} due pushes, each claimed on its own just before its call: a lease covers
     * one call, so a push is never held by a worker still busy with the ones before it.
     */
    Pass once() {
        int delivered = 0;
        int later = 0;
        int failed = 0;
        for (int i = 0; i < BATCH; i++) {
            List<Push> due = outbox.claim(clock.instant(), links.lease(), 1);
            if (due.isEmpty()) {
                break;
            }
            switch (attempt(due.get(0))) {
                case DELIVERED -> delivered++;
                case LATER -> later++;
                case FAILED -> failed++;
            }
        }
        return new Pass(delivered, later, failed);
    }

    private enum Result {
        DELIVERED,
        LATER,
        FAILED
    }

    private Result attempt(Push push) {
        PushOutcome outcome;
        try {
            Optional<MarketplaceLinks.Link> link = links.forAccount(push.account());
            if (link.isEmpty()) {
                outcome = new PushOutcome.Refused(Message.of("outbox.account.gone", push.account()));
            } else {
                waitForSlot(push.account(), link.get().spacing());
                // The claim counted this attempt: more than one means an earlier call may have landed.
                outcome = link.get().courier(push.kind()).deliver(push, push.attempts() > 1);
            }
        } catch (ProblemException e) {
            outcome = new PushOutcome.Refused(e.problem());
        }
        return record(push, outcome);
    }

    private Result record(Push push, PushOutcome outcome) {
        if (outcome instanceof PushOutcome.Delivered d) {
            Instant at = clock.instant();
            try {
                work.inOne(() -> {
                    d.inSameCommit().run();
                    outbox.delivered(push.id(), d.ack(), at, d.next());
                    return null;
                });
            } catch (ProblemException e) {
                outbox.failed(push.id(), e.problem());
                return Result.FAILED;
            }
            return Result.DELIVERED;
        }
        if (outcome instanceof PushOutcome.Later l) {
            Duration wait =
                    retry.after(push.attempts(), random::nextLong, l.notBefore().orElse(null));
            outbox.later(push.id(), clock.instant().plus(wait), l.why());
            return Result.LATER;
        }
        if (outcome instanceof PushOutcome.Pending w) {
            outbox.later(push.id(), clock.instant().plus(w.after()), w.why());
            return Result.LATER;
        }
        outbox.failed(push.id(), ((PushOutcome.Refused) outcome).why());
        return Result.FAILED;
    }

    private void waitForSlot(String account, Duration spacing) {
        Instant slot = pace.reserve(account, clock.instant(), spacing);
        long ms = Duration.between(clock.instant(), slot).toMillis();
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the background thread, once. */
    public synchronized OutboxWorker start() {
        if (thread == null) {
            running = true;
            thread = new Thread(this::run, "outbox-worker");
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    /** A push was written: look now rather than at the next idle check. */
    public void wake() {
        synchronized (signal) {
            wakes++;
            signal.notifyAll();
        }
    }

    public synchronized void stop() {
        running = false;
        wake();
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    private void run() {
        while (running) {
            long seen;
            synchronized (signal) {
                seen = wakes;
            }
            Pass p;
            try {
                p = once();
            } catch (RuntimeException e) {
                // The database gone for a moment (a server restart): the pushes wait in it, try again.
                p = new Pass(0, 0, 0);
                LOG.warn("outbox: cannot read the outbox: {}", e.toString());
            }
            if (p.attempts() > 0 && (p.delivered() > 0 || p.failed() > 0)) {
                continue;
            }
            synchronized (signal) {
                if (wakes == seen && running) {
                    try {
                        signal.wait(idle.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }
}
