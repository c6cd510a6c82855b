package org.packbench.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.print.JobStatus;
import org.packbench.print.LabelStock;
import org.packbench.print.PrintJob;
import org.packbench.print.PrinterLanguage;
import org.packbench.print.PrinterProfile;
import org.packbench.print.TransportUri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "printer",
        description = "Printer profiles: add, list, print a test label, remove.",
        subcommands = {
            PrinterCommand.Add.class,
            PrinterCommand.ListPrinters.class,
            PrinterCommand.Test.class,
            PrinterCommand.Remove.class
        })
final class PrinterCommand {

    @Command(name = "add", description = "Add a printer profile.")
    static final class Add extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "Letters, digits, . _ - (up to 24).")
        String name;

        @Option(names = "--language", required = true, paramLabel = "zpl|tspl|pdf")
        String language;

        @Option(names = "--dpi", required = true, description = "203, 300 or 600.")
        int dpi;

        @Option(
                names = "--transport",
                required = true,
                paramLabel = "URI",
                description = "tcp://HOST:9100, spooler://QUEUE or serial:///dev/ttyUSB0?baud=9600")
        String transport;

        @Option(names = "--size", paramLabel = "WxH", description = "Label size loaded, in mm, e.g. 58x40.")
        String size;

        @Option(names = "--x-offset", paramLabel = "MM", description = "Shift every label right, mm.")
        String xOffset;

        @Option(names = "--y-offset", paramLabel = "MM", description = "Shift every label down, mm.")
        String yOffset;

        @Option(names = "--darkness", paramLabel = "N", description = "0…30 (default: the printer's own).")
        Integer darkness;

        @Option(
                names = "--speed",
                paramLabel = "N",
                description = "Inches per second 1…14 (default: the printer's own).")
        Integer speed;

        @Override
        public Integer call() {
            Optional<PrinterLanguage> lang = PrinterLanguage.parse(language);
            if (lang.isEmpty()) {
                return usage(Message.of("print.language.invalid", language));
            }
            Optional<LabelStock> stock = size == null ? Optional.empty() : LabelStock.parse(size);
            if (size != null && stock.isEmpty()) {
                return usage(Message.of("print.size.invalid", size));
            }
            PrinterProfile profile;
            try {
                profile = new PrinterProfile(
                        name,
                        lang.get(),
                        dpi,
                        stock,
                        offset(xOffset),
                        offset(yOffset),
                        darkness == null ? OptionalInt.empty() : OptionalInt.of(darkness),
                        speed == null ? OptionalInt.empty() : OptionalInt.of(speed),
                        TransportUri.parse(transport));
            } catch (ProblemException e) {
                return usage(e.problem());
            }
            workbench().printers().add(profile);
            out().println(Message.of(
                            "print.printer.added",
                            profile.name(),
                            profile.language().code(),
                            profile.dpi(),
                            profile.transport())
                    .in(locale()));
            return 0;
        }

        private static BigDecimal offset(String text) {
            if (text == null) {
                return BigDecimal.ZERO;
            }
            try {
                return new BigDecimal(text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new ProblemException("print.offset.invalid", text);
            }
        }

        private int usage(Message m) {
            err().println("error: " + m.in(locale()));
            return 2;
        }
    }

    @Command(name = "list", description = "List the printer profiles.")
    static final class ListPrinters extends CommandBase implements Callable<Integer> {
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            List<PrinterProfile> all = workbench().printers().all();
            if (json) {
                out().println(Json.write(all.stream().map(ListPrinters::json).toList()));
                return 0;
            }
            if (all.isEmpty()) {
                err().println(Message.of("print.printer.none").in(locale()));
            }
            for (PrinterProfile p : all) {
                out().printf(
                                "%-24s %-4s %3d dpi  %-9s x %-5s y %-5s %s%n",
                                p.name(),
                                p.language().code(),
                                p.dpi(),
                                p.stock().map(s -> s + " mm").orElse("-"),
                                p.xOffsetMm().toPlainString(),
                                p.yOffsetMm().toPlainString(),
                                p.transport());
            }
            return 0;
        }

        static Map<String, Object> json(PrinterProfile p) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("language", p.language().code());
            m.put("dpi", p.dpi());
            m.put("width_mm", p.stock().map(LabelStock::widthMm).orElse(null));
            m.put("height_mm", p.stock().map(LabelStock::heightMm).orElse(null));
            m.put("x_offset_mm", p.xOffsetMm());
            m.put("y_offset_mm", p.yOffsetMm());
            m.put("darkness", p.darkness().isPresent() ? p.darkness().getAsInt() : null);
            m.put("speed", p.speed().isPresent() ? p.speed().getAsInt() : null);
            m.put("transport", p.transport().toString());
            return m;
        }
    }

    @Command(name = "test", description = "Print the printer's test and calibration label now.")
    static final class Test extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            PrintJob job = workbench().printing().printTest(name);
            err().println(Message.of("print.queued.test", job.id(), job.printer())
                    .in(locale()));
            return QueueCommand.report(this, workbench().deliverNow().jobs(List.of(job.id())), false);
        }
    }

    @Command(name = "remove", description = "Remove a printer profile (its queue must be empty).")
    static final class Remove extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            workbench().printQueue().removePrinter(name, workbench().printers());
            out().println(Message.of("print.printer.removed", name).in(locale()));
            return 0;
        }
    }

    static String status(JobStatus s, java.util.Locale locale) {
        return Message.of("print.status." + s.code()).in(locale);
    }
}
