package org.packbench.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.i18n.Message;
import org.packbench.print.DeliverNow;
import org.packbench.print.JobStatus;
import org.packbench.print.PrintJob;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "queue",
        description = "The print queue: list, retry, cancel, reprint.",
        subcommands = {
            QueueCommand.ListJobs.class,
            QueueCommand.Retry.class,
            QueueCommand.Cancel.class,
            QueueCommand.Reprint.class
        })
final class QueueCommand {

    @Command(name = "list", description = "List the jobs not yet printed for certain (with --all, every job).")
    static final class ListJobs extends CommandBase implements Callable<Integer> {
        @Option(names = "--json")
        boolean json;

        @Option(names = "--all", description = "Sent and cancelled jobs too.")
        boolean all;

        @Override
        public Integer call() {
            List<PrintJob> jobs = workbench().printQueue().list(all);
            if (json) {
                out().println(Json.write(jobs.stream().map(QueueCommand::json).toList()));
                return 0;
            }
            if (jobs.isEmpty()) {
                err().println(Message.of("print.queue.empty").in(locale()));
            }
            for (PrintJob j : jobs) {
                out().printf(
                                "%6d  %-20s  %-16s  %-9s  %-9s  %d×  %s%s%n",
                                j.id(),
                                j.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                                j.printer(),
                                j.status().code(),
                                j.labelId().isPresent()
                                        ? org.packbench.marketplace.LabelValues.labelId(
                                                j.labelId().getAsLong())
                                        : "test",
                                j.copies(),
                                j.reprintOf().isPresent()
                                        ? "reprint of " + j.reprintOf().getAsLong() + ": " + j.reason() + " "
                                        : "",
                                j.lastError());
            }
            return 0;
        }
    }

    @Command(
            name = "retry",
            description = "Deliver queued, failed and unknown jobs now, in the foreground, and report each.")
    static final class Retry extends CommandBase implements Callable<Integer> {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        static final class Which {
            @Parameters(paramLabel = "JOB", description = "A job id.")
            Long job;

            @Option(
                    names = "--all",
                    required = true,
                    description = "Every queued, failed and unknown job, oldest first.")
            boolean all;
        }

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            List<DeliverNow.Delivery> done;
            if (which.all) {
                done = workbench().deliverNow().all();
            } else {
                workbench().printQueue().get(which.job);
                done = workbench().deliverNow().jobs(List.of(which.job));
            }
            if (done.isEmpty() && !json) {
                err().println(Message.of("print.queue.nothing").in(locale()));
            }
            return report(this, done, json);
        }
    }

    @Command(name = "cancel", description = "Take a queued, failed or unknown job out of the queue.")
    static final class Cancel extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "JOB")
        long job;

        @Override
        public Integer call() {
            workbench().printQueue().cancel(job);
            out().println(Message.of("print.job.cancelled", job).in(locale()));
            return 0;
        }
    }

    @Command(name = "reprint", description = "Print a job's label again, as a new job, with the reason recorded.")
    static final class Reprint extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "JOB")
        long job;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Option(names = "--wait", description = "Deliver the new job now and report whether it went (exit 1 if not).")
        boolean await;

        @Override
        public Integer call() {
            PrintJob again = workbench().printQueue().reprint(job, reason);
            out().println(Message.of("print.reprinted", again.id(), job, again.printer(), again.reason())
                    .in(locale()));
            return await ? report(this, workbench().deliverNow().jobs(List.of(again.id())), false) : 0;
        }
    }

    /**
     * One line per job on stdout (or JSON); exit 0 when every job ended sent, 1 when any did not:
     * a script must not go on as if a label were on the parcel.
     */
    static int report(CommandBase c, List<DeliverNow.Delivery> done, boolean json) {
        if (json) {
            c.out()
                    .println(Json.write(done.stream()
                            .map(d -> {
                                Map<String, Object> m = new LinkedHashMap<>();
                                m.put("job_id", d.jobId());
                                m.put("printer", d.printer());
                                m.put("status", d.status().code());
                                m.put("detail", d.detail());
                                return m;
                            })
                            .toList()));
        } else {
            lines(done, c.locale()).forEach(c.out()::println);
        }
        return exit(done);
    }

    static List<String> lines(List<DeliverNow.Delivery> done, java.util.Locale locale) {
        return done.stream()
                .map(d -> {
                    String status = PrinterCommand.status(d.status(), locale);
                    return (d.detail().isEmpty()
                                    ? Message.of("print.delivered", d.jobId(), d.printer(), status)
                                    : Message.of("print.delivered.detail", d.jobId(), d.printer(), status, d.detail()))
                            .in(locale);
                })
                .toList();
    }

    static int exit(List<DeliverNow.Delivery> done) {
        return done.stream().allMatch(d -> d.status() == JobStatus.SENT) ? 0 : 1;
    }

    static Map<String, Object> json(PrintJob j) {
        return org.packbench.app.JsonFields.job(j);
    }
}
