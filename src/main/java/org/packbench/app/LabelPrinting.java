package org.packbench.app;

import java.util.Optional;
import java.util.OptionalLong;
import org.packbench.i18n.ProblemException;
import org.packbench.label.template.LabelTemplate;
import org.packbench.print.CalibrationLabel;
import org.packbench.print.PrintJob;
import org.packbench.print.PrintQueue;
import org.packbench.print.PrinterBytes;
import org.packbench.print.PrinterProfile;
import org.packbench.print.PrinterProfiles;

/**
 * Printing a label: issued (checked and logged) in the printer's language and resolution, then
 * queued. It returns once the job is safely in the queue; the worker or a retry delivers it.
 */
public final class LabelPrinting {
    private final LabelService labels;
    private final PrinterProfiles printers;
    private final PrintQueue queue;
    private final UnitOfWork work;

    public LabelPrinting(LabelService labels, PrinterProfiles printers, PrintQueue queue, UnitOfWork work) {
        this.labels = labels;
        this.printers = printers;
        this.queue = queue;
        this.work = work;
    }

    /** What the packer asks to print: an order label, like {@code label render}, on a named printer. */
    public record Request(
            String printer,
            String sku,
            String templateId,
            String order,
            String tracking,
            Optional<String> dac,
            int copies) {}

    public record Printed(RenderedLabel label, PrintJob job) {}

    /**
     * Issues the label and queues it. A template of another size than the stock the profile says is
     * loaded is refused before anything is issued: it would print cut off or misplaced.
     */
    public Printed print(Request r) {
        return print(
                r.printer(),
                (format, dpi) ->
                        new LabelRequest(r.sku(), r.templateId(), r.order(), r.tracking(), r.dac(), format, dpi),
                r.copies());
    }

    /** Issues the label that {@code choice} describes in the printer's format and resolution, and queues it. */
    public Printed print(
            String printerName,
            java.util.function.BiFunction<org.packbench.render.LabelFormat, Integer, LabelRequest> choice,
            int copies) {
        PrinterProfile printer = printer(printerName);
        LabelRequest request = choice.apply(printer.format(), printer.dpi());
        LabelTemplate template = labels.templateFor(request).template();
        if (printer.stock().isPresent() && !printer.stock().get().matches(template.widthMm(), template.heightMm())) {
            throw new ProblemException(
                    "print.stock.mismatch",
                    template.id(),
                    mm(template.widthMm()) + "x" + mm(template.heightMm()),
                    printer.name(),
                    printer.stock().get());
        }
        if (copies < 1 || copies > PrintQueue.MAX_COPIES) {
            throw new ProblemException("print.copies", copies, PrintQueue.MAX_COPIES);
        }
        // The label and its job in one commit: a crash between them would leave a live label that
        // nothing prints and that the parcel can no longer get without a reprint.
        Printed printed = work.inOne(() -> {
            RenderedLabel label = labels.issue(request);
            if (!label.printable()) {
                return new Printed(label, null);
            }
            byte[] bytes = PrinterBytes.ofIssued(label.bytes(), label.document(), printer, copies);
            return new Printed(label, queue.enqueue(printer.name(), OptionalLong.of(label.id()), copies, bytes));
        });
        if (printed.job() == null) {
            throw new LabelRefusedException(printed.label());
        }
        return printed;
    }

    /** Queues the printer's test and calibration label. */
    public PrintJob printTest(String printerName) {
        PrinterProfile printer = printer(printerName);
        return queue.enqueue(
                printer.name(), OptionalLong.empty(), 1, PrinterBytes.of(CalibrationLabel.of(printer), printer, 1));
    }

    private PrinterProfile printer(String name) {
        return printers.find(name).orElseThrow(() -> new ProblemException("print.printer.notFound", name));
    }

    private static String mm(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
