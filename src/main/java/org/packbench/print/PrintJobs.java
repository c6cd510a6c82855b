package org.packbench.print;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The print queue as kept in the database. Every state change is committed before the caller goes
 * on: a job is written with its bytes before any byte is sent, and marked sending before the
 * transport is touched.
 */
public interface PrintJobs {

    /** A job to add: queued with its bytes. */
    record NewJob(
            String printer, OptionalLong labelId, int copies, byte[] bytes, OptionalLong reprintOf, String reason) {}

    PrintJob add(NewJob job);

    /** Adds a batch in one transaction: all of it is queued, or none. */
    List<PrintJob> addAll(List<NewJob> batch);

    Optional<PrintJob> find(long id);

    byte[] bytes(long id);

    /** Jobs in any of {@code statuses} (all jobs when empty), oldest first. */
    List<PrintJob> list(List<JobStatus> statuses);

    /** The oldest queued job of {@code printer}. */
    Optional<PrintJob> nextQueued(String printer);

    /** Printers that have a job in any of {@code statuses}. */
    List<String> printersWith(List<JobStatus> statuses);

    /**
     * Marks the job sending for {@code sender}, with the printer's counter as it was before, and
     * counts the attempt. It succeeds only from a retryable state and only while no other job of the
     * same printer is sending, so two processes never interleave labels on one printer.
     *
     * @return the job's bytes when claimed, empty when not
     */
    Optional<byte[]> claim(long id, String sender, long counterBefore);

    /**
     * A job {@code sender} marked sending reached the printer (or, settling a crashed sender's job,
     * is known to have printed); false when the job is no longer that sender's.
     */
    boolean sent(long id, String sender, String note);

    /** A job {@code sender} marked sending goes to {@code status} (queued, failed or unknown) with why. */
    boolean release(long id, String sender, JobStatus status, String error);

    /**
     * A job that was not claimed (the printer did not answer, or reported a problem) is left in
     * {@code status}, queued or failed, with why; only a retryable job is touched.
     */
    void note(long id, JobStatus status, String error, boolean countAttempt);

    /** Jobs of {@code printer} in sending, whoever their sender. */
    List<PrintJob> sending(String printer);

    /** Cancels a retryable job; false when it was in another state. */
    boolean cancel(long id);
}
