package org.packbench.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.i18n.Message;

/**
 * Jobs left in sending by a crashed process, or by a sender of this one that could not record how
 * its send ended. Such a job may or may not have printed, so it is never
 * simply sent again nor dropped: where the printer keeps a label counter and the counter was
 * recorded before sending, the two are compared (moved by the job's copies: printed; not moved:
 * queued again); otherwise the job becomes unknown and the packer decides.
 */
public final class InterruptedJobs {

    /** What became of one interrupted job; {@code SENDING} when the printer cannot tell yet. */
    public record Settled(PrintJob job, JobStatus now, String detail) {}

    private final PrintJobs jobs;
    private final String self;

    public InterruptedJobs(PrintJobs jobs) {
        this.jobs = jobs;
        this.self = SenderId.current().token();
    }

    /**
     * Jobs of {@code printer} in sending whose sender has died, or that a sender of this very
     * process has let go of without recording how the send ended (see {@link SendsInHand}).
     */
    public List<PrintJob> of(String printer) {
        return jobs.sending(printer).stream()
                .filter(j -> self.equals(j.sender()) ? !SendsInHand.held(j.id()) : !SenderId.alive(j.sender()))
                .toList();
    }

    /**
     * Settles the interrupted jobs of {@code printer}, asking the printer through {@code transport}
     * (empty when the printer has no transport any more). A printer that is offline, reports a problem
     * or is still printing cannot be read yet: its job stays sending, and the next call tries again.
     */
    public List<Settled> settle(String printer, Optional<Transport> transport) {
        List<Settled> out = new ArrayList<>();
        for (PrintJob job : of(printer)) {
            // Held while it is settled: a sender of this process cannot claim it again meanwhile,
            // and a job some thread here took since the look above is left to it.
            if (!SendsInHand.take(job.id())) {
                continue;
            }
            try {
                out.add(settle(job, transport));
            } finally {
                SendsInHand.letGo(job.id());
            }
        }
        return out;
    }

    private Settled settle(PrintJob job, Optional<Transport> transport) {
        if (job.counterBefore() < 0 || transport.isEmpty()) {
            return unknown(job, Message.of("print.interrupted.noCounter").english());
        }
        Optional<PrinterStatus> status;
        try {
            status = transport.get().status();
        } catch (IOException | RuntimeException e) {
            return new Settled(
                    job,
                    JobStatus.SENDING,
                    Message.of("print.interrupted.offline", JobSender.reason(e)).english());
        }
        if (status.isEmpty() || status.get().labelsPrinted() < 0) {
            return unknown(job, Message.of("print.interrupted.noCounter").english());
        }
        if (!status.get().ready()) {
            return new Settled(
                    job,
                    JobStatus.SENDING,
                    Message.of(
                                    "print.interrupted.notReady",
                                    PrinterProblems.describe(status.get().problems(), java.util.Locale.ENGLISH))
                            .english());
        }
        long now = status.get().labelsPrinted();
        long before = job.counterBefore();
        if (now >= before + job.copies()) {
            String note = Message.of("print.interrupted.printed", before, now).english();
            return jobs.sent(job.id(), job.sender(), note)
                    ? new Settled(job, JobStatus.SENT, note)
                    : new Settled(job, JobStatus.SENDING, "");
        }
        if (now == before) {
            String note = Message.of("print.interrupted.notPrinted", before).english();
            return jobs.release(job.id(), job.sender(), JobStatus.QUEUED, note)
                    ? new Settled(job, JobStatus.QUEUED, note)
                    : new Settled(job, JobStatus.SENDING, "");
        }
        return unknown(
                job,
                Message.of("print.interrupted.counterOff", before, now, job.copies())
                        .english());
    }

    private Settled unknown(PrintJob job, String why) {
        return jobs.release(job.id(), job.sender(), JobStatus.UNKNOWN, why)
                ? new Settled(job, JobStatus.UNKNOWN, why)
                : new Settled(job, JobStatus.SENDING, "");
    }
}
