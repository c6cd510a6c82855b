package org.packbench.print;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The print queue as one bench's deliverers see it: the jobs of the printers that bench reaches.
 * In a warehouse whose benches share one queue, a worker that served every printer would open
 * another bench's USB or serial port by its path on the wrong computer, or settle a job that
 * other bench is sending as if it had been interrupted; here it finds such jobs not at all, and
 * they wait for their own bench. Everything else (a job by its id, adding, claiming) is the queue's.
 */
public final class BenchPrintJobs implements PrintJobs {
    private final PrintJobs queue;
    private final Predicate<String> ownPrinter;

    public BenchPrintJobs(PrintJobs queue, Predicate<String> ownPrinter) {
        this.queue = queue;
        this.ownPrinter = ownPrinter;
    }

    @Override
    public List<PrintJob> list(List<JobStatus> statuses) {
        return queue.list(statuses).stream()
                .filter(j -> ownPrinter.test(j.printer()))
                .toList();
    }

    @Override
    public List<String> printersWith(List<JobStatus> statuses) {
        return queue.printersWith(statuses).stream().filter(ownPrinter).toList();
    }

    @Override
    public Optional<PrintJob> nextQueued(String printer) {
        return ownPrinter.test(printer) ? queue.nextQueued(printer) : Optional.empty();
    }

    @Override
    public List<PrintJob> sending(String printer) {
        return ownPrinter.test(printer) ? queue.sending(printer) : List.of();
    }

    @Override
    public PrintJob add(NewJob job) {
        return queue.add(job);
    }

    @Override
    public List<PrintJob> addAll(List<NewJob> batch) {
        return queue.addAll(batch);
    }

    @Override
    public Optional<PrintJob> find(long id) {
        return queue.find(id);
    }

    @Override
    public byte[] bytes(long id) {
        return queue.bytes(id);
    }

    @Override
    public Optional<byte[]> claim(long id, String sender, long counterBefore) {
        return queue.claim(id, sender, counterBefore);
    }

    @Override
    public boolean sent(long id, String sender, String note) {
        return queue.sent(id, sender, note);
    }

    @Override
    public boolean release(long id, String sender, JobStatus status, String error) {
        return queue.release(id, sender, status, error);
    }

    @Override
    public void note(long id, JobStatus status, String error, boolean countAttempt) {
        queue.note(id, status, error, countAttempt);
    }

    @Override
    public boolean cancel(long id) {
        return queue.cancel(id);
    }
}
