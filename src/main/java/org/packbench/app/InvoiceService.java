package org.packbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.catalog.CatalogRepository;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.i18n.ProblemException;
import org.packbench.journal.ExportFileName;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.orders.Order;
import org.packbench.marketplace.orders.OrderBook;
import org.packbench.marketplace.orders.OrderLine;
import org.packbench.marketplace.orders.RemoteOrder;
import org.packbench.marketplace.vk.CustomsInvoice;
import org.packbench.report.InvoicePdf;

/**
 * The commercial invoice of a VK cross-border parcel, for {@code invoice} on the command line and
 * the button on Упаковка alike. Its lines are the order's lines as VK sent them, or, for an order
 * imported from a list (which has none), the SKU of the parcel's live label, one piece: a VK parcel
 * carries one label. The goods' texts come from the catalog; a line the catalog cannot make complete
 * for customs is refused ({@link CustomsInvoice#of}).
 */
public final class InvoiceService {
    /** The document type in the file's name: Company_Invoice_Date_Order.pdf. */
    public static final String DOC_TYPE = "Invoice";

    private static final String COMPANY = "company.name";

    private final CatalogRepository catalog;
    private final OrderBook orders;
    private final LabelRecords labels;
    private final Settings settings;
    private final Clock clock;
    private final Path database;

    /** @param database the bench's database file, which no invoice may be written over */
    public InvoiceService(
            CatalogRepository catalog,
            OrderBook orders,
            LabelRecords labels,
            Settings settings,
            Clock clock,
            Path database) {
        this.catalog = catalog;
        this.orders = orders;
        this.labels = labels;
        this.settings = settings;
        this.clock = clock;
        this.database = database;
    }

    /** What was written: the file and the invoice it holds. */
    public record Written(Path file, CustomsInvoice invoice) {}

    /** The invoice of {@code order} as of today, checked; nothing is written. */
    public CustomsInvoice invoice(String order) {
        String number = order == null ? "" : order.strip();
        if (number.isEmpty()) {
            throw new ProblemException("invoice.noOrder");
        }
        Optional<Order> known = orders.find(number);
        Optional<LabelRecords.LiveLabel> live = labels.liveLabel(number);
        if (known.isEmpty() && live.isEmpty()) {
            throw new ProblemException("invoice.unknownOrder", number);
        }
        Optional<Marketplace> marketplace = known.map(Order::marketplace)
                .or(() -> live.flatMap(l -> catalog.find(l.sku())).map(Sku::marketplace));
        if (marketplace.isPresent() && marketplace.get() != Marketplace.VK) {
            throw new ProblemException(
                    "invoice.notVk", number, marketplace.get().code());
        }
        String seller = settings.get(COMPANY)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> new ProblemException("invoice.noCompany"));
        String tracking = labels.trackingOf(number)
                .or(() -> known.flatMap(Order::tracking))
                .orElse("");
        return CustomsInvoice.of(seller, number, LocalDate.now(clock), tracking, items(number, live));
    }

    /**
     * Writes the invoice of {@code order} into {@code folder} as Company_Invoice_Date_Order.pdf,
     * replacing an earlier one of the same day, never half-written.
     */
    public Written write(String order, Path folder) {
        CustomsInvoice invoice = invoice(order);
        String name = ExportFileName.of(invoice.seller(), DOC_TYPE, invoice.date(), invoice.order(), "pdf");
        OutputFile target = OutputFile.at(folder.resolve(name), database);
        target.write(out -> new InvoicePdf().write(invoice, out));
        return new Written(target.path(), invoice);
    }

    private List<CustomsInvoice.Item> items(String number, Optional<LabelRecords.LiveLabel> live) {
        List<OrderLine> lines = orders.remote(number).map(RemoteOrder::lines).orElse(List.of());
        List<CustomsInvoice.Item> items = new ArrayList<>();
        if (!lines.isEmpty()) {
            for (OrderLine l : lines) {
                items.add(new CustomsInvoice.Item(l.lineNo(), sku(number, l.lineNo(), l.offerId()), l.quantity()));
            }
        } else if (live.isPresent()) {
            items.add(new CustomsInvoice.Item(1, sku(number, 1, live.get().sku()), 1));
        } else {
            throw new ProblemException("invoice.noLines", number);
        }
        return items;
    }

    private Sku sku(String order, int lineNo, String code) {
        return catalog.find(code).orElseThrow(() -> new ProblemException("invoice.unknownSku", lineNo, order, code));
    }
}
