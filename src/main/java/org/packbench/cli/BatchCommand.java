package org.packbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.packbench.app.BatchRun;
import org.packbench.app.OutputFile;
import org.packbench.app.RenderedLabel;
import org.packbench.catalog.ImportProblem;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.render.LabelFormat;
import org.packbench.render.PdfPage;
import org.packbench.render.PdfWriter;
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
        BatchRun.Summary summary = run(
                workbench().batch(),
                content,
                target,
                labels -> write(chosen.orElse(LabelFormat.ZPL), output, labels),
                bar);
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
            BatchRun batch, byte[] content, BatchRun.Target target, BatchRun.FileOutput output, BatchRun.Progress bar) {
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

    /**
     * A PNG run writes one file per label into a folder; the others write one file through
     * {@link OutputFile}: buffered (PDFBox writes a PDF a few bytes at a time, and unbuffered that
     * was 0.7 s of a 1,000-label batch in system calls), on disk before it takes its name, and
     * never over the database.
     */
    private void write(LabelFormat f, Optional<OutputFile> output, List<RenderedLabel> labels) throws IOException {
        Path target = out.toAbsolutePath();
        if (f == LabelFormat.PNG) {
            Files.createDirectories(target);
            for (RenderedLabel l : new LinkedHashSet<>(labels)) {
                Path part = target.resolve(l.labelId() + ".png.part");
                Files.write(part, l.bytes());
                Files.move(
                        part,
                        target.resolve(l.labelId() + ".png"),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            return;
        }
        try {
            writeOne(f, output.orElseThrow(), labels);
        } catch (ProblemException e) {
            // The run reports it as its own failed write: nothing of it was issued.
            throw new IOException(e.problem().in(locale()), e);
        }
    }

    private static void writeOne(LabelFormat f, OutputFile output, List<RenderedLabel> labels) {
        output.write(o -> {
            if (f == LabelFormat.PDF) {
                // Each page was drawn where its label was made; here they are only put together.
                List<PdfPage> pages = new ArrayList<>();
                PdfWriter writer = new PdfWriter();
                labels.forEach(l -> pages.add(l.pdfPage() != null ? l.pdfPage() : writer.page(l.document())));
                if (!pages.isEmpty()) {
                    writer.writePages(pages, o);
                }
            } else {
                for (RenderedLabel l : labels) {
                    o.write(l.bytes());
                }
            }
        });
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
