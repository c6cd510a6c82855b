package org.packbench.ui.model;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.packbench.app.BatchOutput;
import org.packbench.app.BatchRun;
import org.packbench.app.InputFile;
import org.packbench.catalog.ImportProblem;

/**
 * One run of "Пакетная печать": a CSV of parcels (or a list of marking codes) issued on one
 * printer by the same {@link BatchRun} as {@code packbench batch}, with its progress, a cancel that
 * keeps the rows already committed (they are printed labels), and at the end the rows that were
 * refused, by line. Marking codes printed before can then be printed again with a reason, as
 * {@code marks print --reprint-reason} does.
 */
public final class BatchPrintModel {
    private final Supplier<BatchRun> batch;
    private final UiText text;
    private final Work work;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final StatusLine line = new StatusLine();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper button;
    private final ReadOnlyBooleanWrapper reprintable = new ReadOnlyBooleanWrapper(false);
    private byte[] content = new byte[0];
    private String printer = "";

    /** @param batch makes the run, on the worker's thread (it opens the templates) */
    public BatchPrintModel(Supplier<BatchRun> batch, UiText text, Work work) {
        this.batch = batch;
        this.text = text;
        this.work = work;
        this.button = new ReadOnlyStringWrapper(text.get("batch.cancel"));
    }

    /** How far the run is, 0 to 1; below 0 while nobody can tell. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the run is doing, and at the end how it went. */
    public StatusLine line() {
        return line;
    }

    /** The refused rows and faulty data, line by line; empty when there is nothing to list. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once a run ended with marking codes refused as printed before: they may be printed again with a reason. */
    public ReadOnlyBooleanProperty reprintableProperty() {
        return reprintable.getReadOnlyProperty();
    }

    /** The one button's words: it cancels while the run goes, and closes once it ended. */
    public ReadOnlyStringProperty buttonProperty() {
        return button.getReadOnlyProperty();
    }

    /** Issues the parcels of {@code file} on {@code printer}; {@code done} is told when the run ends, however. */
    public void run(Path file, String printer, Runnable done) {
        line.plain(text.get("batch.reading", file.getFileName()));
        this.printer = printer;
        start(
                p -> {
                    byte[] read = InputFile.read(file, InputFile.Kind.BATCH);
                    content = read;
                    return batch.get()
                            .run(
                                    read,
                                    Optional.empty(),
                                    false,
                                    BatchRun.Target.printer(printer),
                                    BatchOutput.NONE,
                                    progress(p));
                },
                done);
    }

    /**
     * The same list again, its codes printed before printed again with {@code reason}, kept with
     * each reprint; codes this list already printed are found issued, not printed twice.
     */
    public void reprint(String reason, Runnable done) {
        if (reason == null || reason.isBlank() || running.get()) {
            return;
        }
        reprintable.set(false);
        line.plain(text.get("batch.reprinting"));
        byte[] list = content;
        start(
                p -> batch.get()
                        .runMarks(
                                list,
                                Optional.empty(),
                                Optional.of(reason.strip()),
                                false,
                                BatchRun.Target.printer(printer),
                                BatchOutput.NONE,
                                progress(p)),
                done);
    }

    private BatchRun.Progress progress(Work.Progress p) {
        return new BatchRun.Progress() {
            @Override
            public void done(int rows, int total) {
                p.update(rows, total, text.get("batch.progress", rows, total));
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
    }

    private void start(Work.ProgressJob<BatchRun.Summary> job, Runnable done) {
        running.set(true);
        cancel.set(false);
        button.set(text.get("batch.cancel"));
        // Nobody can tell how far until the file is read and its rows counted.
        progress.set(-1);
        work.run(
                job,
                this::moved,
                s -> {
                    ended(s);
                    done.run();
                },
                t -> {
                    running.set(false);
                    line.error(text.failure(t));
                    button.set(text.get("batch.close"));
                    done.run();
                });
    }

    /**
     * The button was pressed: while the run goes it stops after the rows under way (true: the
     * dialog stays open to show what was done); after the run it closes the dialog (false).
     */
    public boolean stop() {
        if (!running.get()) {
            return false;
        }
        cancel.set(true);
        line.plain(text.get("batch.cancelling"));
        return true;
    }

    private void moved(long rows, long total, String message) {
        if (!running.get()) {
            return;
        }
        progress.set(total > 0 ? (double) Math.min(rows, total) / total : -1);
        line.plain(message);
    }

    private void ended(BatchRun.Summary s) {
        running.set(false);
        progress.set(1);
        String said = text.get(
                s.complete() ? "batch.done" : "batch.doneWithProblems",
                s.total(),
                s.count(BatchRun.Outcome.ISSUED),
                s.count(BatchRun.Outcome.ALREADY_ISSUED),
                s.count(BatchRun.Outcome.REFUSED) + s.count(BatchRun.Outcome.FAILED),
                s.invalid().stream().filter(ImportProblem::isError).count());
        if (s.complete()) {
            line.ok(said);
        } else {
            line.error(said);
        }
        StringBuilder sb = new StringBuilder();
        s.invalid().forEach(p -> sb.append(p.in(text.locale())).append('\n'));
        for (BatchRun.RowResult r : s.rows()) {
            if (r.outcome() == BatchRun.Outcome.REFUSED || r.outcome() == BatchRun.Outcome.FAILED) {
                sb.append(text.get("batch.rowRefused", r.line(), r.key()));
                r.reasons().forEach(m -> sb.append("\n  • ").append(text.of(m)));
                sb.append('\n');
            }
        }
        if (s.cancelled()) {
            sb.append(text.get("batch.wasCancelled")).append('\n');
        }
        result.set(sb.toString());
        button.set(text.get("batch.close"));
        reprintable.set(s.rows().stream()
                .filter(r -> r.outcome() == BatchRun.Outcome.FAILED)
                .flatMap(r -> r.reasons().stream())
                .anyMatch(m -> m.key().equals("marks.printedBefore")));
    }
}
