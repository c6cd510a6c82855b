package org.packbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.packbench.app.BatchOutput;
import org.packbench.app.BatchRun;
import org.packbench.app.OutputFile;
import org.packbench.catalog.ImportProblem;
import org.packbench.i18n.Message;
import org.packbench.render.LabelFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code packbench batch FILE}: a CSV of parcels (or of GS1 logistic contents) issued as labels in
 * one run, to a printer's queue or into one file, each label checked, read back and logged as a
 * single one is. Safe to run again: what was issued is reported, not issued twice.
 */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description =
                "Issue the labels of a CSV file (sku, order, tracking[, template][, copies] or content[, copies]).")
class BatchCommand extends CommandBase implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(
            names = "--printer",
            paramLabel = "NAME",
            description = "Queue the labels on this printer and deliver them.")
    String printer;

    @Option(names = "--format", paramLabel = "pdf|zpl|tspl|png", description = "Write the labels to --out instead.")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "The file (pdf, zpl, tspl) or folder (png) to write.")
    Path out;

    @Option(names = "--dpi", defaultValue = "203", description = "Resolution for --format (203, 300 or 600).")
    int dpi;

    @Option(names = "--template", paramLabel = "ID", description = "Template for rows that name none.")
    String template;

    @Option(names = "--skip-invalid", description = "Issue the valid rows even if others are faulty.")
    boolean skipInvalid;

    @Option(names = "--json", description = "A JSON summary on stdout.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if ((printer == null) == (format == null)) {
            throw new ParameterException(spec.commandLine(), "give either --printer NAME or --format … --out PATH");
        }
        Optional<LabelFormat> chosen = Optional.ofNullable(format).map(f -> LabelFormat.parse(f)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "unknown --format " + f + "; expected pdf, zpl, tspl or png")));
        if (chosen.isPresent() && out == null) {
            throw new ParameterException(spec.commandLine(), "--format needs --out PATH");
        }
        // Refused before a label is issued: never the database or a file beside it.
        Optional<OutputFile> output =
                chosen.filter(f -> f != LabelFormat.PNG).map(f -> OutputFile.at(out, root().databasePath()));
        byte[] content = content();
        BatchRun.Target target =
                printer != null ? BatchRun.Target.printer(printer) : BatchRun.Target.file(chosen.get(), dpi);
        ProgressBar bar = new ProgressBar(err(), System.console() != null && !json);
        long started = System.nanoTime();
        BatchRun.Summary summary = run(workbench().batch(), content, target, files(chosen, output), bar);
        bar.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        int exit = summary.complete() ? 0 : 1;
        if (printer != null) {
            exit = Math.max(exit, deliver());
        }
        report(summary, seconds);
        return exit;
    }

    /** The file's bytes, as the run reads them. */
    byte[] content() {
        return org.packbench.app.InputFile.read(file, org.packbench.app.InputFile.Kind.BATCH);
    }

    /** The run itself: every kind of row the file holds. */
    BatchRun.Summary run(
            BatchRun batch, byte[] content, BatchRun.Target target, BatchOutput output, BatchRun.Progress bar) {
        return batch.run(content, Optional.ofNullable(template), skipInvalid, target, output, bar);
    }

    /**
     * Jobs nobody delivers in the background are delivered now, as {@code print} does: this run's,
     * and those an earlier run of the batch queued and did not live to send. A job whose fate is
     * unknown (killed while sending, and the printer cannot tell) waits for the packer.
     */
    private int deliver() {
        List<Long> jobs = workbench().printQueue().list(false).stream()
                .filter(j -> j.printer().equals(printer))
                .filter(j -> j.status() == org.packbench.print.JobStatus.QUEUED
                        || j.status() == org.packbench.print.JobStatus.FAILED
                        || j.status() == org.packbench.print.JobStatus.SENDING)
                .map(org.packbench.print.PrintJob::id)
                .toList();
        if (jobs.isEmpty()) {
            return 0;
        }
        var handover = workbench().handOver(jobs);
        if (handover.deliverer().isPresent()) {
            err().println(Message.of(
                            "batch.deliveredBy",
                            jobs.size(),
                            handover.deliverer().get())
                    .in(locale()));
            return 0;
        }
        long failed = handover.delivered().stream()
                .filter(j -> j.status() != org.packbench.print.JobStatus.SENT)
                .count();
        err().println(Message.of("batch.delivered", jobs.size() - failed, jobs.size())
                .in(locale()));
        return failed == 0 ? 0 : 1;
    }

    /** Where a run's labels go: none for a printer, else the file or folder {@code --out} names. */
    private BatchOutput files(Optional<LabelFormat> format, Optional<OutputFile> output) {
        if (format.isEmpty()) {
            return BatchOutput.NONE;
        }
        return switch (format.get()) {
            case PNG -> BatchFiles.png(out.toAbsolutePath());
            case PDF -> BatchFiles.pdf(output.orElseThrow(), locale());
            default -> BatchFiles.zplOrTspl(output.orElseThrow(), locale());
        };
    }

    private void report(BatchRun.Summary s, double seconds) {
        for (ImportProblem p : s.invalid()) {
            err().println((p.isError() ? "error: " : "warning: ") + p.in(locale()));
        }
        for (BatchRun.RowResult r : s.rows()) {
            if (r.outcome() == BatchRun.Outcome.REFUSED || r.outcome() == BatchRun.Outcome.FAILED) {
                err().println(Message.of(
                                "batch.row." + r.outcome().name().toLowerCase(java.util.Locale.ROOT), r.line(), r.key())
                        .in(locale()));
                r.reasons().forEach(m -> err().println("  " + m.in(locale())));
            }
        }
        long issued = s.count(BatchRun.Outcome.ISSUED);
        err().println(Message.of(
                        "batch.summary",
                        s.total(),
                        issued,
                        s.count(BatchRun.Outcome.ALREADY_ISSUED),
                        s.count(BatchRun.Outcome.REFUSED),
                        s.count(BatchRun.Outcome.FAILED),
                        s.invalid().stream().filter(ImportProblem::isError).count(),
                        String.format(java.util.Locale.ROOT, "%.1f", seconds))
                .in(locale()));
        if (s.cancelled()) {
            err().println(Message.of("batch.cancelled").in(locale()));
        }
        if (json) {
            Map<String, Object> m = org.packbench.app.JsonFields.batch(s, locale());
            m.put("seconds", Math.round(seconds * 1000) / 1000.0);
            m.put("labels_per_second", seconds > 0 ? Math.round(issued / seconds * 10) / 10.0 : 0);
            if (out != null) {
                m.put("output", out.toAbsolutePath().toString());
            }
            out().println(Json.write(m));
        }
    }

    /** A progress line on a terminal: done/total, labels per second and the time left. */
    private static final class ProgressBar implements BatchRun.Progress {
        private final java.io.PrintWriter err;
        private final boolean shown;
        private final long start = System.nanoTime();
        private long lastDrawn;

        ProgressBar(java.io.PrintWriter err, boolean shown) {
            this.err = err;
            this.shown = shown;
        }

        @Override
        public void done(int rows, int total) {
            long now = System.nanoTime();
            if (!shown || now - lastDrawn < 100_000_000L && rows < total) {
                return;
            }
            lastDrawn = now;
            double s = (now - start) / 1e9;
            double rate = s > 0 ? rows / s : 0;
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) rows * width / total);
            long eta = rate > 0 ? Math.round((total - rows) / rate) : 0;
            err.printf(
                    "\r[%s%s] %d/%d  %.0f labels/s  ETA %d s ",
                    "=".repeat(filled), " ".repeat(width - filled), rows, total, rate, eta);
            err.flush();
        }

        void finish() {
            if (shown) {
                err.println();
            }
        }
    }
}
