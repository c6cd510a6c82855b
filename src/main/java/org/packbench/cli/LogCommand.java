package org.packbench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.app.LabelLogService;
import org.packbench.i18n.Message;
import org.packbench.journal.ChainCheck;
import org.packbench.journal.LogColumn;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "log",
        description = "The label log: export a day or a range, list it, and check its hash chain.",
        subcommands = {
            LogCommand.Export.class,
            LogCommand.Verify.class,
            LogCommand.Show.class,
            LogCommand.ExportDue.class
        })
final class LogCommand {

    /** --date and --to, read as days of the bench's calendar; null after a usage error was printed. */
    static LogPeriod period(CommandBase c, String date, String to) {
        try {
            LocalDate first = LocalDate.parse(date);
            LocalDate last = to == null ? first : LocalDate.parse(to);
            return c.workbench().labelLog().period(first, last);
        } catch (DateTimeParseException e) {
            c.err()
                    .println("error: "
                            + Message.of("date.format", e.getParsedString()).in(c.locale()));
            return null;
        }
    }

    @Command(
            name = "export",
            description = {
                "Export the label log of a day (or --date to --to) to DIR, named Company_LabelLog_Date.EXT.",
                "Needs a supervisor once accounts exist. Prints each file written. Exit 0 written, 1 refused, 2 usage."
            })
    static final class Export extends CommandBase implements Callable<Integer> {
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
        String date;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of a range (inclusive).")
        String to;

        @Option(
                names = "--format",
                required = true,
                split = ",",
                paramLabel = "csv|xlsx|pdf",
                description = "One format, or several separated by commas.")
        List<String> formats;

        @Option(names = "--out", required = true, paramLabel = "DIR")
        Path out;

        @Option(
                names = "--separator",
                defaultValue = ",",
                paramLabel = ",|;",
                description = "CSV field separator: ',' (default) or ';' for Russian Excel.")
        String separator;

        @Override
        public Integer call() {
            if (!separator.equals(",") && !separator.equals(";")) {
                err().println("error: "
                        + Message.of("export.separator", separator).in(locale()));
                return 2;
            }
            LogPeriod period = period(this, date, to);
            if (period == null) {
                return 2;
            }
            List<LabelLogService.Format> chosen = new ArrayList<>();
            for (String f : formats) {
                chosen.add(LabelLogService.Format.of(f));
            }
            List<Path> written =
                    workbench().labelLog().exportFiles(period, chosen, out, separator.charAt(0), locale(), () -> false);
            for (Path p : written) {
                out().println(p);
            }
            return 0;
        }
    }

    @Command(
            name = "verify",
            description = {
                "Check the label log's hash chain from the first entry (keyed with the bench key beside the database), "
                        + "and the database against what is kept outside it: entries deleted from the end or all of them, "
                        + "a chain rebuilt, accounts changed in the file, no supervisor left. With --against, also compare "
                        + "the log with an export handed out earlier (CSV, XLSX or PDF).",
                "Exit 0 intact and matching, 1 broken, tampered with or different."
            })
    static final class Verify extends CommandBase implements Callable<Integer> {
        @Option(names = "--against", paramLabel = "FILE")
        Path against;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            LabelLogService log = workbench().labelLog();
            ChainCheck.Report report = log.verify();
            List<Message> tampering = log.tampering();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("intact", report.intact() && tampering.isEmpty());
            m.put("entries", report.checked());
            m.put("head_sha256", report.headHash());
            Message chain = report.broken()
                    .map(ChainCheck.Broken::message)
                    .orElse(Message.of("log.intact", report.checked(), report.headHash()));
            report.broken().ifPresent(b -> {
                m.put("broken_at", b.seq());
                m.put("why", b.why().name().toLowerCase(java.util.Locale.ROOT));
            });
            m.put(
                    "tampering",
                    tampering.stream()
                            .map(t -> {
                                Map<String, Object> f = new LinkedHashMap<>();
                                f.put("finding", t.key());
                                f.put("message", t.in(locale()));
                                return f;
                            })
                            .toList());
            boolean ok = report.intact() && tampering.isEmpty();
            Message comparison = null;
            if (against != null) {
                LabelLogService.Comparison c = log.against(against);
                ok &= c.matches();
                comparison = c.difference()
                        .orElse(Message.of(
                                "log.against.matches",
                                against.getFileName(),
                                c.entriesInLog(),
                                c.export().headHash()));
                m.put("against", against.toString());
                m.put("matches", c.matches());
                m.put("difference", c.difference().map(d -> d.in(locale())).orElse(null));
            }
            if (json) {
                out().println(Json.write(m));
            } else {
                // "intact" only when nothing else was found: a chain that holds but was cut short is not.
                if (!report.intact() || tampering.isEmpty()) {
                    (report.intact() ? out() : err()).println(chain.in(locale()));
                }
                for (Message t : tampering) {
                    err().println(t.in(locale()));
                }
                if (comparison != null) {
                    (ok ? out() : err()).println(comparison.in(locale()));
                }
            }
            return ok ? 0 : 1;
        }
    }

    @Command(
            name = "show",
            description = "Print the log of a day (or --date to --to), oldest first. Needs a supervisor.")
    static final class Show extends CommandBase implements Callable<Integer> {
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
        String date;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD")
        String to;

        @Option(
                names = "--event",
                paramLabel = "EVENT",
                description = "Only this event: rendered, refused, printed, " + "reprinted, voided or scanned.")
        String event;

        @Option(names = "--sku", paramLabel = "SKU")
        String sku;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            LogPeriod period = period(this, date, to);
            if (period == null) {
                return 2;
            }
            List<LogEntry> entries = workbench().labelLog().entries(period).stream()
                    .filter(e -> event == null || e.event().code().equalsIgnoreCase(event))
                    .filter(e -> sku == null || e.facts().sku().equals(sku))
                    .toList();
            if (json) {
                out().println(Json.write(entries.stream()
                        .map(org.packbench.app.JsonFields::logEntry)
                        .toList()));
            } else {
                for (LogEntry e : entries) {
                    out().printf(
                                    "%6d  %s  %-9s  %-10s %-12s %-14s %-14s %s%n",
                                    e.seq(),
                                    LogColumn.TIME.text(e, period.zone()),
                                    e.event().code(),
                                    LogColumn.LABEL.text(e, period.zone()),
                                    e.user(),
                                    e.facts().sku(),
                                    e.facts().tracking(),
                                    e.facts().printer()
                                            + (e.facts().reason().isEmpty()
                                                    ? ""
                                                    : " «" + e.facts().reason() + "»")
                                            + (e.facts().verdict().isEmpty()
                                                    ? ""
                                                    : " " + e.facts().verdict()));
                }
            }
            return 0;
        }
    }

    @Command(
            name = "export-due",
            description = "Write every finished day not yet exported to the folder set in "
                    + "log.auto-export.folder (for a scheduler; the GUI does it by itself).")
    static final class ExportDue extends CommandBase implements Callable<Integer> {
        @Override
        public Integer call() {
            for (Path p : workbench().autoExport().runDue()) {
                out().println(p);
            }
            return 0;
        }
    }
}
