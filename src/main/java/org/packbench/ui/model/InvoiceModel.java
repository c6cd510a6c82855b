package org.packbench.ui.model;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.packbench.app.InvoiceService;
import org.packbench.i18n.Message;

/**
 * "Инвойс (VK)" on Упаковка: the commercial invoice of the order on the form, written into a folder
 * the packer chooses, and said in one status line. The folder is remembered while the window is
 * open, so the next parcel's invoice goes beside the last. The rule is {@link InvoiceService}'s, as
 * for {@code packbench invoice}; this only words it.
 */
public final class InvoiceModel {
    private final Supplier<InvoiceService> invoices;
    private final Supplier<String> order;
    private final UiText text;
    private final Work work;
    private final StatusLine status = new StatusLine();
    private Path folder;

    /** @param order the order the form holds at the moment the button is pressed */
    public InvoiceModel(Supplier<InvoiceService> invoices, Supplier<String> order, UiText text, Work work) {
        this.invoices = invoices;
        this.order = order;
        this.text = text;
        this.work = work;
    }

    public StatusLine status() {
        return status;
    }

    /** The order to write the invoice for; none on the form, and the status line says so. */
    public Optional<String> asked() {
        String number = order.get() == null ? "" : order.get().strip();
        if (number.isEmpty()) {
            status.warn(text.of(Message.of("invoice.noOrder")));
            return Optional.empty();
        }
        return Optional.of(number);
    }

    /** The folder chosen last, where the folder chooser opens. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** Writes the invoice of {@code number} into {@code into}, and remembers that folder. */
    public void write(String number, Path into) {
        folder = into;
        status.plain(text.get("packing.invoice.writing", number));
        work.run(
                () -> invoices.get().write(number, into),
                w -> status.ok(text.get(
                        "packing.invoice.written",
                        number,
                        w.file().getFileName(),
                        w.file().getParent(),
                        w.invoice().lines().size(),
                        w.invoice().totalValueUsd().toPlainString())),
                t -> status.error(text.failure(t)));
    }
}
