package org.packbench.ui.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.packbench.app.PackingSession;
import org.packbench.app.PackingState;
import org.packbench.app.PackingState.Field;
import org.packbench.app.PackingState.Stage;
import org.packbench.app.PackingState.Tone;
import org.packbench.i18n.Message;
import org.packbench.marketplace.LabelValues;
import org.packbench.print.PrinterProfile;
import org.packbench.print.PrinterProfiles;
import org.packbench.verify.dispatch.Verdict;

/**
 * Упаковка's state: the three scan fields, the template, printer, resolution and copies, the
 * verdict and the label on show. Every rule of the packer's path is the {@link PackingSession}'s;
 * this hands it the packer's keys one at a time, on one thread, in the order they were pressed
 * (a {@link SessionLane}), each carrying the generation the packer saw, and turns each
 * {@link PackingState} it answers with into what the screen shows.
 */
public final class PackingModel {
    /** The resolutions a preview may be asked at when no printer says its own. */
    public static final List<Integer> DPIS = List.of(203, 300, 600);

    /** What the screen is asked to do at a moment, which no property can say. */
    public interface Cues {
        /** Put the cursor in this field now. */
        void focus(Field field);

        /** Sound this verdict, so the packer knows without looking. */
        void sound(Verdict verdict);

        /** Labels went to the printer: it is worth looking at the printer again. */
        void printed();
    }

    private final PrinterProfiles printers;
    private final ShiftModel shift;
    private final UiText text;
    private final Work work;
    private final SessionLane lane;
    private Cues cues = new Cues() {
        @Override
        public void focus(Field field) {}

        @Override
        public void sound(Verdict verdict) {}

        @Override
        public void printed() {}
    };

    private final Map<Field, StringProperty> fields = new EnumMap<>(Field.class);
    private final ObjectProperty<Field> focused = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<String>> templates = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<String> template = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper templateLocked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<List<String>> printerNames = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<String> printer = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> dpi = new SimpleObjectProperty<>(203);
    private final ReadOnlyBooleanWrapper dpiLocked = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Integer> copies = new SimpleObjectProperty<>(1);
    private final ReadOnlyObjectWrapper<BannerText> banner;
    private final ReadOnlyObjectWrapper<LabelOnShow> label = new ReadOnlyObjectWrapper<>();

    /** The state last shown, and what was last handed to the session from each field. */
    private PackingState shown;

    private final Map<Field, String> posted = new EnumMap<>(Field.class);
    private boolean drawing;
    private boolean opened;

    /**
     * @param sessions makes the packer's session, on the lane's own thread
     * @param drawThread the thread that draws: the session's answers are shown there, in turn
     */
    public PackingModel(
            Supplier<PackingSession> sessions,
            PrinterProfiles printers,
            ShiftModel shift,
            UiText text,
            Work work,
            Executor drawThread) {
        this.printers = printers;
        this.shift = shift;
        this.text = text;
        this.work = work;
        this.lane = new SessionLane(sessions, drawThread, this::show, e -> unexpected(text.failure(e)));
        this.banner = new ReadOnlyObjectWrapper<>(new BannerText(Tone.NEUTRAL, text.get("packing.loading"), ""));
        for (Field f : Field.values()) {
            fields.put(f, new SimpleStringProperty(""));
            posted.put(f, "");
        }
        // The packer's own choices go to the session; the ones the session's answer draws do not.
        template.addListener((o, was, id) -> {
            if (!drawing && id != null) {
                post(s -> s.chooseTemplate(id));
            }
        });
        printer.addListener((o, was, name) -> {
            if (!drawing) {
                post(s -> s.choosePrinter(name));
            }
        });
        dpi.addListener((o, was, d) -> {
            if (!drawing && d != null) {
                post(s -> s.chooseDpi(d));
            }
        });
    }

    /** The screen that draws this; until one is told, nothing is cued. */
    public void cues(Cues to) {
        this.cues = to;
    }

    // ---- what the screen binds to ----

    /** The text in a scan field, as typed and as the session rewrote it. */
    public StringProperty field(Field f) {
        return fields.get(f);
    }

    /** The scan field that has the cursor, or null when none does; the screen keeps it told. */
    public ObjectProperty<Field> focusedProperty() {
        return focused;
    }

    /** The templates this product may have (only its marketplace's family); empty before a product. */
    public ReadOnlyObjectProperty<List<String>> templatesProperty() {
        return templates.getReadOnlyProperty();
    }

    public ObjectProperty<String> templateProperty() {
        return template;
    }

    /** Nothing to choose from: no product yet, so no family of templates. */
    public ReadOnlyBooleanProperty templateLockedProperty() {
        return templateLocked.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> printersProperty() {
        return printerNames.getReadOnlyProperty();
    }

    public ObjectProperty<String> printerProperty() {
        return printer;
    }

    public ObjectProperty<Integer> dpiProperty() {
        return dpi;
    }

    /** A chosen printer prints at its own resolution: there is none to choose. */
    public ReadOnlyBooleanProperty dpiLockedProperty() {
        return dpiLocked.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> copiesProperty() {
        return copies;
    }

    public ReadOnlyObjectProperty<BannerText> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The label on show; null until the session first answered. Set anew at every answer. */
    public ReadOnlyObjectProperty<LabelOnShow> labelProperty() {
        return label.getReadOnlyProperty();
    }

    // ---- what the packer does ----

    /** Упаковка came to the front: the session is opened once, the printers and the shift are read again. */
    public void shown() {
        if (!opened) {
            opened = true;
            // The session (templates, last label) is made on the lane's own thread, before any scan.
            post(s -> s.state());
        }
        work.run(() -> printers.all().stream().map(PrinterProfile::name).toList(), names -> {
            String chosen = printer.get();
            printerNames.set(names);
            printer.set(chosen != null && names.contains(chosen) ? chosen : names.isEmpty() ? null : names.get(0));
        });
        shift.refresh();
    }

    /**
     * Enter in a field. The cursor moves on to the next empty field at once, not when the session
     * answers: a scanner types the next code straight after.
     */
    public void enter(Field f) {
        String t = field(f).get();
        boolean fresh = !t.isBlank() && (shown == null || !t.strip().equals(shown.valueOf(f)));
        long seen = generation();
        // Someone typing by hand may fill the fields with the mouse and press Enter once, in the last.
        for (Field other : Field.values()) {
            String typed = field(other).get();
            if (other != f && unsent(other, typed)) {
                posted.put(other, typed);
                post(s -> s.typed(other, typed, seen));
            }
        }
        posted.put(f, t);
        if (fresh) {
            Field next = nextEmptyAfter(f);
            if (next == f && postingOnForm()) {
                // The next item is scanned into this same field: it must find it empty, not
                // append to the code just sent.
                field(f).set("");
            }
            cues.focus(next);
        }
        int n = copies.get();
        post(s -> s.enter(f, t, n, seen));
    }

    /** A scan from a serial scanner, or a wedge scan caught off the fields: it goes where the session asks next. */
    public void scanned(String scan) {
        Field target = shown == null ? Field.FIRST : shown.focus();
        field(target).set(scan);
        cues.focus(target);
        enter(target);
    }

    /**
     * Ctrl+P: fields typed without Enter are scanned first, then the label prints if it is ready.
     * Only what the session has not been sent goes as typed: Ctrl+P pressed while a printing
     * Enter's answer is still on its way finds the form showing that parcel, and sending its
     * product again would start a new parcel and refuse its order as printed, where the packer
     * only asked for the label once more.
     */
    public void printNow() {
        long seen = generation();
        int n = copies.get();
        for (Field f : Field.values()) {
            String t = field(f).get();
            if (unsent(f, t)) {
                posted.put(f, t);
                post(s -> s.typed(f, t, seen));
            }
        }
        post(s -> s.print(n, seen));
    }

    /** Text in a field that the session has neither been sent nor shows: typed since, not yet handed over. */
    private boolean unsent(Field f, String typed) {
        return !typed.isBlank()
                && !typed.equals(posted.get(f))
                && (shown == null || !typed.strip().equals(shown.valueOf(f)));
    }

    /** Esc: the parcel is dropped. */
    public void clear() {
        post(PackingSession::clear);
    }

    /**
     * "Повторить последнюю": the label it would send again, for the packer to give the reason;
     * empty when this bench printed none, and the session says so at once.
     */
    public Optional<String> reprintAsked() {
        Optional<PackingState.LastLabel> last = shown == null ? Optional.empty() : shown.last();
        if (last.isEmpty()) {
            post(s -> s.reprintLast(""));
            return Optional.empty();
        }
        return last.map(l -> LabelValues.labelId(l.labelId()) + " · " + l.order());
    }

    /** The last label again, for the reason the packer gave. */
    public void reprintLast(String reason) {
        post(s -> s.reprintLast(reason));
    }

    /** The printer a batch goes to; with none chosen there is no batch, and the banner says why. */
    public Optional<String> batchPrinter() {
        String chosen = printer.get();
        if (chosen == null) {
            banner.set(new BannerText(Tone.WARN, text.of(Message.of("parcel.noPrinter")), ""));
        }
        return Optional.ofNullable(chosen);
    }

    /** A batch ended: its labels count in the shift, and the printer has work. */
    public void batchDone() {
        shift.refresh();
        cues.printed();
    }

    /** The SKU a dropped label PDF is checked against: the product on show, else what is typed. */
    public String skuForAudit() {
        String typed = field(Field.FIRST).get().strip();
        return shown == null ? typed : shown.product().map(s -> s.sku()).orElse(typed);
    }

    /**
     * The order a customs invoice is asked for: the one on the form, else that of the label this
     * bench printed last (a refused rescan of a printed order empties the form).
     */
    public String orderForInvoice() {
        String typed = field(Field.ORDER).get().strip();
        return !typed.isEmpty() || shown == null
                ? typed
                : shown.last().map(l -> l.order()).orElse("");
    }

    /** Whether every key handed to the session has been answered. */
    boolean settled() {
        return lane.settled();
    }

    /** Stops the lane's thread (the window is closing). */
    public void close() {
        lane.close();
    }

    // ---- the session's answers ----

    private void post(Function<PackingSession, PackingState> action) {
        lane.post(action);
    }

    private long generation() {
        return shown == null ? 0 : shown.generation();
    }

    /** An Ozon posting is on the form, still being filled by item scans. */
    private boolean postingOnForm() {
        return shown != null && shown.posting().isPresent() && shown.stage() != PackingState.Stage.PRINTED;
    }

    private Field nextEmptyAfter(Field f) {
        // An Ozon posting on the form is filled by item scans alone, all in the first field.
        if (postingOnForm()) {
            return Field.FIRST;
        }
        if (f == Field.FIRST && field(Field.ORDER).get().isBlank()) {
            return Field.ORDER;
        }
        if (f != Field.TRACKING && field(Field.TRACKING).get().isBlank()) {
            return Field.TRACKING;
        }
        return f;
    }

    private void show(PackingState state) {
        PackingState before = shown;
        shown = state;
        drawing = true;
        try {
            boolean refused = before != null && state.generation() != before.generation();
            showFields(state, refused);
            if (!templates.get().equals(state.templates())) {
                templates.set(state.templates());
            }
            template.set(state.template().orElse(null));
            templateLocked.set(state.templates().isEmpty());
            dpi.set(state.dpi());
            dpiLocked.set(state.printer().isPresent());
            label.set(LabelOnShow.of(state, text));
            banner.set(BannerText.of(state.banner(), text));
            Field focusNow = focused.get();
            if (refused
                    || lane.settled()
                            && (focusNow == null
                                    || field(focusNow).get().isEmpty()
                                    || field(focusNow).get().equals(posted.get(focusNow)))) {
                cues.focus(state.focus());
            }
            signal(before, state);
        } finally {
            drawing = false;
        }
    }

    /**
     * A field the packer is typing into keeps what is typed; one handed to the session shows what
     * the session made of it (repaired layout, or empty for the next parcel). After a refusal every
     * field shows the session's.
     */
    private void showFields(PackingState state, boolean refused) {
        for (Field f : Field.values()) {
            StringProperty typed = field(f);
            String value = state.valueOf(f);
            if (refused
                    || lane.settled()
                            && (typed.get().equals(posted.get(f))
                                    || typed.get().strip().equals(value))) {
                if (!typed.get().equals(value)) {
                    typed.set(value);
                }
                posted.put(f, value);
            }
        }
    }

    /** A tone the packer hears without looking: printed, or refused. */
    private void signal(PackingState before, PackingState state) {
        if (before == null) {
            return;
        }
        boolean newlyPrinted = state.stage() == Stage.PRINTED
                && (before.stage() != Stage.PRINTED || !before.labelId().equals(state.labelId()));
        boolean newlyRefused =
                state.banner().tone() == Tone.REFUSED && !state.banner().equals(before.banner());
        if (newlyPrinted) {
            cues.sound(Verdict.OK);
            shift.refresh();
            cues.printed();
        } else if (newlyRefused) {
            cues.sound(Verdict.UNKNOWN);
        }
    }

    private void unexpected(String why) {
        banner.set(new BannerText(Tone.REFUSED, why, ""));
        cues.sound(Verdict.UNKNOWN);
    }
}
