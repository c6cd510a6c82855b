package org.packbench.app;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.packbench.catalog.ImportProblem;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.LabelValues;
import org.packbench.print.PrintJob;
import org.packbench.print.PrintQueue;
import org.packbench.print.PrinterBytes;
import org.packbench.print.PrinterProfile;
import org.packbench.print.PrinterProfiles;
import org.packbench.render.LabelFormat;
import org.packbench.verify.Finding;

/**
 * A file of labels issued in one run, each through the same checks, readback and label log as a
 * single label. The file is checked whole first; nothing is issued while a row is faulty unless
 * the faulty rows are to be skipped.
 *
 * <p>A run is safe to repeat: a parcel that already has its live label (and so its print job) is
 * reported as already issued, and a logistic row is known by the file's hash and its line. To a
 * printer, rows are committed a few dozen at a time, each label together with its job, so a run
 * killed at any point and run again prints what is missing and nothing twice. To a file, the whole
 * run is one unit of work that commits only once the file is written: a failed write leaves no
 * live label behind.
 */
public final class BatchRun {
    /** Rows committed together to a printer: one fsync for many labels, little lost to a crash. */
    static final int ROWS_PER_COMMIT = 50;

    public enum Outcome {
        ISSUED,
        ALREADY_ISSUED,
        REFUSED,
        FAILED
    }

    /** Where the labels go: a printer's queue, or a file in a format at a resolution. */
    public record Target(Optional<String> printer, Optional<LabelFormat> format, int dpi) {
        public static Target printer(String name) {
            return new Target(Optional.of(name), Optional.empty(), 0);
        }

        public static Target file(LabelFormat format, int dpi) {
            return new Target(Optional.empty(), Optional.of(format), dpi);
        }
    }

    public record RowResult(int line, String key, Outcome outcome, String labelId, long jobId, List<Message> reasons) {
        public RowResult {
            reasons = List.copyOf(reasons);
        }
    }

    /** What a run did: the rows refused before issuing, and each row's outcome. */
    public record Summary(List<ImportProblem> invalid, List<RowResult> rows, int total, boolean cancelled) {
        public Summary {
            invalid = List.copyOf(invalid);
            rows = List.copyOf(rows);
        }

        public long count(Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }

        /** Every row issued or found issued, none refused, failed or invalid. */
        public boolean complete() {
            return !cancelled
                    && invalid.stream().noneMatch(ImportProblem::isError)
                    && rows.size() == total
                    && rows.stream()
                            .allMatch(r -> r.outcome() == Outcome.ISSUED || r.outcome() == Outcome.ALREADY_ISSUED);
        }

        public List<Long> jobs() {
            return rows.stream()
                    .filter(r -> r.jobId() > 0 && r.outcome() == Outcome.ISSUED)
                    .map(RowResult::jobId)
                    .toList();
        }
    }

    public interface Progress {
        Progress NONE = new Progress() {};

        default void done(int rows, int total) {}

        default boolean cancelled() {
            return false;
        }
    }

    private final LabelService labels;
    private final LogisticLabelService logistic;
    private final MarkingLabelService marking;
    private final LabelPrinting printing;
    private final LabelRecords records;
    private final PrinterProfiles printers;
    private final PrintQueue queue;
    private final UnitOfWork work;

    public BatchRun(
            LabelService labels,
            LogisticLabelService logistic,
            MarkingLabelService marking,
            LabelPrinting printing,
            LabelRecords records,
            PrinterProfiles printers,
            PrintQueue queue,
            UnitOfWork work) {
        this.labels = labels;
        this.logistic = logistic;
        this.marking = marking;
        this.printing = printing;
        this.records = records;
        this.printers = printers;
        this.queue = queue;
        this.work = work;
    }

    /** Reads and checks a batch file without issuing anything. */
    public BatchFile.Reading check(byte[] file, Optional<String> template) {
        return new BatchFile(labels.templates(), labels::find).read(asText(file), template);
    }

    /**
     * A PDF of marking codes becomes the list it shows, one code per line: the run reads it (and
     * knows it again after a crash, by this text's hash) as it would the marking system's TXT file.
     */
    static byte[] asText(byte[] file) {
        boolean pdf = file.length >= 5
                && file[0] == '%'
                && file[1] == 'P'
                && file[2] == 'D'
                && file[3] == 'F'
                && file[4] == '-';
        if (!pdf) {
            return file;
        }
        return String.join("\n", org.packbench.verify.pdf.MarkingCodesInPdf.read(file, "PDF"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public Summary run(
            byte[] file,
            Optional<String> template,
            boolean skipInvalid,
            Target target,
            BatchOutput output,
            Progress progress) {
        byte[] text = asText(file);
        return run(check(text, template), text, Optional.empty(), skipInvalid, target, output, progress);
    }

    /**
     * A file of marking codes ({@code marks print}), each on its own label; refused whole when the
     * file is not one. {@code reprintReason} lets codes printed before print again, and is kept
     * with each reprint.
     */
    public Summary runMarks(
            byte[] file,
            Optional<String> template,
            Optional<String> reprintReason,
            boolean skipInvalid,
            Target target,
            BatchOutput output,
            Progress progress) {
        byte[] text = asText(file);
        BatchFile.Reading reading = check(text, template);
        if (!reading.marking() && reading.rows().stream().anyMatch(r -> r.kind() != BatchFile.Kind.MARKING)) {
            throw new ProblemException("marks.notACodeList");
        }
        return run(reading, text, reprintReason, skipInvalid, target, output, progress);
    }

    private Summary run(
            BatchFile.Reading reading,
            byte[] file,
            Optional<String> reprintReason,
            boolean skipInvalid,
            Target target,
            BatchOutput output,
            Progress progress) {
        List<ImportProblem> errors =
                reading.problems().stream().filter(ImportProblem::isError).toList();
        if (!errors.isEmpty() && !skipInvalid) {
            return new Summary(reading.problems(), List.of(), reading.rows().size(), false);
        }
        String fileSha = LabelService.sha256(file);
        List<BatchFile.Row> rows = reading.rows();
        List<RowResult> results = new ArrayList<>();
        if (target.printer().isPresent()) {
            PrinterProfile printer = printers.find(target.printer().get())
                    .orElseThrow(() -> new ProblemException(
                            "print.printer.notFound", target.printer().get()));
            for (int from = 0; from < rows.size(); from += ROWS_PER_COMMIT) {
                if (progress.cancelled()) {
                    return new Summary(reading.problems(), results, rows.size(), true);
                }
                List<BatchFile.Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_COMMIT));
                results.addAll(work.inOne(() -> chunk.stream()
                        .map(r -> toPrinter(r, printer, fileSha, reprintReason))
                        .toList()));
                progress.done(results.size(), rows.size());
            }
            return new Summary(reading.problems(), results, rows.size(), false);
        }
        LabelFormat format = target.format().orElseThrow();
        RowResult[] outcome = new RowResult[rows.size()];
        int[] finished = {0};
        try (LabelPipeline pipeline =
                        new LabelPipeline(records, Runtime.getRuntime().availableProcessors());
                BatchOutput.Labels written = output.open()) {
            work.inOne(() -> {
                // Orders whose label is being made: the same order again waits for it, so the
                // second row finds it issued, as it would one row after the other.
                java.util.Set<String> making = new java.util.HashSet<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (progress.cancelled()) {
                        // Undo the whole run: a file run is all or nothing.
                        throw new Cancelled();
                    }
                    BatchFile.Row r = rows.get(i);
                    if (r.kind() == BatchFile.Kind.PARCEL && making.contains(r.order())) {
                        pipeline.drain();
                        making.clear();
                    }
                    int at = i;
                    Optional<RowResult> done = alreadyIssued(r, fileSha);
                    Optional<PendingLabel> pending = done.isPresent()
                            ? Optional.empty()
                            : reserve(r, format, target.dpi(), reprintReason, failed -> outcome[at] = failed);
                    if (pending.isEmpty()) {
                        done.ifPresent(d -> outcome[at] = d);
                        progress.done(++finished[0], rows.size());
                        continue;
                    }
                    if (r.kind() == BatchFile.Kind.PARCEL) {
                        making.add(r.order());
                    }
                    pipeline.submit(pending.get(), label -> {
                        outcome[at] = madeToFile(r, label, fileSha, written);
                        progress.done(++finished[0], rows.size());
                    });
                }
                pipeline.drain();
                written.finish();
                return null;
            });
        } catch (Cancelled e) {
            return new Summary(reading.problems(), List.of(), rows.size(), true);
        } catch (UncheckedIOException e) {
            throw new ProblemException(
                    "batch.writeFailed", String.valueOf(e.getCause().getMessage()));
        }
        results.addAll(java.util.Arrays.asList(outcome));
        return new Summary(reading.problems(), results, rows.size(), false);
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private RowResult toPrinter(
            BatchFile.Row r, PrinterProfile printer, String fileSha, Optional<String> reprintReason) {
        Optional<RowResult> done = alreadyIssued(r, fileSha);
        if (done.isPresent()) {
            return done.get();
        }
        try {
            if (r.kind() == BatchFile.Kind.MARKING) {
                RenderedLabel label = marking.render(markRequest(r, reprintReason, printer.format(), printer.dpi()));
                records.rememberBatchLabel(fileSha, r.line(), label.id());
                byte[] bytes = PrinterBytes.ofIssued(label.bytes(), label.document(), printer, r.copies());
                PrintJob job = queue.enqueue(printer.name(), OptionalLong.of(label.id()), r.copies(), bytes);
                return new RowResult(r.line(), r.key(), Outcome.ISSUED, label.labelId(), job.id(), List.of());
            }
            if (r.logistic()) {
                RenderedLabel label = logistic.render(new LogisticLabelService.Request(
                        r.templateId(), Optional.of(r.content()), printer.format(), printer.dpi()));
                records.rememberBatchLabel(fileSha, r.line(), label.id());
                byte[] bytes = PrinterBytes.ofIssued(label.bytes(), label.document(), printer, r.copies());
                PrintJob job = queue.enqueue(printer.name(), OptionalLong.of(label.id()), r.copies(), bytes);
                return new RowResult(r.line(), r.key(), Outcome.ISSUED, label.labelId(), job.id(), List.of());
            }
            LabelPrinting.Printed p =
                    printing.print(printer.name(), (format, dpi) -> request(r, format, dpi), r.copies());
            return new RowResult(
                    r.line(),
                    r.key(),
                    Outcome.ISSUED,
                    p.label().labelId(),
                    p.job().id(),
                    p.label().warnings().stream().map(Finding::message).toList());
        } catch (LabelRefusedException e) {
            return refused(r, e);
        } catch (ProblemException e) {
            return new RowResult(r.line(), r.key(), Outcome.FAILED, "", 0, List.of(e.problem()));
        }
    }

    /** The row's label reserved, or empty with the row's failure handed to {@code failed}. */
    private Optional<PendingLabel> reserve(
            BatchFile.Row r,
            LabelFormat format,
            int dpi,
            Optional<String> reprintReason,
            java.util.function.Consumer<RowResult> failed) {
        try {
            // A batch keeps no print rasters, and a PDF batch draws its one PDF from the labels'
            // documents (BatchOutput); the others send each label's own bytes.
            LabelService.Written written = LabelService.Written.BY_CALLER;
            if (r.kind() == BatchFile.Kind.MARKING) {
                return Optional.of(marking.reserve(markRequest(r, reprintReason, format, dpi), written));
            }
            return Optional.of(
                    r.logistic()
                            ? logistic.reserve(
                                    new LogisticLabelService.Request(
                                            r.templateId(), Optional.of(r.content()), format, dpi),
                                    written)
                            : labels.reserve(request(r, format, dpi), written));
        } catch (ProblemException e) {
            failed.accept(new RowResult(r.line(), r.key(), Outcome.FAILED, "", 0, List.of(e.problem())));
            return Optional.empty();
        }
    }

    private RowResult madeToFile(BatchFile.Row r, RenderedLabel label, String fileSha, BatchOutput.Labels written) {
        if (!label.printable()) {
            if (r.kind() == BatchFile.Kind.MARKING) {
                marking.refused(label);
            }
            return refused(r, new LabelRefusedException(label));
        }
        if (r.kind() != BatchFile.Kind.PARCEL) {
            records.rememberBatchLabel(fileSha, r.line(), label.id());
        }
        written.add(label, r.copies());
        return new RowResult(
                r.line(),
                r.key(),
                Outcome.ISSUED,
                label.labelId(),
                0,
                label.warnings().stream().map(Finding::message).toList());
    }

    private Optional<RowResult> alreadyIssued(BatchFile.Row r, String fileSha) {
        if (r.kind() != BatchFile.Kind.PARCEL) {
            return records.batchLabel(fileSha, r.line())
                    .map(id -> new RowResult(
                            r.line(),
                            r.key(),
                            Outcome.ALREADY_ISSUED,
                            LabelValues.labelId(id),
                            0,
                            List.of(Message.of("batch.alreadyIssued", LabelValues.labelId(id)))));
        }
        return records.liveLabel(r.order())
                .map(live -> new RowResult(
                        r.line(),
                        r.key(),
                        Outcome.ALREADY_ISSUED,
                        LabelValues.labelId(live.id()),
                        0,
                        List.of(Message.of("batch.alreadyIssued", LabelValues.labelId(live.id())))));
    }

    private static RowResult refused(BatchFile.Row r, LabelRefusedException e) {
        return new RowResult(
                r.line(),
                r.key(),
                Outcome.REFUSED,
                e.label().labelId(),
                0,
                e.label().blocking().stream().map(Finding::message).toList());
    }

    private static MarkingLabelService.Request markRequest(
            BatchFile.Row r, Optional<String> reprintReason, LabelFormat format, int dpi) {
        return new MarkingLabelService.Request(r.templateId(), r.mark(), reprintReason, format, dpi);
    }

    private static LabelRequest request(BatchFile.Row r, LabelFormat format, int dpi) {
        return new LabelRequest(r.sku(), r.templateId(), r.order(), r.tracking(), Optional.empty(), format, dpi);
    }
}
