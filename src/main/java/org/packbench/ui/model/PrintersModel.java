package org.packbench.ui.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packbench.app.Workbench;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.LabelValues;
import org.packbench.print.DeliverNow;
import org.packbench.print.JobStatus;
import org.packbench.print.LabelStock;
import org.packbench.print.PrintJob;
import org.packbench.print.PrinterLanguage;
import org.packbench.print.PrinterProfile;
import org.packbench.print.PrinterState;
import org.packbench.print.TransportUri;

/**
 * Принтеры: the printers with the state each reports, the print queue, and what became of the
 * last add, test, retry, cancel, reprint or removal. The rules are the profiles', the queue's and
 * the delivery's; this asks them in the background and words their answers.
 */
public final class PrintersModel {

    /** One printer as listed; its state fills in when the printer has answered. */
    public static final class PrinterRow {
        private final PrinterProfile profile;
        private final ReadOnlyStringWrapper state;

        PrinterRow(PrinterProfile profile, String asking) {
            this.profile = profile;
            this.state = new ReadOnlyStringWrapper(asking);
        }

        public PrinterProfile profile() {
            return profile;
        }

        public String name() {
            return profile.name();
        }

        public String language() {
            return profile.language().code().toUpperCase();
        }

        public String dpi() {
            return Integer.toString(profile.dpi());
        }

        public String transport() {
            return profile.transport().toString();
        }

        public ReadOnlyStringProperty stateProperty() {
            return state.getReadOnlyProperty();
        }

        public String state() {
            return state.get();
        }
    }

    /** One print job as listed, in the screen's words. */
    public record JobRow(
            long id, String number, String printer, String label, String status, String attempts, String error) {}

    /** What the add-a-printer row holds when the packer adds it. */
    public record NewPrinter(String name, String language, int dpi, String address, String size) {}

    private final Workbench workbench;
    private final UiText text;
    private final Work work;
    private final ObservableList<PrinterRow> printers = FXCollections.observableArrayList();
    private final ObservableList<JobRow> jobs = FXCollections.observableArrayList();
    private final StatusLine status = new StatusLine();

    public PrintersModel(Workbench workbench, UiText text, Work work) {
        this.workbench = workbench;
        this.text = text;
        this.work = work;
    }

    public ObservableList<PrinterRow> printers() {
        return printers;
    }

    public ObservableList<JobRow> jobs() {
        return jobs;
    }

    public StatusLine status() {
        return status;
    }

    /** The languages a new printer may speak, as the add row offers them. */
    public List<String> languages() {
        return Arrays.stream(PrinterLanguage.values())
                .map(PrinterLanguage::code)
                .toList();
    }

    /** The resolutions a new printer may have. */
    public List<Integer> resolutions() {
        return PrinterProfile.RESOLUTIONS;
    }

    /** Reloads the printers and the queue, then asks each printer for its state. */
    public void refresh() {
        work.run(() -> workbench.printers().all(), all -> {
            // A printer keeps the state last heard from it until it answers again: an offline
            // printer would otherwise read "asking…" for its whole timeout after every action.
            java.util.Map<String, String> known = new java.util.HashMap<>();
            printers.forEach(r -> known.put(r.profile().name(), r.state.get()));
            printers.setAll(all.stream()
                    .map(p -> new PrinterRow(p, known.getOrDefault(p.name(), text.get("printers.asking"))))
                    .toList());
            printers.forEach(this::askState);
        });
        work.run(
                () -> workbench.printQueue().list(true),
                all -> jobs.setAll(all.stream().map(this::row).toList()));
    }

    private void askState(PrinterRow row) {
        work.run(
                () -> PrinterStateText.of(PrinterState.ask(workbench.transports(), row.profile()), text)
                        .text(),
                row.state::set);
    }

    private JobRow row(PrintJob j) {
        return new JobRow(
                j.id(),
                Long.toString(j.id()),
                j.printer(),
                j.labelId().isPresent() ? LabelValues.labelId(j.labelId().getAsLong()) : "—",
                text.get("queue.status." + j.status().name()),
                Integer.toString(j.attempts()),
                j.lastError());
    }

    /**
     * Adds a profile with the same rules as {@code printer add}: the domain checks name, dpi and
     * address. {@code whenAdded} runs once it is kept, so the row can be cleared for the next.
     */
    public void add(NewPrinter p, Runnable whenAdded) {
        work.run(
                () -> {
                    PrinterProfile profile = profile(p);
                    workbench.printers().add(profile);
                    return profile;
                },
                profile -> {
                    whenAdded.run();
                    status.ok(text.get("printers.added", profile.name()));
                    refresh();
                },
                this::fail);
    }

    private static PrinterProfile profile(NewPrinter p) {
        String size = p.size().strip();
        Optional<LabelStock> stock = size.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        LabelStock.parse(size).orElseThrow(() -> new ProblemException("print.size.invalid", size)));
        PrinterLanguage language = PrinterLanguage.parse(p.language())
                .orElseThrow(() -> new ProblemException("print.language.invalid", p.language()));
        return new PrinterProfile(
                p.name().strip(),
                language,
                p.dpi(),
                stock,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                OptionalInt.empty(),
                OptionalInt.empty(),
                TransportUri.parse(p.address().strip()));
    }

    /** The test and calibration label, on the chosen printer or, with none chosen, the first. */
    public void printTest(PrinterRow chosen) {
        PrinterRow row = chosen != null ? chosen : printers.isEmpty() ? null : printers.get(0);
        if (row == null) {
            return;
        }
        String name = row.name();
        deliver(() -> {
            PrintJob job = workbench.printing().printTest(name);
            return workbench.deliverNow().jobs(List.of(job.id()));
        });
    }

    /** The chosen job again, or with none chosen every job that may go again. */
    public void retry(JobRow chosen) {
        deliver(() -> chosen == null
                ? workbench.deliverNow().all()
                : workbench.deliverNow().jobs(List.of(chosen.id())));
    }

    /** Takes the chosen job out of the queue; the queue says whether it still can be. */
    public void cancel(JobRow chosen) {
        if (chosen == null) {
            return;
        }
        deliver(() -> {
            PrintJob j = workbench.printQueue().cancel(chosen.id());
            return List.of(new DeliverNow.Delivery(j.id(), j.printer(), j.status(), ""));
        });
    }

    /** What the reason dialog of a reprint names: the job. */
    public String reprintSubject(JobRow job) {
        return text.get("queue.col.id") + " " + job.number();
    }

    /** A reprint is an explicit action with a reason: a new job for the same label, logged against the old one. */
    public void reprint(JobRow job, String reason) {
        deliver(() -> {
            PrintJob j = workbench.printQueue().reprint(job.id(), reason);
            return workbench.deliverNow().jobs(List.of(j.id()));
        });
    }

    public String removeQuestion(PrinterRow row) {
        return text.get("printers.remove.confirm", row.name());
    }

    /** Removes the printer, once nothing waits for it in the queue. */
    public void remove(PrinterRow row) {
        String name = row.name();
        work.run(
                () -> {
                    workbench.printQueue().removePrinter(name, workbench.printers());
                    return name;
                },
                n -> {
                    status.ok(text.get("printers.removed", n));
                    refresh();
                },
                this::fail);
    }

    /** Delivery and cancelling touch the database and the printers: in the background, then each job's fate. */
    private void deliver(Work.Job<List<DeliverNow.Delivery>> job) {
        work.run(
                job,
                done -> {
                    String said = String.join(
                                    "\n",
                                    done.stream()
                                            .map(d -> text.get(
                                                    "queue.delivery",
                                                    d.jobId(),
                                                    d.printer(),
                                                    text.get("queue.status."
                                                            + d.status().name()),
                                                    d.detail()))
                                            .toList())
                            .strip();
                    if (done.stream()
                            .allMatch(d -> d.status() == JobStatus.SENT || d.status() == JobStatus.CANCELLED)) {
                        status.ok(said);
                    } else {
                        status.error(said);
                    }
                    refresh();
                },
                this::fail);
    }

    private void fail(Throwable t) {
        status.error(text.failure(t));
    }
}
