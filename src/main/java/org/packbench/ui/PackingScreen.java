package org.packbench.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.packbench.app.LabelPdfAudit;
import org.packbench.app.PackingState.Field;
import org.packbench.app.Workbench;
import org.packbench.ui.model.BannerText;
import org.packbench.ui.model.InvoiceModel;
import org.packbench.ui.model.PackingModel;
import org.packbench.ui.model.PdfDropModel;
import org.packbench.ui.model.ShiftModel;
import org.packbench.ui.model.UiText;
import org.packbench.verify.dispatch.Verdict;

/**
 * Упаковка: the packer scans the product (or the order), the order and the tracking number, sees
 * the label exactly as it will print, and prints it with Enter. Every decision is the
 * {@link PackingModel}'s and, behind it, the session's; this screen lays out the form, forwards
 * the packer's keys and moves the cursor where the model says.
 */
public final class PackingScreen implements Screen {
    private final UiText text;
    private final VerdictSound sound = new VerdictSound();
    private final PackingModel model;
    private final ShiftModel shiftModel;

    private final VBox root = new VBox(10);
    private final TextField first = new TextField();
    private final TextField order = new TextField();
    private final TextField tracking = new TextField();
    private final ComboBox<String> template = new ComboBox<>();
    private final ComboBox<Integer> dpi = new ComboBox<>(FXCollections.observableArrayList(PackingModel.DPIS));
    private final ComboBox<String> printer = new ComboBox<>();
    private final Spinner<Integer> copies = new Spinner<>(1, 999, 1);
    private final VerdictBanner banner;
    private final ShownLabel shownLabel;
    private final ShiftStrip shift;
    private final PrinterStatusBar printerBar;
    private final PdfDropAudit pdfAudit;
    private final BatchPrint batch;
    private final InvoiceModel invoice;

    public PackingScreen(Workbench workbench, UiText text, Background background, FileSources files) {
        this(workbench, text, background, PrinterStatusBar.EVERY, files);
    }

    /** @param barEvery how often the printer bar looks again on its own while the screen is shown */
    PackingScreen(
            Workbench workbench, UiText text, Background background, javafx.util.Duration barEvery, FileSources files) {
        this.text = text;
        this.shiftModel = new ShiftModel(workbench.shift(), workbench.clock().getZone(), text, background);
        this.model = new PackingModel(
                workbench::packingSession, workbench.printers(), shiftModel, text, background, Platform::runLater);
        this.batch = new BatchPrint(workbench, text, background, files);
        this.invoice = new InvoiceModel(workbench::invoices, model::orderForInvoice, text, background);
        this.pdfAudit = new PdfDropAudit(
                new PdfDropModel(new LabelPdfAudit(workbench.catalog()), model::skuForAudit, text, background));
        this.printerBar = new PrinterStatusBar(workbench, text, background, printer.valueProperty(), barEvery);
        // A label counts as printed once the printer took it, which the bar notices on its rounds.
        this.printerBar.afterEachLook(shiftModel::refresh);
        this.banner = new VerdictBanner();
        this.shownLabel = new ShownLabel(text, model.labelProperty());
        this.shift = new ShiftStrip(shiftModel);
        bind();
        build();
    }

    private void build() {
        Node right = shownLabel.node();
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(20, left(), right);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(top(), banner, body, printerBar);
        root.getStyleClass().add("screen");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.clear();
                e.consume();
            }
        });
        shortcuts();
        pdfAudit.acceptDropsOn(root);
    }

    /** The controls follow the model, and the packer's choices go back to it. */
    private void bind() {
        for (Field f : Field.values()) {
            TextField tf = field(f);
            tf.textProperty().bindBidirectional(model.field(f));
            tf.setOnAction(e -> model.enter(f));
            tf.focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    model.focusedProperty().set(f);
                } else if (model.focusedProperty().get() == f) {
                    model.focusedProperty().set(null);
                }
            });
        }
        model.templatesProperty()
                .addListener((o, was, now) -> template.setItems(FXCollections.observableArrayList(now)));
        template.valueProperty().bindBidirectional(model.templateProperty());
        template.disableProperty().bind(model.templateLockedProperty());
        model.printersProperty().addListener((o, was, now) -> printer.setItems(FXCollections.observableArrayList(now)));
        printer.valueProperty().bindBidirectional(model.printerProperty());
        dpi.valueProperty().bindBidirectional(model.dpiProperty());
        dpi.disableProperty().bind(model.dpiLockedProperty());
        copies.getValueFactory().valueProperty().bindBidirectional(model.copiesProperty());
        // Shown at every answer, even one equal to the last, as the session said it again.
        model.bannerProperty().addListener((Observable o) -> showBanner());
        showBanner();
        model.cues(cues());
    }

    /** What the model asks of the window at a moment: the cursor, a sound, a look at the printer. */
    private PackingModel.Cues cues() {
        return new PackingModel.Cues() {
            @Override
            public void focus(Field f) {
                field(f).requestFocus();
            }

            @Override
            public void sound(Verdict verdict) {
                sound.play(verdict);
            }

            @Override
            public void printed() {
                printerBar.refresh();
            }
        };
    }

    private Node top() {
        Label title = new Label(text.get("nav.packing"));
        title.getStyleClass().add("screen-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(16, title, gap, shift.today());
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    private Node left() {
        Label latestTitle = new Label(text.get("packing.latest"));
        latestTitle.getStyleClass().add("muted");
        Label invoiced = StatusLabel.of(invoice.status(), "packing-invoice-status");
        // Shown once there is something to say, so the form does not move for an empty line.
        invoiced.visibleProperty().bind(invoice.status().textProperty().isNotEmpty());
        invoiced.managedProperty().bind(invoiced.visibleProperty());
        VBox left = new VBox(8, form(), actions(), invoiced, latestTitle, shift.latest(), pdfAudit.result());
        left.setMinWidth(470);
        left.setPrefWidth(540);
        left.setMaxWidth(560);
        VBox.setVgrow(shift.latest(), Priority.ALWAYS);
        return left;
    }

    private Node form() {
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
        }
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
        return form;
    }

    private Node actions() {
        Button print = button("packing.print", "packing-print", this::printNow);
        print.getStyleClass().add("primary");
        Button again = button("packing.reprintLast", "packing-reprint", this::reprintLast);
        Button fresh = button("packing.newParcel", "packing-new", model::clear);
        Button many = button("packing.batch", "packing-batch", this::batchPrint);
        Button customs = button("packing.invoice", "packing-invoice", this::writeInvoice);
        // Whole words and shortcuts on every button at 1366 px: the row wraps rather than cutting them.
        for (Button b : List.of(print, again, fresh, many, customs)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new FlowPane(8, 6, print, again, fresh, many, customs);
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(text.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void shortcuts() {
        ScreenKeys.of(root)
                .on(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::printNow)
                .on(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::reprintLast)
                .on(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), this::batchPrint)
                .on(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::writeInvoice);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        model.shown();
        first.requestFocus();
    }

    /** A scan from a serial scanner, or a wedge scan caught off the fields: it goes where the session asks next. */
    @Override
    public void acceptScan(String scan) {
        model.scanned(scan);
    }

    /** Audits an outside label PDF against the product on the form, as a drop on the screen does. */
    public void auditPdf(Path pdf) {
        pdfAudit.audit(pdf);
    }

    /** Ctrl+P: fields typed without Enter are scanned first, then the label prints if it is ready. */
    public void printNow() {
        model.printNow();
    }

    /** Ctrl+B: a CSV of parcels printed on the chosen printer, as {@code packbench batch} does. */
    private void batchPrint() {
        model.batchPrinter().ifPresent(chosen -> batch.start(root.getScene().getWindow(), chosen, model::batchDone));
    }

    /** "Инвойс (VK)": the order's customs invoice, into a folder the packer picks (the last one offered first). */
    private void writeInvoice() {
        invoice.asked().ifPresent(number -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(text.get("packing.invoice.choose", number));
            // The last folder, else the home folder: GTK's empty "Recent" view has nothing to choose.
            invoice.folder()
                    .filter(java.nio.file.Files::isDirectory)
                    .or(() -> java.util.Optional.of(java.nio.file.Path.of(System.getProperty("user.home"))))
                    .filter(java.nio.file.Files::isDirectory)
                    .ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
            java.io.File chosen = chooser.showDialog(root.getScene().getWindow());
            if (chosen != null) {
                invoice.write(number, chosen.toPath());
            }
        });
    }

    /** Ctrl+R: the last label again, once the packer said why. */
    private void reprintLast() {
        model.reprintAsked().ifPresent(subject -> ReasonDialog.ask(text, "packing.reprintLast", subject)
                .ifPresent(model::reprintLast));
    }

    private void showBanner() {
        BannerText b = model.bannerProperty().get();
        banner.show(b.tone(), b.headline(), b.details());
    }

    private TextField field(Field f) {
        return switch (f) {
            case FIRST -> first;
            case ORDER -> order;
            case TRACKING -> tracking;
        };
    }

    /** Stops the session's thread (the window is closing). */
    public void close() {
        model.close();
    }
}
