package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.catalog.Marketplace;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.orders.Order;
import org.packbench.marketplace.orders.OrderLine;
import org.packbench.marketplace.orders.RemoteOrder;
import org.packbench.marketplace.vk.CustomsInvoice;
import org.packbench.render.LabelFormat;

/** An invoice from a synced VK order's lines, on the bench's own day, and what it refuses. */
class InvoiceServiceTest {
    @TempDir
    Path dir;

    private Workbench bench;

    @BeforeEach
    void open() {
        // 23:30 in UTC is already the 26th in Moscow: the invoice is dated by the bench's calendar.
        bench = Workbench.open(
                dir.resolve("inv.db"), Clock.fixed(Instant.parse("2026-11-25T23:30:00Z"), ZoneId.of("Europe/Moscow")));
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.config().set("company.name", "ИП Иванов И. И.");
    }

    private static RemoteOrder vk(String number, List<OrderLine> lines) {
        return new RemoteOrder(
                new Order(number, Marketplace.VK, Instant.parse("2026-11-25T20:00:00Z"), Optional.of("RU200000002VK")),
                "vk-shop",
                "new",
                Optional.empty(),
                lines);
    }

    @Test
    void aSyncedOrdersLinesAreTheInvoicesLinesWithTheirQuantities() throws Exception {
        bench.orders()
                .saveRemote(List.of(vk(
                        "VK-77",
                        List.of(
                                new OrderLine(1, "PB-7-001", "101", "чехол", 2),
                                new OrderLine(2, "PB-7-007", "102", "пауэрбанк", 1)))));
        InvoiceService.Written w = bench.invoices().write("VK-77", dir.resolve("out"));
        assertEquals(dir.resolve("out").resolve("IP-Ivanov-I-I_Invoice_2026-11-26_VK-77.pdf"), w.file());
        CustomsInvoice x = w.invoice();
        assertEquals(LocalDate.of(2026, 11, 26), x.date());
        assertEquals("RU200000002VK", x.tracking(), "the order's tracking number when no label registered one");
        assertEquals(
                List.of(2, 1),
                x.lines().stream().map(CustomsInvoice.Line::quantity).toList());
        assertEquals("Пауэрбанк 10000 мА·ч", x.lines().get(1).name(), "the catalog's name, not the marketplace's");
        assertEquals(2 * 38 + 215, x.totalNetWeightG());
        assertEquals("20.90", x.totalValueUsd().toPlainString());
        String text;
        try (PDDocument doc = Loader.loadPDF(w.file().toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(
                text.contains("Пауэрбанк 10000 мА·ч") && text.contains("8507600000") && text.contains("20.90"), text);
    }

    @Test
    void aLineWhoseSkuIsNotInTheCatalogIsNamed() {
        bench.orders().saveRemote(List.of(vk("VK-78", List.of(new OrderLine(3, "NOPE-1", "", "?", 1)))));
        ProblemException e =
                assertThrows(ProblemException.class, () -> bench.invoices().invoice("VK-78"));
        assertEquals(
                "line 3 of order VK-78: SKU NOPE-1 is not in the catalog; import the catalog with it, then make the invoice again",
                e.problem().english());
    }

    @Test
    void aParcelLabelledWithoutAnOrderListIsInvoicedFromItsLabelsSku() {
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 11, 1));
        bench.labels()
                .render(new LabelRequest(
                        "PB-7-009",
                        "vk-product-58x40",
                        "VK-90",
                        "RU100000090VK",
                        Optional.empty(),
                        LabelFormat.ZPL,
                        203));
        CustomsInvoice x = bench.invoices().invoice("VK-90");
        assertEquals("RU100000090VK", x.tracking());
        assertEquals("PB-7-009", x.lines().get(0).sku());
        assertEquals(1, x.lines().get(0).quantity());
        // The product decides the marketplace when the order book does not know the order: an Ozon product is no VK
        // parcel.
        bench.labels()
                .render(new LabelRequest(
                        "PB-7-002", "ozon-product-58x40", "OZ-90", "OZ000090", Optional.empty(), LabelFormat.ZPL, 203));
        ProblemException ozon =
                assertThrows(ProblemException.class, () -> bench.invoices().invoice("OZ-90"));
        assertEquals("invoice.notVk", ozon.problem().key());
        assertTrue(!Files.exists(dir.resolve("out")));
    }
}
