package org.packbench.print;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the queue in the background: one lane per printer with queued jobs, oldest job first.
 * A printer that is offline or reports a problem keeps its jobs queued and is tried again after a
 * growing pause ({@link Backoff}); other printers are not held up by it. Jobs queued by another
 * process (a CLI batch while the GUI runs) are found by looking every {@code poll}. Jobs left from
 * before this process started wait for the packer's yes ({@link Leftovers}).
 */
public final class QueueWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueueWorker.class);
    private static final Duration BUSY_WAIT = Duration.ofMillis(100);
    private static final Duration TAKEN_WAIT = Duration.ofMillis(200);
    /**
     * How long a lane with nothing to send keeps its printer connection for the next label. A
     * packer's next scan comes within seconds; a new lane for it cost a thread, a connection and
     * a status round trip. Short, since a raw port takes one connection at a time and another
     * bench may be waiting to print on the same printer.
     */
    static final Duration LINGER = Duration.ofSeconds(1);

    private final PrintJobs jobs;
    private final PrinterProfiles printers;
    private final Transports transports;
    private final Backoff backoff;
    private final Duration poll;
    private final JobSender sender;
    private final InterruptedJobs interrupted;
    private final Leftovers leftovers;
    private final Map<String, Thread> lanes = new ConcurrentHashMap<>();
    private final Map<String, Transport> open = new ConcurrentHashMap<>();
    private final Duration linger;
    private final Object signal = new Object();
    /** Wakes so far, under {@code signal}: a wait begins only if none came since the look that found nothing. */
    private long wakes;

    private volatile boolean running;
    private Thread scout;

    public QueueWorker(
            PrintJobs jobs, PrinterProfiles printers, Transports transports, Backoff backoff, Duration poll) {
        this(jobs, printers, transports, backoff, poll, Leftovers.NONE);
    }

    public QueueWorker(
            PrintJobs jobs,
            PrinterProfiles printers,
            Transports transports,
            Backoff backoff,
            Duration poll,
            Leftovers leftovers) {
        this(jobs, printers, transports, backoff, poll, leftovers, LINGER);
    }

    /** @param linger how long an idle lane keeps its printer ({@link #LINGER}); tests make it long */
    QueueWorker(
            PrintJobs jobs,
            PrinterProfiles printers,
            Transports transports,
            Backoff backoff,
            Duration poll,
            Leftovers leftovers,
            Duration linger) {
        this.linger = linger;
        this.leftovers = leftovers;
        this.jobs = jobs;
        this.printers = printers;
        this.transports = transports;
        this.backoff = backoff;
        this.poll = poll;
        this.sender = new JobSender(jobs, SenderId.current());
        this.interrupted = new InterruptedJobs(jobs);
    }

    public synchronized QueueWorker start() {
        if (!running) {
            running = true;
            scout = daemon("print-queue", this::scout);
        }
        return this;
    }

    /** A job was queued or retried here: look now rather than at the next poll. */
    public void wake() {
        synchronized (signal) {
            wakes++;
            signal.notifyAll();
        }
    }

    private long wakes() {
        synchronized (signal) {
            return wakes;
        }
    }

    public boolean running() {
        return running;
    }

    /** Stops the lanes; a send under way is cut off and its job goes back to queued. */
    @Override
    public void close() {
        synchronized (this) {
            running = false;
        }
        wake();
        open.values().forEach(QueueWorker::closeQuietly);
        join(scout);
        lanes.values().forEach(QueueWorker::join);
    }

    private void scout() {
        while (running) {
            long seen = wakes();
            try {
                for (String printer : printersToServe()) {
                    lanes.compute(
                            printer,
                            (p, t) -> t != null && t.isAlive() ? t : daemon("print-queue-" + p, () -> lane(p)));
                }
            } catch (RuntimeException e) {
                LOG.warn("print queue: cannot read the queue: {}", e.toString());
            }
            pause(poll, seen);
        }
    }

    /**
     * Printers with a job to send or an interrupted send to settle. A printer whose only queued jobs
     * are held leftovers gets no lane: a lane would open a connection to it every poll for nothing.
     */
    private List<String> printersToServe() {
        if (leftovers.waiting().isEmpty()) {
            return jobs.printersWith(List.of(JobStatus.QUEUED, JobStatus.SENDING));
        }
        return jobs.list(List.of(JobStatus.QUEUED, JobStatus.SENDING)).stream()
                .filter(j -> j.status() == JobStatus.SENDING || !leftovers.holds(j))
                .map(PrintJob::printer)
                .distinct()
                .toList();
    }

    /** The oldest queued job of {@code printer} that is not a leftover waiting for the packer's yes. */
    private Optional<PrintJob> nextToSend(String printer) {
        Optional<PrintJob> oldest = jobs.nextQueued(printer);
        if (oldest.isEmpty() || !leftovers.holds(oldest.get())) {
            return oldest;
        }
        return jobs.list(List.of(JobStatus.QUEUED)).stream()
                .filter(j -> j.printer().equals(printer) && !leftovers.holds(j))
                .findFirst();
    }

    private void lane(String printer) {
        Transport transport = null;
        PrinterProfile current = null;
        String cannotOpen = "";
        int failures = 0;
        boolean settle = true;
        long idleSince = 0;
        try {
            while (running) {
                long seen = wakes();
                Optional<PrinterProfile> profile = printers.find(printer);
                if (profile.isPresent() && !profile.get().equals(current)) {
                    closeQuietly(transport);
                    open.remove(printer);
                    current = profile.get();
                    try {
                        transport = transports.open(current);
                        open.put(printer, transport);
                    } catch (ProblemException e) {
                        transport = null;
                        cannotOpen = e.problem().english();
                    }
                }
                if (settle) {
                    settle = false;
                    if (interrupted
                            .settle(printer, Optional.ofNullable(profile.isPresent() ? transport : null))
                            .stream()
                            .anyMatch(s -> s.now() == JobStatus.SENDING)) {
                        settle = true;
                        pause(backoff.after(++failures));
                        continue;
                    }
                }
                Optional<PrintJob> next = nextToSend(printer);
                if (next.isEmpty()) {
                    if (idleSince == 0) {
                        idleSince = System.nanoTime();
                    } else if (System.nanoTime() - idleSince > linger.toNanos()) {
                        return;
                    }
                    // A job queued (and its wake sent) after the look above is not left for the
                    // next look: a quarter of the linger, a label a packer waited 250 ms for.
                    pause(linger.dividedBy(4), seen);
                    continue;
                }
                idleSince = 0;
                if (profile.isEmpty() || transport == null) {
                    // Nothing will ever reach this printer: the packer must see it, not wait.
                    String why = profile.isEmpty()
                            ? Message.of("print.printer.notFound", printer).english()
                            : cannotOpen;
                    jobs.note(next.get().id(), JobStatus.FAILED, why, false);
                    continue;
                }
                JobSender.Result r = sender.deliver(next.get(), transport, JobStatus.QUEUED);
                switch (r.outcome()) {
                    case SENT -> failures = 0;
                    case BUSY -> pause(BUSY_WAIT);
                    case TAKEN -> {
                        settle = true;
                        pause(TAKEN_WAIT);
                    }
                    case OFFLINE, REFUSED -> {
                        LOG.info("print queue: job {} not sent: {}", next.get().id(), r.detail());
                        pause(backoff.after(++failures));
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.error("print queue: lane for printer {} stopped", printer, e);
        } finally {
            closeQuietly(transport);
            open.remove(printer);
            lanes.remove(printer, Thread.currentThread());
        }
    }

    private void pause(Duration d) {
        pause(d, wakes());
    }

    /** Waits {@code d} or until woken; not at all if a wake came after {@code seen} was read. */
    private void pause(Duration d, long seen) {
        synchronized (signal) {
            if (!running || wakes != seen) {
                return;
            }
            try {
                signal.wait(Math.max(1, d.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void join(Thread t) {
        if (t == null) {
            return;
        }
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Transport t) {
        if (t != null) {
            try {
                t.close();
            } catch (Exception ignored) {
                // Closing a broken connection has nothing left to report.
            }
        }
    }
}
