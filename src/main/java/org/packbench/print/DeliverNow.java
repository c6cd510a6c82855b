package org.packbench.print;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * Delivers jobs in the foreground, for {@code print --wait} and {@code queue retry}: each job is
 * tried once, and one that does not go is marked failed with the reason, for the packer to see
 * now. A printer that did not answer is not tried again for the rest of the call.
 */
public final class DeliverNow {
    private static final Duration BUSY_WAIT = Duration.ofMillis(100);

    /** What became of one job; {@code status} is its state afterwards. */
    public record Delivery(long jobId, String printer, JobStatus status, String detail) {}

    private final PrintJobs jobs;
    private final PrinterProfiles printers;
    private final Transports transports;
    private final Duration patience;
    private final JobSender sender;
    private final String self;
    private final InterruptedJobs interrupted;

    /** @param patience how long to wait for a printer that is still printing or held by another sender */
    public DeliverNow(PrintJobs jobs, PrinterProfiles printers, Transports transports, Duration patience) {
        this.jobs = jobs;
        this.printers = printers;
        this.transports = transports;
        this.patience = patience;
        SenderId me = SenderId.current();
        this.sender = new JobSender(jobs, me);
        this.self = me.token();
        this.interrupted = new InterruptedJobs(jobs);
    }

    /** {@code queue retry --all}: settles interrupted jobs, then sends every queued, failed and unknown job. */
    public List<Delivery> all() {
        // A job that becomes unknown while settling has not been seen by anyone yet: it waits for
        // a decision rather than being sent by the very call that found it in doubt.
        Set<Long> unknownBefore = new HashSet<>();
        jobs.list(List.of(JobStatus.UNKNOWN)).forEach(j -> unknownBefore.add(j.id()));
        try (Connections c = new Connections()) {
            List<Delivery> out = new ArrayList<>();
            for (String printer : jobs.printersWith(List.of(JobStatus.SENDING))) {
                out.addAll(settle(printer, c));
            }
            List<PrintJob> waiting = new ArrayList<>();
            for (PrintJob j : jobs.list(List.of(JobStatus.QUEUED, JobStatus.FAILED, JobStatus.UNKNOWN))) {
                if (j.status() != JobStatus.UNKNOWN || unknownBefore.contains(j.id())) {
                    waiting.add(j);
                }
            }
            out.addAll(deliver(waiting, c));
            return out;
        }
    }

    /** Sends the jobs {@code ids} now, in that order. */
    public List<Delivery> jobs(List<Long> ids) {
        try (Connections c = new Connections()) {
            Set<String> settled = new HashSet<>();
            List<Delivery> out = new ArrayList<>();
            for (long id : ids) {
                jobs.find(id)
                        .filter(j -> j.status() == JobStatus.SENDING && settled.add(j.printer()))
                        .ifPresent(j -> out.addAll(settle(j.printer(), c)));
            }
            Set<Long> reported = new HashSet<>();
            out.forEach(d -> reported.add(d.jobId()));
            List<PrintJob> these = new ArrayList<>();
            for (long id : ids) {
                PrintJob job = jobs.find(id).orElseThrow(() -> new ProblemException("print.job.notFound", id));
                // A job just settled as printed (or still in doubt) is already in the report.
                if (!reported.contains(id) || job.status().retryable()) {
                    these.add(job);
                }
            }
            out.addAll(deliver(these, c));
            return out;
        }
    }

    private List<Delivery> settle(String printer, Connections c) {
        return interrupted.settle(printer, c.transport(printer)).stream()
                .map(s -> new Delivery(s.job().id(), printer, s.now(), s.detail()))
                .toList();
    }

    /**
     * Jobs as listed a moment ago: one whose state has changed since is caught by the claim, which
     * is taken only from a retryable state.
     */
    private List<Delivery> deliver(List<PrintJob> listed, Connections c) {
        Map<String, String> down = new HashMap<>();
        List<Delivery> out = new ArrayList<>();
        for (PrintJob job : listed) {
            long id = job.id();
            if (self.equals(job.sender()) && !job.status().retryable()) {
                out.add(ownOutcome(job.id(), System.nanoTime() + patience.toNanos()));
            } else if (job.status() == JobStatus.SENDING) {
                out.add(new Delivery(
                        id,
                        job.printer(),
                        job.status(),
                        Message.of("print.job.otherSender").english()));
            } else if (!job.status().retryable()) {
                out.add(new Delivery(
                        id,
                        job.printer(),
                        job.status(),
                        Message.of("print.job.nothingToDo").english()));
            } else if (down.containsKey(job.printer())) {
                out.add(new Delivery(id, job.printer(), job.status(), down.get(job.printer())));
            } else {
                Delivery d = deliver(job, c);
                if (d.status() == JobStatus.FAILED) {
                    down.put(
                            job.printer(),
                            Message.of("print.job.notTried", new org.packbench.i18n.Composed(d.detail()))
                                    .english());
                }
                out.add(d);
            }
        }
        return out;
    }

    private Delivery deliver(PrintJob job, Connections c) {
        Optional<Transport> transport = c.transport(job.printer());
        if (transport.isEmpty()) {
            String why = c.why(job.printer());
            jobs.note(job.id(), JobStatus.FAILED, why, false);
            return new Delivery(job.id(), job.printer(), JobStatus.FAILED, why);
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            JobSender.Result r = sender.deliver(job, transport.get(), JobStatus.FAILED);
            switch (r.outcome()) {
                case SENT:
                    return new Delivery(job.id(), job.printer(), JobStatus.SENT, "");
                case OFFLINE:
                case REFUSED:
                    return new Delivery(job.id(), job.printer(), JobStatus.FAILED, r.detail());
                default:
                    PrintJob now = jobs.find(job.id()).orElseThrow();
                    if (!now.status().retryable()) {
                        if (!self.equals(now.sender())) {
                            // Another process took it and is done with it, or has it in hand.
                            return new Delivery(
                                    job.id(),
                                    job.printer(),
                                    now.status(),
                                    Message.of("print.job.otherSender").english());
                        }
                        return ownOutcome(job.id(), deadline);
                    }
                    List<PrintJob> stuck = interrupted.of(job.printer());
                    if (!stuck.isEmpty()
                            && interrupted.settle(job.printer(), transport).stream()
                                    .anyMatch(s -> s.now() == JobStatus.SENDING)) {
                        // The printer cannot yet tell whether an interrupted job printed; nothing
                        // more goes to it until it can.
                        return new Delivery(
                                job.id(),
                                job.printer(),
                                now.status(),
                                Message.of("print.job.waitsFor", stuck.get(0).id())
                                        .english());
                    }
                    if (System.nanoTime() > deadline) {
                        // Held by this process's own worker is a busy printer, not another PackBench.
                        boolean held = r.outcome() == JobSender.Outcome.TAKEN
                                && jobs.sending(job.printer()).stream().noneMatch(j -> self.equals(j.sender()));
                        String why = Message.of(held ? "print.error.held" : "print.error.busy", job.printer())
                                .english();
                        jobs.note(job.id(), JobStatus.FAILED, why, false);
                        return new Delivery(job.id(), job.printer(), JobStatus.FAILED, why);
                    }
                    sleep(BUSY_WAIT);
            }
        }
    }

    /**
     * A job this very process holds or has handled: the queue worker woke for the same job and took
     * it first (the GUI queues a test label, then sends it now). The worker's result is this call's
     * result, so it is waited for and reported as it is, never blamed on another PackBench.
     */
    private Delivery ownOutcome(long id, long deadline) {
        while (true) {
            PrintJob now = jobs.find(id).orElseThrow();
            if (now.status() != JobStatus.SENDING || System.nanoTime() > deadline) {
                return new Delivery(id, now.printer(), now.status(), now.lastError());
            }
            sleep(BUSY_WAIT);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a printer", e);
        }
    }

    /** One transport per printer for the length of a call, closed at its end. */
    private final class Connections implements AutoCloseable {
        private final Map<String, Optional<Transport>> open = new LinkedHashMap<>();
        private final Map<String, String> why = new HashMap<>();

        Optional<Transport> transport(String printer) {
            return open.computeIfAbsent(printer, p -> {
                Optional<PrinterProfile> profile = printers.find(p);
                if (profile.isEmpty()) {
                    why.put(p, Message.of("print.printer.notFound", p).english());
                    return Optional.empty();
                }
                try {
                    return Optional.of(transports.open(profile.get()));
                } catch (ProblemException e) {
                    why.put(p, e.problem().english());
                    return Optional.empty();
                }
            });
        }

        String why(String printer) {
            return why.getOrDefault(printer, "");
        }

        @Override
        public void close() {
            for (Optional<Transport> t : open.values()) {
                t.ifPresent(x -> {
                    try {
                        x.close();
                    } catch (Exception ignored) {
                        // The call is over; a connection that will not close cleanly changes nothing.
                    }
                });
            }
        }
    }
}
