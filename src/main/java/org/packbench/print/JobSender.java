package org.packbench.print;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.packbench.i18n.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt to print one job: ask the printer how it is, refuse if it reports a problem, mark the
 * job sending (with the printer's label counter) and commit that, send, mark it sent. The queue
 * worker and the foreground retry both come here, so they follow the same rules.
 */
public final class JobSender {
    private static final Logger LOG = LoggerFactory.getLogger(JobSender.class);

    public enum Outcome {
        /** The printer took every byte. */
        SENT,
        /** The printer could not be reached, or the connection broke while sending. */
        OFFLINE,
        /** The printer answered with a problem (paper out, head open, …); nothing was sent. */
        REFUSED,
        /** The printer is still printing earlier labels; try again in a moment. */
        BUSY,
        /** Another sender holds this printer, or the job changed state meanwhile; nothing was sent. */
        TAKEN
    }

    public record Result(Outcome outcome, String detail) {}

    private final PrintJobs jobs;
    private final String sender;

    public JobSender(PrintJobs jobs, SenderId sender) {
        this.jobs = jobs;
        this.sender = sender.token();
    }

    /**
     * Delivers {@code job} over {@code transport}. A job that cannot go is left in {@code failTo}:
     * queued when a worker will try again, failed when the packer asked for it now.
     */
    public Result deliver(PrintJob job, Transport transport, JobStatus failTo) {
        Optional<PrinterStatus> status;
        try {
            status = transport.status();
        } catch (IOException | RuntimeException e) {
            String error =
                    Message.of("print.error.offline", job.printer(), reason(e)).english();
            jobs.note(job.id(), failTo, error, true);
            return new Result(Outcome.OFFLINE, error);
        }
        if (status.isPresent() && !status.get().ready()) {
            if (PrinterProblems.onlyBusy(status.get())) {
                return new Result(Outcome.BUSY, "");
            }
            String error = Message.of(
                            "print.error.refused",
                            job.printer(),
                            PrinterProblems.describe(status.get().problems(), Locale.ENGLISH))
                    .english();
            jobs.note(job.id(), failTo, error, false);
            return new Result(Outcome.REFUSED, error);
        }
        long counter = status.map(PrinterStatus::labelsPrinted).orElse(-1L);
        if (!SendsInHand.take(job.id())) {
            // Another sender or a settler of this process has it in hand.
            return new Result(Outcome.TAKEN, "");
        }
        boolean recorded = false;
        try {
            Result r = send(job, transport, failTo, counter);
            recorded = true;
            return r;
        } finally {
            if (recorded) {
                SendsInHand.letGo(job.id());
            } else {
                SendsInHand.letGoUnrecorded(job.id());
            }
        }
    }

    private Result send(PrintJob job, Transport transport, JobStatus failTo, long counter) {
        Optional<byte[]> bytes = jobs.claim(job.id(), sender, counter);
        if (bytes.isEmpty()) {
            return new Result(Outcome.TAKEN, "");
        }
        try {
            transport.send(bytes.get());
        } catch (UnconfirmedSendException e) {
            // The bytes may have printed: sending them again could print the label twice.
            String error = Message.of("print.error.unconfirmed", job.printer(), reason(e))
                    .english();
            jobs.release(job.id(), sender, JobStatus.UNKNOWN, error);
            return new Result(Outcome.OFFLINE, error);
        } catch (IOException | RuntimeException e) {
            String error = Message.of("print.error.sendFailed", job.printer(), reason(e))
                    .english();
            jobs.release(job.id(), sender, failTo, error);
            return new Result(Outcome.OFFLINE, error);
        }
        markSent(job.id());
        return new Result(Outcome.SENT, "");
    }

    /**
     * The bytes are out; a database too busy to record that right now must not turn a printed
     * label into a resend, so it is tried again. Should it still fail, the job stays sending, and
     * once this sender has let go of it and the printer has had time to count it
     * ({@link SendsInHand}), it is settled by the printer's counter as an interrupted job, by this
     * process or the next.
     */
    private void markSent(long id) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                if (!jobs.sent(id, sender, "")) {
                    // Settled or changed by someone else while this sender held it, which the
                    // holds are there to prevent: said in the bench's log rather than passed over.
                    LOG.warn("print job {} reached the printer, but was no longer this sender's to record as sent", id);
                }
                return;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
