package org.packbench.app;

import static org.packbench.app.ParcelChecks.market;
import static org.packbench.app.ParcelChecks.quote;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final LabelService labels;
    private final OrderBook orders;
    private final LabelRecords records;
    private final LabelPrinting printing;
    private final PrinterProfiles printers;
    private final PrintQueue queue;
    private final ParcelChecks checks;
    private final PostingPacking postings;

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
    /** An Ozon posting being packed item by item, when a posting number was scanned. */
    private Optional<PostingAtBench> posting = Optional.empty();
    // The packer's last template choice per marketplace, so the next VK parcel gets it again.
    private final Map<Marketplace, String> chosenTemplate = new HashMap<>();

    public PackingSession(
            LabelService labels,
            OrderBook orders,
            LabelRecords records,
            LabelPrinting printing,
            PrinterProfiles printers,
            PrintQueue queue,
            Optional<String> gsStandIn,
            Optional<LastLabel> last,
            PostingPacking postings) {
        this.labels = labels;
        this.orders = orders;
        this.records = records;
        this.printing = printing;
        this.printers = printers;
        this.queue = queue;
        this.checks = new ParcelChecks(labels::find, records, gsStandIn);
        this.last = last;
        this.postings = postings;
    }

    public synchronized PackingState state() {
        return new PackingState(
                generation,
                stage,
                scanned,
                product,
                order,
                tracking,
                templates,
                template,
                printer,
                dpi,
                raster,
                labelId,
                banner,
                focus,
                last,
                posting.map(PostingAtBench::progress));
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
        // A posting on the form has only items to scan, whichever field the scan landed in: the
        // cursor may still be where the form guessed before the posting's answer came.
        if (posting.isPresent() && stage != Stage.PRINTED) {
            scanFirst(typed);
            return;
        }
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
        dpi = printer.flatMap(printers::find).map(PrinterProfile::dpi).orElse(dpi);
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
            banner = Banner.of(
                    Tone.OK, Message.of("parcel.reprinted", LabelValues.labelId(l.labelId()), job.id(), job.printer()));
        } catch (ProblemException e) {
            banner = Banner.of(Tone.WARN, e.problem());
        }
        return state();
    }

    // ---- scans ----

    private void scanFirst(String raw) {
        String code = checks.repaired(
                raw, c -> labels.find(c).isPresent() || orders.find(c).isPresent());
        boolean counting = posting.isPresent() && stage != Stage.PRINTED;
        // A product is looked up first, as before postings existed: the packer's everyday scan
        // costs no look at the order book. While a posting is counted, its items are not products
        // on a form of their own.
        Optional<Sku> sku = counting ? Optional.empty() : labels.find(code);
        if (sku.isPresent()) {
            takeProduct(code, sku.get());
            return;
        }
        Optional<Order> booked = orders.find(code);
        if (isPosting(booked)) {
            takePosting(code);
            return;
        }
        if (counting) {
            took(posting.get().scan(code, printer));
            return;
        }
        if (booked.isPresent()) {
            if (stage == Stage.PRINTED || product.isPresent() && !order.isEmpty()) {
                startParcel();
            }
            takeOrder(booked.get().number(), booked);
            if (stage != Stage.NEW_PARCEL
                    && booked.get().tracking().filter(t -> !t.isBlank()).isPresent()
                    && tracking.isEmpty()) {
                takeTracking(booked.get().tracking().get());
            }
            if (product.isEmpty() && stage == Stage.COLLECTING) {
                focus = Field.FIRST;
                banner = Banner.of(
                        Tone.OK,
                        Message.of(
                                "parcel.orderScanned",
                                order,
                                tracking.isEmpty() ? "—" : tracking,
                                market(booked.get().marketplace())));
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
        Optional<Message> mismatch = bookedOrder.flatMap(o -> checks.marketplaceRefusal(o, sku));
        if (mismatch.isPresent()) {
            refuse(mismatch.get());
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
        collected(Message.of("parcel.product", sku.nameRu(), market(sku.marketplace()), sku.netWeightG(), sku.sku()));
    }

    private void scanOrder(String raw) {
        String code = checks.repairedParcelCode(raw);
        Optional<Order> booked = orders.find(code);
        if (isPosting(booked)) {
            takePosting(code);
            return;
        }
        if (stage == Stage.PRINTED) {
            startParcel();
        }
        takeOrder(code, booked);
    }

    private void takeOrder(String code, Optional<Order> booked) {
        Optional<Message> refusal = checks.orderRefusal(code, booked, product);
        if (refusal.isPresent()) {
            refuse(refusal.get());
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
        collected(Message.of("parcel.orderTaken", code));
    }

    private void scanTracking(String raw) {
        String code = checks.repairedParcelCode(raw);
        if (stage == Stage.PRINTED) {
            startParcel();
        }
        takeTracking(code);
    }

    private void takeTracking(String code) {
        Optional<Message> refusal = checks.trackingRefusal(code, order);
        if (refusal.isPresent()) {
            refuse(refusal.get());
            return;
        }
        tracking = code;
        collected(Message.of("parcel.trackingTaken", code));
    }

    /** A scan was taken: the shown label is out of date, and the next missing piece is asked for. */
    private void collected(Message said) {
        stage = Stage.COLLECTING;
        clearPreview();
        banner = Banner.of(Tone.OK, said);
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
                Message headline = printer.isEmpty()
                        ? Message.of("parcel.readyNoPrinter")
                        : Message.of("parcel.readyEnter", printer.get());
                banner = new Banner(problems.isEmpty() ? Tone.OK : Tone.WARN, headline, details);
            }
        } catch (ProblemException e) {
            refuse(e.problem());
        }
    }

    private PackingState confirm(int copies) {
        switch (stage) {
            case PRINTED -> banner = posting.isPresent()
                    ? Banner.of(
                            Tone.OK,
                            Message.of(
                                    "parcel.posting.alreadyPacked",
                                    posting.get().number()))
                    : Banner.of(
                            Tone.OK,
                            Message.of(
                                    "parcel.alreadyPrinted",
                                    last.map(l -> LabelValues.labelId(l.labelId()))
                                            .orElse(labelId),
                                    last.map(LastLabel::order).orElse("")));
            case BLOCKED -> banner = new Banner(Tone.REFUSED, Message.of("parcel.doNotPrint"), banner.details());
            case READY -> {
                if (posting.isPresent()) {
                    if (printer.isEmpty()) {
                        banner = Banner.of(Tone.WARN, Message.of("parcel.noPrinter"));
                    } else {
                        took(posting.get().pack(printer.get()));
                    }
                } else {
                    issue(copies);
                }
            }
            case NEW_PARCEL -> banner = Banner.of(Tone.NEUTRAL, Message.of("parcel.scanFirst"));
            case COLLECTING -> banner = Banner.of(
                    Tone.WARN,
                    Message.of(
                            product.isEmpty()
                                    ? "parcel.needProduct"
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
            last = Optional.of(new LastLabel(
                    label.id(),
                    p.job().id(),
                    order,
                    tracking,
                    product.map(Sku::sku).orElse(""),
                    p.job().printer()));
            String printedOrder = order;
            // The form is empty for the next parcel; the printed label stays on show until then.
            startParcel();
            raster = Optional.of(label.printRaster());
            labelId = label.labelId();
            stage = Stage.PRINTED;
            List<Message> warnings =
                    label.warnings().stream().map(Finding::message).toList();
            banner = new Banner(
                    Tone.OK,
                    Message.of(
                            "parcel.printed",
                            label.labelId(),
                            printedOrder,
                            p.job().id(),
                            p.job().printer(),
                            copies),
                    warnings);
        } catch (LabelRefusedException e) {
            stage = Stage.BLOCKED;
            focus = Field.FIRST;
            raster = Optional.ofNullable(e.label().printRaster());
            banner = new Banner(
                    Tone.REFUSED,
                    Message.of("parcel.doNotPrint"),
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
        return key.startsWith("print.stock")
                || key.startsWith("print.printer")
                || key.equals("print.copies")
                || key.startsWith("dac.");
    }

    private LabelRequest request(LabelFormat format, int atDpi) {
        return new LabelRequest(
                product.map(Sku::sku).orElse(""),
                template.orElse(""),
                order,
                tracking,
                Optional.empty(),
                format,
                atDpi);
    }

    // ---- an Ozon posting, item by item ----

    /** Only an Ozon order can be a synced posting: anything else is not asked about. */
    private boolean isPosting(Optional<Order> booked) {
        return booked.filter(o -> o.marketplace() == Marketplace.OZON)
                .map(o -> postings.isPosting(o.number()))
                .orElse(false);
    }

    private void takePosting(String number) {
        try {
            PostingAtBench.Step step = PostingAtBench.open(postings, labels, number);
            startParcel();
            order = number;
            stage = Stage.COLLECTING;
            took(step);
        } catch (ProblemException e) {
            refuse(e.problem());
        }
    }

    private void took(PostingAtBench.Step step) {
        posting = Optional.of(step.posting());
        banner = step.banner();
        focus = Field.FIRST;
        if (step.refused()) {
            generation++;
        }
        stage = step.packed() ? Stage.PRINTED : step.complete() ? Stage.READY : Stage.COLLECTING;
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
        posting = Optional.empty();
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
                })
                .orElse("");
    }
}
