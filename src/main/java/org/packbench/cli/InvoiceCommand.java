package org.packbench.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.app.InvoiceService;
import org.packbench.catalog.CatalogField;
import org.packbench.i18n.Message;
import org.packbench.marketplace.vk.CustomsInvoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "invoice",
        description = {
            "Write the Russian commercial invoice of a VK cross-border parcel into DIR, named "
                    + "Company_Invoice_Date_Order.pdf: the order's lines (or its parcel's label) with each "
                    + "product's HS code, country of origin and EAEU certificate from the catalog.",
            "Prints the file written. Exit 0 written, 1 refused (a line lacks hs_code or eac_cert, "
                    + "an unknown or non-VK order), 2 usage."
        })
final class InvoiceCommand extends CommandBase implements Callable<Integer> {
    @Option(names = "--order", required = true, paramLabel = "ORDER", description = "The VK order's number.")
    String order;

    @Option(names = "--format", defaultValue = "pdf", paramLabel = "pdf", description = "pdf (the only one).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path out;

    @Option(names = "--json", description = "Describe the invoice written as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (!"pdf".equals(format.strip().toLowerCase(Locale.ROOT))) {
            err().println("error: " + Message.of("invoice.format", format).in(locale()));
            return 2;
        }
        InvoiceService.Written written = workbench().invoices().write(order, out);
        if (json) {
            out().println(Json.write(json(written)));
        } else {
            out().println(written.file());
        }
        return 0;
    }

    private static Map<String, Object> json(InvoiceService.Written w) {
        CustomsInvoice x = w.invoice();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", w.file().toString());
        m.put("order", x.order());
        m.put("date", x.date().toString());
        m.put("seller", x.seller());
        m.put("tracking", x.tracking());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (CustomsInvoice.Line l : x.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("line", l.no());
            line.put(CatalogField.SKU.column(), l.sku());
            line.put(CatalogField.NAME_RU.column(), l.name());
            line.put(CatalogField.HS_CODE.column(), l.hsCode());
            line.put(CatalogField.COUNTRY_OF_ORIGIN.column(), l.countryOfOrigin());
            line.put(CatalogField.EAC_CERT.column(), l.eacCert());
            line.put("quantity", l.quantity());
            line.put(CatalogField.NET_WEIGHT_G.column(), l.netWeightG());
            line.put("unit_value_usd", l.unitValueUsd());
            line.put("value_usd", l.valueUsd());
            lines.add(line);
        }
        m.put("lines", lines);
        m.put("total_quantity", x.totalQuantity());
        m.put("total_net_weight_g", x.totalNetWeightG());
        BigDecimal total = x.totalValueUsd();
        m.put("total_value_usd", total);
        return m;
    }
}
