package org.packbench.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.i18n.Message;
import org.packbench.marketplace.vk.Dac;
import org.packbench.marketplace.vk.DacRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "dac",
        description = "VK Delivery Authorization Codes (valid 180 days).",
        subcommands = {DacCommand.Add.class, DacCommand.ListCodes.class, DacCommand.Remove.class})
final class DacCommand {

    @Command(name = "add", description = "Register a DAC code and the day it was issued.")
    static final class Add extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "CODE")
        String code;

        @Option(names = "--issued", required = true, paramLabel = "YYYY-MM-DD")
        String issued;

        @Override
        public Integer call() {
            LocalDate day;
            try {
                day = LocalDate.parse(issued);
            } catch (DateTimeParseException e) {
                err().println("error: " + Message.of("date.format", issued).in(locale()));
                return 2;
            }
            DacRegistry registry = workbench().dacs();
            Dac dac = registry.add(code, day);
            out().println(Message.of("dac.added", dac.code(), dac.issuedOn(), dac.lastValidDay())
                    .in(locale()));
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a DAC code entered by mistake or withdrawn (supervisor).")
    static final class Remove extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "CODE")
        String code;

        @Override
        public Integer call() {
            workbench().dacs().remove(code);
            out().println(Message.of("dac.removed", Dac.normalise(code)).in(locale()));
            return 0;
        }
    }

    @Command(name = "list", description = "List the DAC codes with their validity.")
    static final class ListCodes extends CommandBase implements Callable<Integer> {
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            DacRegistry registry = workbench().dacs();
            LocalDate today = registry.today();
            List<Dac> all = registry.all();
            if (json) {
                out().println(Json.write(all.stream()
                        .map(d -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("code", d.code());
                            m.put("issued", d.issuedOn().toString());
                            m.put("last_valid_day", d.lastValidDay().toString());
                            m.put("status", d.status(today).name().toLowerCase(java.util.Locale.ROOT));
                            m.put("days_left", d.daysLeft(today));
                            return m;
                        })
                        .toList()));
            } else {
                for (Dac d : all) {
                    out().printf(
                                    "%-24s issued %s  last valid %s  %-13s %d days left%n",
                                    d.code(),
                                    d.issuedOn(),
                                    d.lastValidDay(),
                                    d.status(today).name().toLowerCase(java.util.Locale.ROOT),
                                    d.daysLeft(today));
                }
            }
            for (Dac d : all) {
                if (d.status(today) == Dac.Status.EXPIRING_SOON) {
                    err().println("warning: "
                            + Message.of("dac.expiringSoon", d.code(), d.lastValidDay(), d.daysLeft(today))
                                    .in(locale()));
                }
            }
            return 0;
        }
    }
}
