package org.packbench.print;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.packbench.i18n.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packer's side of the print queue: put a label in, see what is waiting, cancel, print again.
 * Enqueuing returns once the job and its bytes are committed, so nothing is sent that the queue
 * does not hold; delivery is the worker's or {@link DeliverNow}'s business.
 */
public final class PrintQueue {
    private static final Logger LOG = LoggerFactory.getLogger(PrintQueue.class);
    public static final int MAX_COPIES = 999;

    private final PrintJobs jobs;
    private final PrinterProfiles printers;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public PrintQueue(PrintJobs jobs, PrinterProfiles printers) {
        this.jobs = jobs;
        this.printers = printers;
    }

    /** Called after a job is queued (a worker in this process wakes up). */
    public void onQueued(Runnable listener) {
        listeners.add(listener);
    }

    /** One label's job in a batch: its bytes print {@code copies} labels. */
    public record Item(OptionalLong labelId, int copies, byte[] bytes) {}

    /** Queues {@code bytes} for {@code printer}; they print {@code copies} labels. */
    public PrintJob enqueue(String printer, OptionalLong labelId, int copies, byte[] bytes) {
        return enqueueAll(printer, List.of(new Item(labelId, copies, bytes))).get(0);
    }

    /** Queues a batch (a supply's box labels, say) in one transaction: all of it, or nothing. */
    public List<PrintJob> enqueueAll(String printer, List<Item> items) {
        requirePrinter(printer);
        List<PrintJobs.NewJob> batch = new java.util.ArrayList<>();
        for (Item i : items) {
            if (i.copies() < 1 || i.copies() > MAX_COPIES) {
                throw new ProblemException("print.copies", i.copies(), MAX_COPIES);
            }
            if (i.bytes().length == 0) {
                throw new IllegalArgumentException("an empty job would print nothing");
            }
            batch.add(new PrintJobs.NewJob(printer, i.labelId(), i.copies(), i.bytes(), OptionalLong.empty(), ""));
        }
        List<PrintJob> queued = jobs.addAll(batch);
        listeners.forEach(Runnable::run);
        return queued;
    }

    /**
     * Removes the profile {@code name} from {@code profiles} (which asks for the right to) once no
     * job waits for it: a waiting job would be left with no printer to go to.
     */
    public void removePrinter(String name, PrinterProfiles profiles) {
        if (profiles.find(name).isEmpty()) {
            throw new ProblemException("print.printer.notFound", name);
        }
        long open = list(false).stream().filter(j -> j.printer().equals(name)).count();
        if (open > 0) {
            throw new ProblemException("print.printer.openJobs", name, open);
        }
        profiles.remove(name);
    }

    public PrintJob get(long id) {
        return jobs.find(id).orElseThrow(() -> new ProblemException("print.job.notFound", id));
    }

    /** Jobs not yet printed for certain, oldest first; with {@code everything}, sent and cancelled ones too. */
    public List<PrintJob> list(boolean everything) {
        return jobs.list(
                everything
                        ? List.of()
                        : java.util.Arrays.stream(JobStatus.values())
                                .filter(JobStatus::open)
                                .toList());
    }

    /**
     * Jobs that closing PackBench now would leave unprinted or in doubt: waiting, being sent, or
     * unknown. A failed job is already in front of the packer and stays there; it is not counted.
     */
    public List<PrintJob> undone() {
        return jobs.list(List.of(JobStatus.QUEUED, JobStatus.SENDING, JobStatus.UNKNOWN));
    }

    /** Takes a waiting job out of the queue; a job being sent or already sent cannot be. */
    public PrintJob cancel(long id) {
        PrintJob job = get(id);
        if (!jobs.cancel(id)) {
            throw new ProblemException(
                    "print.job.notCancellable", id, get(id).status().code());
        }
        LOG.info(
                "print job {} for {} cancelled (was {})",
                id,
                job.printer(),
                job.status().code());
        return get(id);
    }

    /**
     * Prints a job's label again, as a new job pointing at the old one with the packer's reason: a
     * second copy of a label is a fact the record must show, never a side effect of a retry.
     */
    public PrintJob reprint(long id, String reason) {
        PrintJob old = get(id);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ProblemException("print.reprint.reason");
        }
        if (old.status() == JobStatus.QUEUED || old.status() == JobStatus.SENDING) {
            throw new ProblemException(
                    "print.reprint.stillQueued", id, old.status().code());
        }
        requirePrinter(old.printer());
        PrintJob job = jobs.add(new PrintJobs.NewJob(
                old.printer(), old.labelId(), old.copies(), jobs.bytes(id), OptionalLong.of(id), why));
        LOG.info("print job {} reprints job {} on {}: {}", job.id(), id, old.printer(), why);
        listeners.forEach(Runnable::run);
        return job;
    }

    /** {@code printer}'s open jobs by what the packer has to do about them. */
    public record Backlog(int waiting, int failed, int unknown) {}

    /** How many of {@code printer}'s jobs wait to go (or are going), failed, or are in doubt. */
    public Backlog backlog(String printer) {
        int waiting = 0;
        int failed = 0;
        int unknown = 0;
        for (PrintJob j : list(false)) {
            if (!j.printer().equals(printer)) {
                continue;
            }
            switch (j.status()) {
                case QUEUED, SENDING -> waiting++;
                case FAILED -> failed++;
                case UNKNOWN -> unknown++;
                default -> {}
            }
        }
        return new Backlog(waiting, failed, unknown);
    }

    private void requirePrinter(String printer) {
        if (printers.find(printer).isEmpty()) {
            throw new ProblemException("print.printer.notFound", printer);
        }
    }
}
