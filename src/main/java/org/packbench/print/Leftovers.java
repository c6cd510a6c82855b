package org.packbench.print;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Jobs left in the queue by an earlier run (or by a script while no PackBench was open). They were
 * queued for a parcel that may since have been packed again, relabelled or sent without its label,
 * so the worker does not print them on its own at start: they wait until the packer says yes
 * ({@link #release()}). Jobs queued after this process opened the queue go as usual, and so does a
 * leftover the packer retries by hand, because that is a yes too.
 */
public final class Leftovers {
    /** No job is held: a CLI batch that starts a worker prints what it queued. */
    public static final Leftovers NONE = new Leftovers(null, 0);

    private final PrintJobs jobs;
    /** The newest job id that existed when the queue was opened here; 0 once released. */
    private final AtomicLong lastLeftover;

    private Leftovers(PrintJobs jobs, long lastLeftover) {
        this.jobs = jobs;
        this.lastLeftover = new AtomicLong(lastLeftover);
    }

    /** Holds every job now waiting, in doubt or being sent by a process that is gone. */
    public static Leftovers heldAtStart(PrintJobs jobs) {
        long last = jobs.list(List.of(JobStatus.QUEUED, JobStatus.SENDING, JobStatus.UNKNOWN)).stream()
                .mapToLong(PrintJob::id)
                .max()
                .orElse(0);
        return new Leftovers(jobs, last);
    }

    /** True while {@code job} waits for the packer's yes. */
    public boolean holds(PrintJob job) {
        return job.id() <= lastLeftover.get();
    }

    /**
     * The leftovers the worker would print once released, oldest first: queued, or sending by a
     * process that is gone (settling may queue them again). Unknown ones are not among them: the
     * worker never sends those, the packer decides each on Принтеры.
     */
    public List<PrintJob> waiting() {
        if (jobs == null || lastLeftover.get() == 0) {
            return List.of();
        }
        return jobs.list(List.of(JobStatus.QUEUED, JobStatus.SENDING)).stream()
                .filter(this::holds)
                .toList();
    }

    /** The packer said yes: the worker may print them now. */
    public void release() {
        lastLeftover.set(0);
    }
}
