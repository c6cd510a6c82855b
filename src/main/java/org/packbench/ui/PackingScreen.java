package org.packbench.ui;

import org.packbench.ui.model.UiText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.packbench.app.PackingSession;
import org.packbench.app.PackingState;
import org.packbench.app.PackingState.Field;
import org.packbench.app.PackingState.Stage;
import org.packbench.app.PackingState.Tone;
import org.packbench.app.Workbench;
import org.packbench.i18n.Message;
import org.packbench.marketplace.LabelValues;

/**
 * Упаковка: the packer scans the product (or the order), the order and the tracking number, sees
 * the label exactly as it will print, and prints it with Enter. Every decision is the
 * {@link PackingSession}'s; this screen hands it the packer's keys one after another, on one
 * thread, in the order they were pressed, and shows the {@link PackingState} it answers with.
 */
public final class PackingScreen implements Screen {
    private final Workbench workbench;
    private final UiText text;
    private final Background background;
    private final VerdictSound sound;
    private final SessionInOrder session;

    private final VBox root = new VBox(10);
    private final TextField first = new TextField();
    private final TextField order = new TextField();
    private final TextField tracking = new TextField();
    private final ComboBox<String> template = new ComboBox<>();
    private final ComboBox<Integer> dpi = new ComboBox<>(FXCollections.observableArrayList(203, 300, 600));
    private final ComboBox<String> printer = new ComboBox<>();
    private final Spinner<Integer> copies = new Spinner<>(1, 999, 1);
    private final VerdictBanner banner;
    private final ShownLabel shownLabel;
    private final ShiftStrip shift;
    private final Label dropResult = new Label();
    private final PrinterStatusBar printerBar;
    private final PdfDropAudit pdfAudit;
    private final BatchPrint batch;

    /** The state last drawn, and what was last handed to the session from each field. */
    private PackingState shown;
    private final Map<Field, String> posted = new EnumMap<>(Field.class);
    private boolean drawing;
    private boolean printersRequested;

    public PackingScreen(Workbench workbench, UiText text, Background background, FileSources files) {
        this(workbench, text, background, PrinterStatusBar.EVERY, files);
    }

    /** @param barEvery how often the printer bar looks again on its own while the screen is shown */
    PackingScreen(Workbench workbench, UiText text, Background background, javafx.util.Duration barEvery,
                  FileSources files) {
        this.batch = new BatchPrint(workbench, text, background, files);
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        this.sound = new VerdictSound();
        this.pdfAudit = new PdfDropAudit(workbench, text, background, dropResult,
                () -> shown == null ? first.getText().strip() : shown.product().map(s -> s.sku()).orElse(first.getText().strip()));
        this.printerBar = new PrinterStatusBar(workbench, text, background, printer.valueProperty(), barEvery);
        // A label counts as printed once the printer took it, which the bar notices on its rounds.
        this.banner = new VerdictBanner(text);
        this.shownLabel = new ShownLabel(text);
        this.session = new SessionInOrder(workbench::packingSession, this::draw, e -> unexpected(text.failure(e)));
        this.shift = new ShiftStrip(workbench, text, background);
        this.printerBar.afterEachLook(shift::refresh);
        for (Field f : Field.values()) {
            posted.put(f, "");
        }
        build();
    }

    private void build() {
        Label title = new Label(text.get("nav.packing"));
        title.getStyleClass().add("screen-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(16, title, gap, shift.today());
        top.setAlignment(Pos.CENTER_LEFT);


        first.setId("packing-sku");
        order.setId("packing-order");
        tracking.setId("packing-tracking");
        template.setId("packing-template");
        dpi.setId("packing-dpi");
        printer.setId("packing-printer");
        copies.setId("packing-copies");
        copies.setEditable(true);
        copies.setPrefWidth(100);
        for (TextField f : List.of(first, order, tracking)) {
            f.getStyleClass().add("scan-field");
            f.setOnAction(e -> enter(fieldOf(f)));
        }
        template.valueProperty().addListener((obs, old, id) -> {
            if (!drawing && id != null) {
                post(s -> s.chooseTemplate(id));
            }
        });
        printer.valueProperty().addListener((obs, old, name) -> {
            if (!drawing) {
                post(s -> s.choosePrinter(name));
            }
        });
        dpi.setValue(203);
        dpi.valueProperty().addListener((obs, old, d) -> {
            if (!drawing && d != null) {
                post(s -> s.chooseDpi(d));
            }
        });

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, new Label(text.get("packing.sku")), first);
        form.addRow(1, new Label(text.get("packing.order")), order);
        form.addRow(2, new Label(text.get("packing.tracking")), tracking);
        form.addRow(3, new Label(text.get("packing.template")), template);
        printer.setPrefWidth(250);
        form.addRow(4, new Label(text.get("packing.printer")), new HBox(8, printer, dpi));
        form.addRow(5, new Label(text.get("packing.copies")), copies);
        GridPane.setHgrow(first, Priority.ALWAYS);
        template.setMaxWidth(Double.MAX_VALUE);

        Button print = new Button(text.get("packing.print"));
        print.setId("packing-print");
        print.getStyleClass().add("primary");
        print.setOnAction(e -> printNow());
        Button again = new Button(text.get("packing.reprintLast"));
        again.setId("packing-reprint");
        again.setOnAction(e -> reprintLast());
        Button fresh = new Button(text.get("packing.newParcel"));
        fresh.setId("packing-new");
        fresh.setOnAction(e -> clear());
        // Whole words and shortcuts on every button at 1366 px: the row wraps rather than cutting them.
        Button many = new Button(text.get("packing.batch"));
        many.setId("packing-batch");
        many.setOnAction(e -> batchPrint());
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 6, print, again, fresh, many);
        for (Button b : List.of(print, again, fresh, many)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }

        Label latestTitle = new Label(text.get("packing.latest"));
        latestTitle.getStyleClass().add("muted");
        dropResult.setWrapText(true);
        dropResult.setMinHeight(Region.USE_PREF_SIZE);
        dropResult.setId("packing-drop");
        dropResult.setText(text.get("packing.dropPdf"));
        dropResult.getStyleClass().add("muted");
        VBox left = new VBox(8, form, actions, latestTitle, shift.latest(), dropResult);
        left.setMinWidth(470);
        left.setPrefWidth(540);
        left.setMaxWidth(560);
        VBox.setVgrow(shift.latest(), Priority.ALWAYS);

        Node right = shownLabel.node();
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox body = new HBox(20, left, right);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(top, banner, body, printerBar);
        root.getStyleClass().add("screen");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                clear();
                e.consume();
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::printNow);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                        this::reprintLast);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN),
                        this::batchPrint);
            }
        });
        pdfAudit.acceptDropsOn(root);
        draw(null);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        if (!printersRequested) {
            printersRequested = true;
            // The session (templates, last label) is made on the session's own thread, before any scan.
            post(s -> s.state());
        }
        Task<List<String>> printers = new Task<>() {
            @Override
            protected List<String> call() {
                return workbench.printers().all().stream().map(org.packbench.print.PrinterProfile::name).toList();
            }
        };
        printers.setOnSucceeded(e -> {
            String chosen = printer.getValue();
            List<String> names = printers.getValue();
            printer.setItems(FXCollections.observableArrayList(names));
            printer.setValue(chosen != null && names.contains(chosen) ? chosen : names.isEmpty() ? null : names.get(0));
        });
        background.run(printers);
        shift.refresh();
        first.requestFocus();
    }

    /** A scan from a serial scanner, or a wedge scan caught off the fields: it goes where the session asks next. */
    @Override
    public void acceptScan(String scan) {
        TextField target = shown == null ? first : field(shown.focus());
        target.setText(scan);
        target.requestFocus();
        enter(fieldOf(target));
    }

    /** Audits an outside label PDF against the product on the form, as a drop on the screen does. */
    public void auditPdf(java.nio.file.Path pdf) {
        pdfAudit.audit(pdf);
    }

    /** Ctrl+P: fields typed without Enter are scanned first, then the label prints if it is ready. */
    public void printNow() {
        long seen = generation();
        int n = copies.getValue();
        for (Field f : Field.values()) {
            String t = field(f).getText();
            if (!t.isBlank()) {
                posted.put(f, t);
                post(s -> s.typed(f, t, seen));
            }
        }
        post(s -> s.print(n, seen));
    }

    private void enter(Field f) {
        TextField tf = field(f);
        String t = tf.getText();
        boolean fresh = !t.isBlank() && (shown == null || !t.strip().equals(shown.valueOf(f)));
        long seen = generation();
        // Someone typing by hand may fill the fields with the mouse and press Enter once, in the last.
        for (Field other : Field.values()) {
            String typed = field(other).getText();
            if (other != f && !typed.isBlank() && !typed.equals(posted.get(other))
                    && (shown == null || !typed.strip().equals(shown.valueOf(other)))) {
                posted.put(other, typed);
                post(s -> s.typed(other, typed, seen));
            }
        }
        posted.put(f, t);
        if (fresh) {
            // Move on now, not when the session answers: a scanner types the next code at once.
            nextEmptyAfter(f).requestFocus();
        }
        int n = copies.getValue();
        post(s -> s.enter(f, t, n, seen));
    }

    private TextField nextEmptyAfter(Field f) {
        if (f == Field.FIRST && order.getText().isBlank()) {
            return order;
        }
        if (f != Field.TRACKING && tracking.getText().isBlank()) {
            return tracking;
        }
        return field(f);
    }

    private void clear() {
        post(PackingSession::clear);
    }

    /** Ctrl+B: a CSV of parcels printed on the chosen printer, as {@code packbench batch} does. */
    private void batchPrint() {
        String chosen = printer.getValue();
        if (chosen == null) {
            banner.show(Tone.WARN, text.of(Message.of("parcel.noPrinter")), "");
            return;
        }
        batch.start(root.getScene().getWindow(), chosen, () -> {
            shift.refresh();
            printerBar.refresh();
        });
    }

    private void reprintLast() {
        Optional<PackingState.LastLabel> last = shown == null ? Optional.empty() : shown.last();
        String subject = last.map(l -> LabelValues.labelId(l.labelId()) + " · " + l.order()).orElse("—");
        if (last.isEmpty()) {
            post(s -> s.reprintLast(""));
            return;
        }
        ReasonDialog.ask(text, "packing.reprintLast", subject).ifPresent(reason -> post(s -> s.reprintLast(reason)));
    }

    private long generation() {
        return shown == null ? 0 : shown.generation();
    }

    private void post(Function<PackingSession, PackingState> action) {
        session.post(action);
    }

    private void draw(PackingState state) {
        PackingState before = shown;
        shown = state;
        if (state == null) {
            banner.show(Tone.NEUTRAL, text.get("packing.loading"), "");
            return;
        }
        drawing = true;
        try {
            boolean refused = before != null && state.generation() != before.generation();
            for (Field f : Field.values()) {
                TextField tf = field(f);
                String value = state.valueOf(f);
                // A field the packer is typing into keeps what is typed; one handed to the session
                // shows what the session made of it (repaired layout, or empty for the next parcel).
                if (refused || session.settled() && (tf.getText().equals(posted.get(f)) || tf.getText().strip().equals(value))) {
                    if (!tf.getText().equals(value)) {
                        tf.setText(value);
                    }
                    posted.put(f, value);
                }
            }
            if (!template.getItems().equals(state.templates())) {
                template.setItems(FXCollections.observableArrayList(state.templates()));
            }
            template.setValue(state.template().orElse(null));
            template.setDisable(state.templates().isEmpty());
            dpi.setValue(state.dpi());
            dpi.setDisable(state.printer().isPresent());
            shownLabel.draw(state);
            banner.show(state.banner());
            TextField focusNow = focused();
            if (refused || session.settled() && (focusNow == null || focusNow.getText().isEmpty()
                    || focusNow.getText().equals(posted.get(fieldOf(focusNow))))) {
                field(state.focus()).requestFocus();
            }
            signal(before, state);
        } finally {
            drawing = false;
        }
    }

    /** A tone the packer hears without looking: printed, or refused. */
    private void signal(PackingState before, PackingState state) {
        if (before == null) {
            return;
        }
        boolean newlyPrinted = state.stage() == Stage.PRINTED && (before.stage() != Stage.PRINTED
                || !before.labelId().equals(state.labelId()));
        boolean newlyRefused = state.banner().tone() == Tone.REFUSED && !state.banner().equals(before.banner());
        if (newlyPrinted) {
            sound.play(org.packbench.verify.dispatch.Verdict.OK);
            shift.refresh();
            printerBar.refresh();
        } else if (newlyRefused) {
            sound.play(org.packbench.verify.dispatch.Verdict.UNKNOWN);
        }
    }

    private void unexpected(String why) {
        banner.show(Tone.REFUSED, why, "");
        sound.play(org.packbench.verify.dispatch.Verdict.UNKNOWN);
    }

    private TextField field(Field f) {
        return switch (f) {
            case FIRST -> first;
            case ORDER -> order;
            case TRACKING -> tracking;
        };
    }

    private Field fieldOf(TextField tf) {
        return tf == order ? Field.ORDER : tf == tracking ? Field.TRACKING : Field.FIRST;
    }

    private TextField focused() {
        for (TextField tf : List.of(first, order, tracking)) {
            if (tf.isFocused()) {
                return tf;
            }
        }
        return null;
    }

    /** Stops the session's thread (the window is closing). */
    public void close() {
        session.close();
    }
}
