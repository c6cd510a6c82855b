package org.packbench.ui;

import java.awt.image.BufferedImage;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.packbench.app.LabelRequest;
import org.packbench.app.Workbench;
import org.packbench.app.LabelService;
import org.packbench.verify.Finding;
import org.packbench.render.LabelFormat;

/**
 * Упаковка, first version: pick a SKU, type the order and tracking number, and see the label as
 * the printer will receive it: the 1-bit raster at the printer's resolution, enlarged by whole
 * pixels so every dot stays a dot. Along the foot, the chosen printer's state and queue
 * ({@link PrinterStatusBar}), so the packer sees a stopped printer before the next parcel.
 */
public final class PackingScreen implements Screen {
    private final Workbench workbench;
    private final UiText text;
    private final Background background;

    private final VBox root = new VBox(14);
    private final TextField sku = new TextField();
    private final TextField order = new TextField();
    private final TextField tracking = new TextField();
    private final ComboBox<String> template = new ComboBox<>();
    private final ComboBox<Integer> dpi = new ComboBox<>(FXCollections.observableArrayList(203, 300, 600));
    private final ComboBox<String> printer = new ComboBox<>();
    private final javafx.scene.control.Spinner<Integer> copies = new javafx.scene.control.Spinner<>(1, 999, 1);
    private final Label status = new Label();
    private final RasterView preview = new RasterView("packing-image");
    private final PrinterStatusBar printerBar;
    private final PdfDropAudit pdfAudit;
    private boolean templatesRequested;

    public PackingScreen(Workbench workbench, UiText text, Background background) {
        this(workbench, text, background, PrinterStatusBar.EVERY);
    }

    /** @param barEvery how often the printer bar looks again on its own while the screen is shown */
    PackingScreen(Workbench workbench, UiText text, Background background, javafx.util.Duration barEvery) {
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        this.pdfAudit = new PdfDropAudit(workbench, text, background, status, () -> sku.getText().strip());
        this.printerBar = new PrinterStatusBar(workbench, text, background, printer.valueProperty(), barEvery);
        build();
    }

    /** The fields of the last preview that passed, so that Enter on the same label prints it. */
    private String previewedKey = "";
    private boolean previewedPrintable;

    private void build() {
        Label title = new Label(text.get("nav.packing"));
        title.getStyleClass().add("screen-title");
        sku.setId("packing-sku");
        order.setId("packing-order");
        tracking.setId("packing-tracking");
        template.setId("packing-template");
        dpi.setId("packing-dpi");
        dpi.setValue(203);
        for (TextField f : new TextField[] {sku, order, tracking}) {
            f.getStyleClass().add("scan-field");
            f.setOnAction(e -> enter(f));
        }
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label(text.get("packing.sku")), sku);
        form.addRow(1, new Label(text.get("packing.order")), order);
        form.addRow(2, new Label(text.get("packing.tracking")), tracking);
        form.addRow(3, new Label(text.get("packing.template")), template);
        form.addRow(4, new Label(text.get("packing.dpi")), dpi);
        GridPane.setHgrow(sku, Priority.ALWAYS);
        Button show = new Button(text.get("packing.preview"));
        show.setId("packing-preview");
        show.getStyleClass().add("primary");
        show.setOnAction(e -> showPreview());
        form.add(show, 1, 5);
        printer.setId("packing-printer");
        copies.setId("packing-copies");
        copies.setEditable(true);
        copies.setPrefWidth(110);
        Button print = new Button(text.get("packing.print"));
        print.setId("packing-print");
        print.getStyleClass().add("primary");
        print.setOnAction(e -> print());
        form.addRow(6, new Label(text.get("packing.printer")), printer);
        form.addRow(7, new Label(text.get("packing.copies")), copies);
        form.add(print, 1, 8);
        form.setMaxWidth(560);
        form.setMinWidth(460);

        status.setId("packing-status");
        status.setWrapText(true);
        // The whole message, however long: a cut-off check result would hide what to fix.
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(preview.node(), Priority.ALWAYS);
        VBox left = new VBox(12, form, status);
        left.setMaxWidth(560);
        HBox body = new HBox(24, left, preview.node());
        body.setAlignment(Pos.TOP_LEFT);
        VBox.setVgrow(body, Priority.ALWAYS);
        Label dropHint = new Label(text.get("packing.dropPdf"));
        dropHint.getStyleClass().add("muted");
        left.getChildren().add(dropHint);
        root.getChildren().addAll(title, body, printerBar);
        root.getStyleClass().add("screen");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.P,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), this::print);
            }
        });
        pdfAudit.acceptDropsOn(root);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        if (!templatesRequested) {
            templatesRequested = true;
            Task<java.util.List<String>> load = new Task<>() {
                @Override
                protected java.util.List<String> call() {
                    return workbench.labels().templates().forParcels();
                }
            };
            load.setOnSucceeded(e -> {
                template.setItems(FXCollections.observableArrayList(load.getValue()));
                template.getSelectionModel().selectFirst();
            });
            background.run(load);
        }
        Task<java.util.List<String>> printers = new Task<>() {
            @Override
            protected java.util.List<String> call() {
                return workbench.printers().all().stream().map(org.packbench.print.PrinterProfile::name).toList();
            }
        };
        printers.setOnSucceeded(e -> {
            String chosen = printer.getValue();
            printer.setItems(FXCollections.observableArrayList(printers.getValue()));
            printer.setValue(chosen != null && printers.getValue().contains(chosen) ? chosen
                    : printers.getValue().isEmpty() ? null : printers.getValue().get(0));
        });
        background.run(printers);
        sku.requestFocus();
    }

    /**
     * Issues the label in the chosen printer's language and dpi, checked and read back, and queues
     * it; the queue worker delivers it. A refused label is explained and nothing is queued.
     */
    public void print() {
        if (template.getValue() == null || printer.getValue() == null) {
            status.getStyleClass().setAll("label", "status-warn");
            status.setText(text.get(printer.getValue() == null ? "packing.noPrinter" : "packing.noTemplate"));
            return;
        }
        String name = printer.getValue();
        int n = copies.getValue();
        String s = sku.getText().strip();
        String t = template.getValue();
        String o = order.getText().strip();
        String k = tracking.getText().strip();
        Task<org.packbench.app.LabelPrinting.Printed> task = new Task<>() {
            @Override
            protected org.packbench.app.LabelPrinting.Printed call() {
                return workbench.printing().print(name, (format, dots) -> new LabelRequest(s, t, o, k, Optional.empty(),
                        format, dots), n);
            }
        };
        task.setOnSucceeded(e -> {
            var p = task.getValue();
            status.getStyleClass().setAll("label", "status-ok");
            status.setText(text.get("packing.printed", p.label().labelId(), p.job().id(), name, n));
            order.clear();
            tracking.clear();
            sku.requestFocus();
            sku.selectAll();
            printerBar.refresh();
        });
        task.setOnFailed(e -> {
            Throwable x = task.getException();
            status.getStyleClass().setAll("label", "status-error");
            StringBuilder sb = new StringBuilder(text.failure(x));
            if (x instanceof org.packbench.app.LabelRefusedException r) {
                r.label().blocking().forEach(f -> sb.append("\n• ").append(text.of(f.message())));
            }
            status.setText(sb.toString());
            printerBar.refresh();
        });
        background.run(task);
    }

    @Override
    public void acceptScan(String scan) {
        sku.setText(scan);
        skuOrOrder();
    }

    /** Audits an outside label PDF against the SKU in the field, as a drop on the screen does. */
    public void auditPdf(java.nio.file.Path pdf) {
        pdfAudit.audit(pdf);
    }

    /**
     * Enter in a field: a scan ends with Enter, so the first one shows the preview and moves on to
     * the next empty field; Enter again on a label already previewed and passed prints it.
     */
    private void enter(TextField field) {
        if (previewedPrintable && currentKey().equals(previewedKey)) {
            print();
            return;
        }
        // Each scan moves on to the next empty field; the label is previewed, with every check, once
        // the order and the tracking number are there (a preview without them could only complain).
        if (field == sku) {
            skuOrOrder();
        } else if (field != tracking && tracking.getText().isBlank()) {
            tracking.requestFocus();
        } else {
            showPreview();
        }
    }

    /**
     * A scan in the first field is a product or an order: an order imported from the order list
     * fills the order and its tracking number and asks for the product; anything else is taken as
     * the product and the order is asked for next.
     */
    private void skuOrOrder() {
        String code = sku.getText().strip();
        Task<Optional<org.packbench.marketplace.orders.Order>> task = new Task<>() {
            @Override
            protected Optional<org.packbench.marketplace.orders.Order> call() {
                return code.isEmpty() ? Optional.empty() : workbench.orders().find(code);
            }
        };
        task.setOnSucceeded(e -> task.getValue().ifPresentOrElse(o -> {
            order.setText(o.number());
            tracking.setText(o.tracking().orElse(""));
            sku.clear();
            sku.requestFocus();
            status.getStyleClass().setAll("label", "status-ok");
            status.setText(text.get("packing.orderScanned", o.number(), o.tracking().orElse("—")));
        }, () -> {
            if (order.getText().isBlank()) {
                order.requestFocus();
            } else if (tracking.getText().isBlank()) {
                tracking.requestFocus();
            } else {
                showPreview();
            }
        }));
        task.setOnFailed(e -> order.requestFocus());
        background.run(task);
    }

    private String currentKey() {
        return String.join("|", sku.getText().strip(), order.getText().strip(), tracking.getText().strip(),
                String.valueOf(template.getValue()), String.valueOf(dpi.getValue()));
    }

    /** Lays the label out in the background and shows its print raster, or the reason it cannot be made. */
    public void showPreview() {
        previewedPrintable = false;
        String key = currentKey();
        if (template.getValue() == null) {
            status.getStyleClass().removeAll("status-ok", "status-error", "status-warn");
            status.getStyleClass().add("status-warn");
            status.setText(text.get("packing.noTemplate"));
            return;
        }
        LabelRequest request = new LabelRequest(sku.getText().strip(), template.getValue(), order.getText().strip(),
                tracking.getText().strip(), Optional.empty(), LabelFormat.PNG, dpi.getValue());
        status.getStyleClass().removeAll("status-ok", "status-error");
        status.setText(text.get("packing.working"));
        Task<LabelService.Preview> task = new Task<>() {
            @Override
            protected LabelService.Preview call() {
                return workbench.labels().preview(request);
            }
        };
        task.setOnSucceeded(e -> {
            LabelService.Preview result = task.getValue();
            BufferedImage img = result.printRaster();
            preview.show(img);
            java.util.List<Finding> problems = new java.util.ArrayList<>(result.findings());
            problems.addAll(result.readback().findings());
            boolean blocked = problems.stream().anyMatch(Finding::blocks);
            StringBuilder sb = new StringBuilder(text.get(blocked ? "packing.blocked" : "packing.ready",
                    img.getWidth(), img.getHeight(), request.dpi()));
            for (Finding f : problems) {
                sb.append("\n• ").append(text.of(f.message()));
            }
            status.getStyleClass().add(blocked ? "status-error" : problems.isEmpty() ? "status-ok" : "status-warn");
            if (!blocked && !order.getText().isBlank() && !tracking.getText().isBlank()) {
                sb.insert(0, text.get("packing.enterPrints") + "\n");
            }
            status.setText(sb.toString());
            previewedKey = key;
            previewedPrintable = !blocked;
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            status.getStyleClass().add("status-error");
            status.setText(text.failure(t));
            preview.clear();
        });
        background.run(task);
    }
}
