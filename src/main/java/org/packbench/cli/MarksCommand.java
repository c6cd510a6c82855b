package org.packbench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.marking.MarkingCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code packbench marks}: Честный ЗНАК marking codes. */
@Command(
        name = "marks",
        description = "Честный ЗНАК marking codes.",
        subcommands = {MarksCommand.Check.class, MarksCommand.Print.class, MarksCommand.Export.class})
final class MarksCommand {

    @Command(
            name = "check",
            description = "The verdict on one scanned marking code, as Упаковка gives it: readable as GS1 "
                    + "DataMatrix (with or without ]d2, GS as ASCII 29 or the bench's stand-in), of --sku's "
                    + "product, and not used on any parcel before.")
    static final class Check extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "CODE")
        String code;

        @Option(
                names = "--sku",
                paramLabel = "SKU",
                description = "The product the item should be (its SKU or barcode).")
        String sku;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            MarkingCode c;
            try {
                c = workbench().marking().check(code, Optional.ofNullable(sku));
            } catch (ProblemException e) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("valid", false);
                    m.put("reason", e.problem().key());
                    m.put("message", e.in(locale()));
                    out().println(Json.write(m));
                }
                throw e;
            }
            if (json) {
                out().println(Json.write(org.packbench.app.JsonFields.mark(c)));
            } else {
                Message form = c.shortForm()
                        ? Message.of("marks.ok.short")
                        : Message.of(
                                "marks.ok.long", c.cryptoTail().orElseThrow().length());
                out().println(Message.of("marks.ok", c.shown(), c.gtin(), c.serial(), form.in(locale()))
                        .in(locale()));
            }
            return 0;
        }
    }

    /**
     * {@code marks print FILE}: the marking system's codes printed as GS1 DataMatrix labels, each
     * through the checks, the readback of its exact bytes and the label log, as {@code batch} makes
     * any other file of labels; safe to run again after a crash.
     */
    @Command(
            name = "print",
            mixinStandardHelpOptions = true,
            description = "Print marking codes (a CSV/TXT file with one code per line, GS as ASCII 29, or a PDF of "
                    + "DataMatrix codes) as GS1 DataMatrix labels, on --printer or to --format … --out. Templates: "
                    + "marking-58x40 (default), marking-40x30, marking-30x20. A code printed before is refused "
                    + "unless --reprint-reason is given.")
    static final class Print extends BatchCommand {
        @Option(
                names = "--reprint-reason",
                paramLabel = "TEXT",
                description = "Print codes that were printed before, keeping this reason with each reprint.")
        String reprintReason;

        @Override
        org.packbench.app.BatchRun.Summary run(
                org.packbench.app.BatchRun batch,
                byte[] content,
                org.packbench.app.BatchRun.Target target,
                org.packbench.app.BatchOutput output,
                org.packbench.app.BatchRun.Progress bar) {
            return batch.runMarks(
                    content,
                    Optional.ofNullable(template),
                    Optional.ofNullable(reprintReason),
                    skipInvalid,
                    target,
                    output,
                    bar);
        }
    }

    @Command(
            name = "export",
            description = "The marking codes used on a day's parcels (identification code, GTIN, serial, order "
                    + "or posting, time, bench), for withdrawal from circulation: Company_MarkingCodes_DATE.csv/.xlsx.")
    static final class Export extends CommandBase implements Callable<Integer> {
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
        String date;

        @Option(names = "--format", required = true, split = ",", paramLabel = "csv|xlsx")
        java.util.List<String> formats;

        @Option(names = "--out", required = true, paramLabel = "DIR")
        java.nio.file.Path out;

        @Override
        public Integer call() {
            java.time.LocalDate day;
            try {
                day = java.time.LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--date must be YYYY-MM-DD, not " + date);
            }
            for (String f : formats) {
                if (!f.equals("csv") && !f.equals("xlsx")) {
                    throw new picocli.CommandLine.ParameterException(
                            spec.commandLine(), "--format takes csv and xlsx, not " + f);
                }
            }
            org.packbench.app.MarkingCodesExportService.Exported x =
                    workbench().markingExport().export(day, java.util.Set.copyOf(formats), out, locale());
            for (java.nio.file.Path p : x.files()) {
                out().println(p);
            }
            err().println(Message.of("marks.exported", x.codes(), day).in(locale()));
            return 0;
        }
    }
}
