package org.packbench.ui.model;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.packbench.app.LabelLogService;
import org.packbench.i18n.Message;
import org.packbench.journal.ChainCheck;
import org.packbench.marketplace.LabelLogEntry;
import org.packbench.scan.ScanInput;
import org.packbench.verify.dispatch.DispatchState;

/**
 * Журнал's state: the labels of a day as the supervisor filters them, where each stands for
 * dispatch, whether the chain holds, and the day's export. Who may see, void or export, and where
 * the export goes, is the label log service's to say; this words its answers.
 */
public final class LogModel {
    /** The status filter's choices: every label, or those of one status. */
    private static final List<String> STATUSES = List.of("", "issued", "refused", "voided");

    private final LabelLogService log;
    private final Clock clock;
    private final UiText text;
    private final Work work;
    private final DateTimeFormatter time;

    private final ObservableList<LabelLogEntry> day = FXCollections.observableArrayList();
    private final FilteredList<LabelLogEntry> shown = new FilteredList<>(day);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder;
    private final StatusLine chain = new StatusLine();
    private final StatusLine message = new StatusLine();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    /** Loads asked so far; only the answer to the last one is shown. */
    private long loads;

    private final ReadOnlyDoubleWrapper exported = new ReadOnlyDoubleWrapper(-1);
    private volatile boolean exportCancelled;
    /** Where each label of the day stands for dispatch, by label id. */
    private Map<Long, DispatchState> dispatch = Map.of();
    /** The day loaded; false while this person may not see it, when the table explains nothing. */
    private boolean loaded;
    /** The day last asked for. */
    private LocalDate current;

    public LogModel(LabelLogService log, Clock clock, UiText text, Work work) {
        this.log = log;
        this.clock = clock;
        this.text = text;
        this.work = work;
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(clock.getZone());
        this.placeholder = new ReadOnlyStringWrapper(text.get("log.empty"));
        this.current = today();
        filter.addListener((o, was, now) -> applyFilter());
        status.addListener((o, was, now) -> applyFilter());
    }

    /** The labels shown: the day's, narrowed by the filter and the status. */
    public ObservableList<LabelLogEntry> rows() {
        return shown;
    }

    /** What the supervisor typed or scanned into the filter. */
    public StringProperty filter() {
        return filter;
    }

    /** The status shown, by its code; empty for every status. */
    public StringProperty status() {
        return status;
    }

    public List<String> statuses() {
        return STATUSES;
    }

    public String statusName(String code) {
        return code == null || code.isEmpty() ? text.get("log.status.all") : text.get("log.status." + code);
    }

    /** "shown of all". */
    public ReadOnlyStringProperty count() {
        return count.getReadOnlyProperty();
    }

    /** What an empty table says: no labels that day, none matching, or nothing while the day is not to be seen. */
    public ReadOnlyStringProperty placeholder() {
        return placeholder.getReadOnlyProperty();
    }

    /** Whether the chain holds, or where it broke and what else was found. */
    public StatusLine chain() {
        return chain;
    }

    /** The answer to the last load, void or export. */
    public StatusLine message() {
        return message;
    }

    public ReadOnlyBooleanProperty exporting() {
        return exporting.getReadOnlyProperty();
    }

    /** The export's progress, 0 to 1; negative while nobody can tell. */
    public ReadOnlyDoubleProperty exported() {
        return exported.getReadOnlyProperty();
    }

    /** The day the log opens on: the bench clock's today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day in the date field; today when it holds no date (the field itself says ДД.ММ.ГГГГ). */
    public LocalDate dayOf(Optional<LocalDate> typed) {
        return typed.orElse(today());
    }

    /** The screen comes into view: the last answer no longer applies. */
    public void opened(Optional<LocalDate> typed) {
        message.clear();
        load(typed);
    }

    /** Reads the day's labels and where each stands for dispatch, then checks the chain. */
    public void load(Optional<LocalDate> typed) {
        LocalDate d = dayOf(typed);
        current = d;
        long asked = ++loads;
        record Day(List<LabelLogEntry> labels, Map<Long, DispatchState> dispatch) {}
        work.run(
                () -> new Day(log.labelsOn(d), log.dispatchOn(d)),
                l -> {
                    if (asked != loads) {
                        // The day was changed meanwhile: the later answer is the one to show.
                        return;
                    }
                    loaded = true;
                    dispatch = l.dispatch();
                    day.setAll(l.labels());
                    applyFilter();
                    checkChain();
                },
                t -> {
                    if (asked != loads) {
                        return;
                    }
                    // A packer, or a supervisor whose session lapsed: say so instead of an empty table,
                    // and not "no labels today": the labels are there, this person may not see them.
                    loaded = false;
                    day.clear();
                    count.set("");
                    placeholder.set("");
                    chain.clear();
                    message.error(text.failure(t));
                });
    }

    /**
     * The whole chain, walked in the background, and the database held against what is kept outside
     * it: the first broken entry or the first sign of tampering, or how many entries hold.
     */
    private void checkChain() {
        record Checked(ChainCheck.Report chain, List<Message> tampering) {}
        work.run(() -> new Checked(log.verify(), log.tampering()), r -> {
            if (r.chain().intact() && r.tampering().isEmpty()) {
                chain.ok(text.of(
                        Message.of("log.intact", r.chain().checked(), r.chain().headHash())));
                return;
            }
            List<String> lines = new ArrayList<>();
            r.chain().broken().ifPresent(b -> lines.add(text.of(b.message())));
            r.tampering().forEach(t -> lines.add(text.of(t)));
            chain.error(String.join("\n", lines));
        });
    }

    /** Only a label still issued can be voided; a refused or voided one has nothing to void. */
    public boolean canVoid(LabelLogEntry entry) {
        return entry != null && "issued".equals(entry.status());
    }

    /** Voids the label with the reason given; its copies are refused at dispatch from then on. */
    public void voidLabel(LabelLogEntry entry, String reason) {
        work.run(
                () -> {
                    log.voidLabel(entry.id(), reason);
                    return entry;
                },
                e -> load(Optional.of(current)),
                t -> message.error(text.failure(t)));
    }

    /**
     * The day in CSV, XLSX and PDF, where the label log service says a day exported at the bench
     * goes; {@code whenDone} once it is written, cancelled or refused.
     */
    public void export(Optional<LocalDate> typed, Runnable whenDone) {
        if (exporting.get()) {
            // Ctrl+E again while the day is being written: one export at a time.
            return;
        }
        LocalDate d = dayOf(typed);
        exportCancelled = false;
        exported.set(-1);
        exporting.set(true);
        message.plain(text.get("log.exporting"));
        work.run(
                progress -> log.exportDay(
                        d, text.locale(), (done, of) -> progress.update(done, of, ""), () -> exportCancelled),
                (done, total, m) -> exported.set(total > 0 ? (double) done / total : -1),
                written -> {
                    exporting.set(false);
                    message.ok(
                            exportCancelled
                                    ? text.get("log.export.cancelled", written.size())
                                    : text.get(
                                            "log.exported",
                                            String.join(
                                                    ", ",
                                                    written.stream()
                                                            .map(Path::toString)
                                                            .toList())));
                    whenDone.run();
                },
                t -> {
                    exporting.set(false);
                    message.error(text.failure(t));
                    whenDone.run();
                });
    }

    /** The export stops after the file it is writing. */
    public void cancelExport() {
        exportCancelled = true;
    }

    public String time(LabelLogEntry e) {
        return time.format(e.createdAt());
    }

    /** The order a label is for, or its SSCC when it is a logistics label without one. */
    public String orderOf(LabelLogEntry e) {
        return e.order().isEmpty() ? e.sscc() : e.order();
    }

    public String statusOf(LabelLogEntry e) {
        return text.get("log.status." + e.status()) + (e.voidReason().isEmpty() ? "" : ": " + e.voidReason());
    }

    /** Where the label stands for dispatch; a dash for a label never printed. */
    public String dispatchOf(LabelLogEntry e) {
        DispatchState s = dispatch.get(e.id());
        return s == null ? "—" : text.get("log.dispatch." + s.code());
    }

    public String checksOf(LabelLogEntry e) {
        return e.checks() + " · " + e.readback();
    }

    /** A label refused or voided is marked: it must not leave the bench. */
    public boolean isBad(LabelLogEntry e) {
        return !"issued".equals(e.status());
    }

    private void applyFilter() {
        // A tracking label or QR scanned into the filter under the Russian layout (КГ…МЛ) is read
        // as the keys typed it, by the same ScanInput rule as Упаковка and Отгрузка.
        String needle = new ScanInput(Optional.empty(), t -> day.stream().anyMatch(e -> matches(e, lower(t))))
                .read(filter.get() == null ? "" : filter.get())
                .strip()
                .toLowerCase(Locale.ROOT);
        String wanted = status.get() == null ? "" : status.get();
        shown.setPredicate(
                e -> (wanted.isEmpty() || wanted.equals(e.status())) && (needle.isEmpty() || matches(e, needle)));
        count.set(text.get("log.count", shown.size(), day.size()));
        if (loaded) {
            // An empty day and a filter that matches nothing are different news.
            placeholder.set(text.get(day.isEmpty() ? "log.empty" : "log.noMatch"));
        }
    }

    private static String lower(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean matches(LabelLogEntry e, String needle) {
        return (e.labelId() + " " + e.sku() + " " + e.order() + " " + e.tracking() + " " + e.sscc())
                .toLowerCase(Locale.ROOT)
                .contains(needle);
    }
}
