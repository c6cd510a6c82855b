package org.packbench.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.catalog.ImportProblem;
import org.packbench.i18n.Message;
import org.packbench.marketplace.orders.Deadline;
import org.packbench.marketplace.orders.Deadlines;
import org.packbench.marketplace.orders.OrderImport;
import org.packbench.marketplace.orders.OrderListReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "orders",
        description = "The seller's orders and the marketplaces' deadlines.",
        subcommands = {
            OrdersCommand.Import.class,
            OrdersCommand.DeadlinesList.class,
            OrdersCommand.Sync.class,
            OrdersCommand.Pack.class
        })
final class OrdersCommand {

    @Command(name = "import", description = "Import the order list (CSV: order, marketplace, confirmed-at, tracking).")
    static final class Import extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            byte[] content;
            try {
                content = org.packbench.app.InputFile.read(file, org.packbench.app.InputFile.Kind.ORDERS);
            } catch (org.packbench.i18n.ProblemException e) {
                err().println("error: " + e.in(locale()));
                return 1;
            }
            OrderListReader.Reading r =
                    new OrderImport(workbench().orders(), root().clock().getZone()).run(content);
            for (ImportProblem p : r.problems()) {
                err().println("error: " + p.in(locale()));
            }
            if (!r.problems().isEmpty()) {
                err().println(Message.of("orders.notImported", r.problems().size())
                        .in(locale()));
                return 1;
            }
            out().println(Message.of("orders.imported", r.orders().size()).in(locale()));
            return 0;
        }
    }

    @Command(name = "deadlines", description = "Open orders with their deadlines, most urgent first.")
    static final class DeadlinesList extends CommandBase implements Callable<Integer> {
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            Instant now = root().clock().instant();
            List<Deadline> all = Deadlines.pending(workbench().orders());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Deadline d : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("order", d.order().number());
                m.put("marketplace", d.order().marketplace().code());
                m.put("deadline", d.kind().name().toLowerCase(java.util.Locale.ROOT));
                m.put("due", d.due().toString());
                m.put("minutes_left", d.remaining(now).toMinutes());
                m.put("overdue", d.overdue(now));
                rows.add(m);
            }
            if (json) {
                out().println(Json.write(rows));
            } else {
                for (Deadline d : all) {
                    Duration left = d.remaining(now);
                    out().printf(
                                    "%-20s %-5s %-12s due %s  %s%n",
                                    d.order().number(),
                                    d.order().marketplace().code(),
                                    d.kind().name().toLowerCase(java.util.Locale.ROOT),
                                    d.due(),
                                    d.overdue(now)
                                            ? "OVERDUE by " + left.negated().toMinutes() + " min"
                                            : left.toMinutes() + " min left");
                }
            }
            return 0;
        }
    }

    @Command(
            name = "sync",
            description = "Bring a marketplace's orders awaiting packaging into the order list (ozon: "
                    + "/v3/posting/fbs/unfulfilled/list, with their products).")
    static final class Sync extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "MARKETPLACE", description = "ozon")
        String marketplace;

        @Option(names = "--account", paramLabel = "NAME", description = "Default: the first Ozon account.")
        String account;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            if (!"ozon".equals(marketplace)) {
                throw new org.packbench.i18n.ProblemException("orders.sync.marketplace", marketplace);
            }
            org.packbench.app.MarketplaceLinks links = workbench().links();
            org.packbench.marketplace.account.MarketplaceAccount a = links.account(
                            account, org.packbench.marketplace.account.MarketplaceKind.OZON)
                    .orElseThrow(() -> new org.packbench.i18n.ProblemException(
                            "orders.sync.noAccount", account == null ? "ozon" : account));
            org.packbench.app.OrderSync.Synced done = workbench().orderSync().ozon(a, links.ozon(a));
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("account", done.account());
                m.put("postings", done.postings());
                m.put("added", done.added());
                m.put("marks_unknown", done.marksUnknown());
                out().println(Json.write(m));
            } else {
                out().println(Message.of("orders.synced", done.postings(), done.account(), done.added())
                        .in(locale()));
                if (done.marksUnknown() > 0) {
                    out().println(Message.of("orders.synced.marksUnknown", done.marksUnknown())
                            .in(locale()));
                }
            }
            return 0;
        }
    }

    @Command(
            name = "pack",
            description = "Pack an Ozon posting: every item scanned (--item, once per unit), then reported "
                    + "to Ozon through the outbox; its package label goes to --printer.")
    static final class Pack extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "POSTING")
        String posting;

        @Option(
                names = "--item",
                required = true,
                paramLabel = "CODE",
                description = "A scanned barcode or SKU, once per unit; for a product that needs "
                        + "Честный ЗНАК codes, each unit's marking code.")
        List<String> items;

        @Option(
                names = "--printer",
                required = true,
                paramLabel = "NAME",
                description = "Where its package label prints.")
        String printer;

        @Override
        public Integer call() {
            org.packbench.app.PostingPacking packing = workbench().postingPacking();
            workbench()
                    .printers()
                    .find(printer)
                    .orElseThrow(() -> new org.packbench.i18n.ProblemException("print.printer.notFound", printer));
            org.packbench.marketplace.orders.ItemCount count = packing.open(posting);
            for (String item : items) {
                count = packing.scan(count, item);
            }
            packing.packed(count, printer);
            out().println(Message.of("orders.packed", count.order()).in(locale()));
            return 0;
        }
    }
}
