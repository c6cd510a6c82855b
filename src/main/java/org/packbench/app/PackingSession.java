package org.packbench.app;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.packbench.app.PackingState.Banner;
import org.packbench.app.PackingState.Field;
import org.packbench.app.PackingState.LastLabel;
import org.packbench.app.PackingState.Stage;
import org.packbench.app.PackingState.Tone;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.orders.Order;
import org.packbench.marketplace.orders.OrderBook;
import org.packbench.print.PrintJob;
import org.packbench.print.PrintQueue;
import org.packbench.print.PrinterProfile;
import org.packbench.print.PrinterProfiles;
import org.packbench.render.LabelFormat;
import org.packbench.scan.ScanInput;
import org.packbench.verify.Finding;

/**
 * The packer's path at Упаковка as one state machine: scan the product (or the order), the order,
 * the tracking number; each scan is checked as it arrives; the label is previewed exactly as it will
 * print; Enter prints it once. Every rule of that path is decided here, so the screen only shows
 * {@link PackingState}, and a test, a batch or a service can walk the same path.
 *
 * <p>Calls are serialised (each method is synchronized) and meant to come in the order the
 * packer made them: the screen hands them to one background thread in turn. That order is what
 * makes Enter pressed three times print one label: the second and third find the parcel printed.
 */
public final class PackingSession {
    // Order and tracking numbers are Latin letters, digits and a few separators on every
    // marketplace; anything else is a misread or a scan into the wrong field. VK takes at most 60.
    private static final Pattern PARCEL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{2,59}");

    private final LabelService labels;
    private final OrderBook orders;
    private final LabelRecords records;
    private final LabelPrinting printing;
    private final PrinterProfiles printers;
    private final PrintQueue queue;
    private final Optional<String> gsStandIn;

    private long generation;
    private Stage stage = Stage.NEW_PARCEL;
    private String scanned = "";
    private Optional<Sku> product = Optional.empty();
    private Optional<Order> bookedOrder = Optional.empty();
    private String order = "";
    private String tracking = "";
    private List<String> templates = List.of();
    private Optional<String> template = Optional.empty();
    private Optional<String> printer = Optional.empty();
    private int dpi = 203;
    private Optional<BufferedImage> raster = Optional.empty();
    private String labelId = "";
    private Banner banner = Banner.of(Tone.NEUTRAL, Message.of("parcel.scanFirst"));
    private Field focus = Field.FIRST;
    private Optional<LastLabel> last;
    // The packer's last template choice per marketplace, so the next VK parcel gets it again.
    private final Map<Marketplace, String> chosenTemplate = new HashMap<>();

    public PackingSession(LabelService labels, OrderBook orders, LabelRecords records, LabelPrinting printing,
                          PrinterProfiles printers, PrintQueue queue, Optional<String> gsStandIn,
                          Optional<LastLabel> last) {
        this.labels = labels;
        this.orders = orders;
        this.records = records;
        this.printing = printing;
        this.printers = printers;
        this.queue = queue;
        this.gsStandIn = gsStandIn.filter(s -> !s.isEmpty());
        this.last = last;
    }

    public synchronized PackingState state() {
        return new PackingState(generation, stage, scanned, product, order, tracking, templates, template, printer, dpi,
                raster, labelId, banner, focus, last);
    }

    /**
     * Enter in a field. New text is a scan and is checked at once; Enter again on what the session
     * already holds prints a label that is ready, and says "already printed" for one that is.
     *
     * @param seen the generation the screen showed when the packer typed this
     */
    public synchronized PackingState enter(Field field, String text, int copies, long seen) {
        if (seen < generation) {
            return state();
        }
        String typed = text == null ? "" : text.strip();
        if (isNew(field, typed)) {
            scan(field, typed);
            return state();
        }
        return confirm(copies);
    }

    /**
     * Text the packer typed into a field without Enter (then pressed Ctrl+P): checked like a scan
     * when it is new, and nothing happens when the session holds it already.
     */
    public synchronized PackingState typed(Field field, String text, long seen) {
        String typed = text == null ? "" : text.strip();
        if (seen >= generation && !typed.isEmpty() && isNew(field, typed)) {
            scan(field, typed);
        }
        return state();
    }

    /** Ctrl+P or the Печать button: prints a ready label, and otherwise says what is missing. */
    public synchronized PackingState print(int copies, long seen) {
        if (seen < generation) {
            return state();
        }
        return confirm(copies);
    }

    /**
     * Whether Enter brings something the session does not hold. After printing, the printed
     * parcel's order or tracking number typed again (Enter pressed while the form was still
     * showing it) is the same parcel, not a new one.
     */
    private boolean isNew(Field field, String typed) {
        if (typed.isEmpty() || typed.equals(valueOf(field))) {
            return false;
        }
        return !(stage == Stage.PRINTED && typed.equals(printedValue(field)));
    }

    private void scan(Field field, String typed) {
        switch (field) {
            case FIRST -> scanFirst(typed);
            case ORDER -> scanOrder(typed);
            case TRACKING -> scanTracking(typed);
        }
    }

    /** Esc: the parcel is dropped, nothing of it is kept on the form. */
    public synchronized PackingState clear() {
        reset(Banner.of(Tone.NEUTRAL, Message.of("parcel.scanFirst")));
        generation++;
        return state();
    }

    public synchronized PackingState chooseTemplate(String id) {
        if (id == null || template.filter(id::equals).isPresent()) {
            return state();
        }
        if (!templates.contains(id)) {
            // The choice list holds only the product's family; anything else is a stale click.
            banner = Banner.of(Tone.WARN, Message.of("parcel.templateNotForProduct", id));
            return state();
        }
        template = Optional.of(id);
        product.ifPresent(p -> chosenTemplate.put(p.marketplace(), id));
        return changed();
    }

    public synchronized PackingState choosePrinter(String name) {
        Optional<String> next = Optional.ofNullable(name).filter(n -> !n.isBlank());
        if (next.equals(printer)) {
            return state();
        }
        printer = next;
        printer.flatMap(printers::find).ifPresent(p -> dpi = p.dpi());
        return changed();
    }

    /** A resolution for the preview; a chosen printer's own resolution wins, as that is what it prints at. */
    public synchronized PackingState chooseDpi(int asked) {
        int next = printer.flatMap(printers::find).map(PrinterProfile::dpi).orElse(asked);
        if (next == dpi) {
            return state();
        }
        dpi = next;
        return changed();
    }

    /**
     * "Повторить последнюю": the last label this bench printed goes to the printer again as the same
     * label, with the packer's reason in the log (a torn or jammed label, not a new parcel).
     */
    public synchronized PackingState reprintLast(String reason) {
        if (last.isEmpty()) {
            banner = Banner.of(Tone.WARN, Message.of("parcel.nothingToReprint"));
            return state();
        }
        try {
            PrintJob job = queue.reprint(last.get().jobId(), reason);
            LastLabel l = last.get();
            last = Optional.of(new LastLabel(l.labelId(), job.id(), l.order(), l.tracking(), l.sku(), job.printer()));
            banner = Banner.of(Tone.OK, Message.of("parcel.reprinted", LabelValues.labelId(l.labelId()), job.id(),
                    job.printer()));
        } catch (ProblemException e) {
            banner = Banner.of(Tone.WARN, e.problem());
        }
        return state();
    }

    // ---- scans ----

    private void scanFirst(String raw) {
        String code = repair(raw, c -> labels.find(c).isPresent() || orders.find(c).isPresent());
        Optional<Sku> sku = labels.find(code);
        if (sku.isPresent()) {
            takeProduct(code, sku.get());
            return;
        }
        Optional<Order> booked = orders.find(code);
        if (booked.isPresent()) {
            if (stage == Stage.PRINTED || product.isPresent() && !order.isEmpty()) {
                startParcel();
            }
            takeOrder(booked.get().number(), booked);
            if (stage != Stage.NEW_PARCEL && booked.get().tracking().filter(t -> !t.isBlank()).isPresent()
                    && tracking.isEmpty()) {
                takeTracking(booked.get().tracking().get());
            }
            if (product.isEmpty() && stage == Stage.COLLECTING) {
                focus = Field.FIRST;
                banner = Banner.of(Tone.OK, Message.of("parcel.orderScanned", order,
                        tracking.isEmpty() ? "—" : tracking, market(booked.get().marketplace())));
            }
            return;
        }
        refuse(Message.of("parcel.unknownFirst", quote(code)));
    }

    private void takeProduct(String code, Sku sku) {
        // A product scanned while a product is already on the form starts the next parcel: the
        // previous order and tracking number must not follow it onto another parcel's label.
        if (stage == Stage.PRINTED || product.isPresent()) {
            startParcel();
        }
        if (bookedOrder.isPresent() && bookedOrder.get().marketplace() != sku.marketplace()) {
            refuse(Message.of("parcel.orderOtherMarketplace", bookedOrder.get().number(),
                    market(bookedOrder.get().marketplace()), sku.sku(), market(sku.marketplace())));
            return;
        }
        List<String> family = labels.templates().forProduct(sku.marketplace());
        if (family.isEmpty()) {
            refuse(Message.of("parcel.noTemplateFor", sku.sku(), market(sku.marketplace())));
            return;
        }
        scanned = code;
        product = Optional.of(sku);
        templates = family;
        String remembered = chosenTemplate.get(sku.marketplace());
        template = Optional.of(remembered != null && family.contains(remembered) ? remembered : family.get(0));
        stage = Stage.COLLECTING;
        clearPreview();
        banner = Banner.of(Tone.OK, Message.of("parcel.product", sku.nameRu(), market(sku.marketplace()),
                sku.netWeightG(), sku.sku()));
        advance();
    }

    private void scanOrder(String raw) {
        String code = repair(raw, c -> PARCEL_CODE.matcher(c).matches());
        if (!PARCEL_CODE.matcher(code).matches()) {
            refuse(Message.of("parcel.orderFormat", quote(code)));
            return;
        }
        if (labels.find(code).isPresent()) {
            refuse(Message.of("parcel.productInOrderField", code));
            return;
        }
        if (stage == Stage.PRINTED) {
            startParcel();
        }
        takeOrder(code, orders.find(code));
    }

    private void takeOrder(String code, Optional<Order> booked) {
        Optional<LabelRecords.LiveLabel> live = records.liveLabel(code);
        if (live.isPresent()) {
            refuse(Message.of("parcel.orderAlreadyPrinted", code, LabelValues.labelId(live.get().id()),
                    live.get().tracking()));
            return;
        }
        if (booked.isPresent() && product.isPresent() && booked.get().marketplace() != product.get().marketplace()) {
            refuse(Message.of("parcel.orderOtherMarketplace", code, market(booked.get().marketplace()),
                    product.get().sku(), market(product.get().marketplace())));
            return;
        }
        order = code;
        bookedOrder = booked;
        if (!tracking.isEmpty()) {
            // The tracking number was checked against the order it came with; check it again against this one.
            String t = tracking;
            tracking = "";
            takeTracking(t);
            return;
        }
        stage = Stage.COLLECTING;
        clearPreview();
        banner = Banner.of(Tone.OK, Message.of("parcel.orderTaken", code));
        advance();
    }

    private void scanTracking(String raw) {
        String code = repair(raw, c -> PARCEL_CODE.matcher(c).matches());
        if (stage == Stage.PRINTED) {
            startParcel();
        }
        takeTracking(code);
    }

    private void takeTracking(String code) {
        if (!PARCEL_CODE.matcher(code).matches()) {
            refuse(Message.of("parcel.trackingFormat", quote(code)));
            return;
        }
        if (code.equals(order)) {
            refuse(Message.of("parcel.trackingIsOrder", code));
            return;
        }
        if (labels.find(code).isPresent()) {
            refuse(Message.of("parcel.productInTrackingField", code));
            return;
        }
        if (!order.isEmpty()) {
            Optional<String> owner = records.trackingOwner(code, order);
            if (owner.isPresent()) {
                refuse(Message.of("tracking.reused", code, owner.get()));
                return;
            }
            Optional<String> registered = records.trackingOf(order);
            if (registered.isPresent() && !registered.get().equals(code)) {
                refuse(Message.of("order.otherTracking", order, registered.get()));
                return;
            }
        }
        tracking = code;
        stage = Stage.COLLECTING;
        clearPreview();
        banner = Banner.of(Tone.OK, Message.of("parcel.trackingTaken", code));
        advance();
    }

    /** Asks for what is missing next, or previews the label once everything is there. */
    private void advance() {
        if (product.isEmpty()) {
            focus = Field.FIRST;
        } else if (order.isEmpty()) {
            focus = Field.ORDER;
        } else if (tracking.isEmpty()) {
            focus = Field.TRACKING;
        } else {
            focus = Field.TRACKING;
            preview();
        }
    }

    private void preview() {
        try {
            LabelService.Preview p = labels.preview(request(LabelFormat.PNG, dpi));
            List<Finding> problems = new ArrayList<>(p.findings());
            problems.addAll(p.readback().findings());
            boolean blocked = problems.stream().anyMatch(Finding::blocks);
            raster = Optional.of(p.printRaster());
            labelId = p.labelId();
            List<Message> details = problems.stream().map(Finding::message).toList();
            if (blocked) {
                stage = Stage.BLOCKED;
                focus = Field.FIRST;
                banner = new Banner(Tone.REFUSED, Message.of("parcel.doNotPrint"), details);
            } else {
                stage = Stage.READY;
                Message headline = printer.isEmpty() ? Message.of("parcel.readyNoPrinter")
                        : Message.of("parcel.readyEnter", printer.get());
                banner = new Banner(problems.isEmpty() ? Tone.OK : Tone.WARN, headline, details);
            }
        } catch (ProblemException e) {
            refuse(e.problem());
        }
    }

    private PackingState confirm(int copies) {
        switch (stage) {
            case PRINTED -> banner = Banner.of(Tone.OK, Message.of("parcel.alreadyPrinted",
                    last.map(l -> LabelValues.labelId(l.labelId())).orElse(labelId),
                    last.map(LastLabel::order).orElse("")));
            case BLOCKED -> banner = new Banner(Tone.REFUSED, Message.of("parcel.doNotPrint"), banner.details());
            case READY -> issue(copies);
            case NEW_PARCEL -> banner = Banner.of(Tone.NEUTRAL, Message.of("parcel.scanFirst"));
            case COLLECTING -> banner = Banner.of(Tone.WARN, Message.of(product.isEmpty() ? "parcel.needProduct"
                    : order.isEmpty() ? "parcel.needOrder" : "parcel.needTracking"));
        }
        return state();
    }

    private void issue(int copies) {
        if (printer.isEmpty()) {
            banner = Banner.of(Tone.WARN, Message.of("parcel.noPrinter"));
            return;
        }
        try {
            LabelPrinting.Printed p = printing.print(printer.get(), this::request, copies);
            RenderedLabel label = p.label();
            last = Optional.of(new LastLabel(label.id(), p.job().id(), order, tracking,
                    product.map(Sku::sku).orElse(""), p.job().printer()));
            String printedOrder = order;
            // The form is empty for the next parcel; the printed label stays on show until then.
            startParcel();
            raster = Optional.of(label.printRaster());
            labelId = label.labelId();
            stage = Stage.PRINTED;
            List<Message> warnings = label.warnings().stream().map(Finding::message).toList();
            banner = new Banner(Tone.OK, Message.of("parcel.printed", label.labelId(), printedOrder, p.job().id(),
                    p.job().printer(), copies), warnings);
        } catch (LabelRefusedException e) {
            stage = Stage.BLOCKED;
            focus = Field.FIRST;
            raster = Optional.ofNullable(e.label().printRaster());
            banner = new Banner(Tone.REFUSED, Message.of("parcel.doNotPrint"),
                    e.label().blocking().stream().map(Finding::message).toList());
        } catch (ProblemException e) {
            if (setupProblem(e.problem().key())) {
                banner = Banner.of(Tone.WARN, e.problem());
            } else {
                refuse(e.problem());
            }
        }
    }

    // A problem with the bench, not the parcel: the parcel stays on the form while it is fixed.
    private static boolean setupProblem(String key) {
        return key.startsWith("print.stock") || key.startsWith("print.printer") || key.equals("print.copies")
                || key.startsWith("dac.");
    }

    private LabelRequest request(LabelFormat format, int atDpi) {
        return new LabelRequest(product.map(Sku::sku).orElse(""), template.orElse(""), order, tracking,
                Optional.empty(), format, atDpi);
    }

    // ---- state changes ----

    /** Template, printer or resolution changed: what was shown is no longer what would print. */
    private PackingState changed() {
        if (stage == Stage.READY || stage == Stage.BLOCKED) {
            clearPreview();
            stage = Stage.COLLECTING;
            advance();
        }
        return state();
    }

    private void refuse(Message why) {
        reset(Banner.of(Tone.REFUSED, why));
        generation++;
    }

    private void reset(Banner next) {
        startParcel();
        stage = Stage.NEW_PARCEL;
        banner = next;
    }

    /** A new parcel: the product, order and tracking number of the last one are gone. */
    private void startParcel() {
        stage = Stage.NEW_PARCEL;
        scanned = "";
        product = Optional.empty();
        bookedOrder = Optional.empty();
        order = "";
        tracking = "";
        templates = List.of();
        template = Optional.empty();
        focus = Field.FIRST;
        clearPreview();
    }

    private void clearPreview() {
        raster = Optional.empty();
        labelId = "";
    }

    private String valueOf(Field field) {
        return switch (field) {
            case FIRST -> scanned;
            case ORDER -> order;
            case TRACKING -> tracking;
        };
    }

    // The product field is left out: the next parcel is often the same product, scanned anew.
    private String printedValue(Field field) {
        return last.map(l -> switch (field) {
            case FIRST -> "";
            case ORDER -> l.order();
            case TRACKING -> l.tracking();
        }).orElse("");
    }

    /** The same repair Отгрузка makes: a GS stand-in restored, a Russian-layout scan mapped back when that reads. */
    private String repair(String raw, java.util.function.Predicate<String> valid) {
        return new ScanInput(gsStandIn, valid).read(raw).strip();
    }

    /** The marketplace's name in the reader's language ("VK", "Ozon", "другой"). */
    private static Message market(Marketplace m) {
        return Message.of("marketplace." + m.code());
    }

    // A scan is quoted back to the packer, but a garbled one can be long: 60 characters say enough.
    private static String quote(String code) {
        return code.length() <= 60 ? code : code.substring(0, 57) + "…";
    }
}
