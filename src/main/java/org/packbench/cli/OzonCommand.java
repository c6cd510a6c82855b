package org.packbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.packbench.convert.ozon.BarcodeLostException;
import org.packbench.convert.ozon.Conversion;
import org.packbench.convert.ozon.LabelSize;
import org.packbench.convert.ozon.OzonLabelConverter;
import org.packbench.convert.ozon.PageAudit;
import org.packbench.convert.ozon.ThermalFormat;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.pdf.GuardedPdf;
import org.packbench.pdf.PdfLimits;
import org.packbench.pdf.PdfRefusedException;
import org.packbench.render.PrinterSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code packbench ozon convert}: Ozon's label PDFs as ZPL or TSPL, every barcode checked first. */
@Command(
        name = "ozon",
        description = "Ozon labels.",
        subcommands = {OzonCommand.Convert.class})
public final class OzonCommand {
    /** Resolutions thermal label printers are made with. */
    private static final Set<Integer> PRINTER_DPI = Set.of(152, 203, 300, 600);

    @Command(
            name = "convert",
            description = "Convert an Ozon label PDF (FBS or FBO, any number of pages) to ZPL or TSPL "
                    + "for a thermal printer, refusing it when a barcode would not scan from the printed dots.")
    static final class Convert extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.pdf")
        Path file;

        @Option(
                names = "--printer-dpi",
                required = true,
                paramLabel = "DPI",
                description = "The printer's resolution: 152, 203, 300 or 600.")
        int printerDpi;

        @Option(names = "--format", required = true, paramLabel = "zpl|tspl")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Option(
                names = "--size",
                paramLabel = "WxH",
                description = "Label size in mm, e.g. 75x120 (default: the page's own "
                        + "size when it is a known label, else 75x120).")
        String size;

        @Option(names = "--json", description = "Describe the pages and their barcodes as JSON on stdout.")
        boolean json;

        @Override
        public Integer call() {
            Optional<ThermalFormat> target = ThermalFormat.parse(format);
            if (target.isEmpty()) {
                return usage(Message.of("ozon.format.invalid", format));
            }
            if (!PRINTER_DPI.contains(printerDpi)) {
                return usage(Message.of("ozon.dpi.invalid", printerDpi));
            }
            Optional<LabelSize> label = size == null ? Optional.empty() : LabelSize.parse(size);
            if (size != null && label.isEmpty()) {
                return usage(Message.of("ozon.size.invalid", size));
            }
            org.packbench.app.OutputFile output = org.packbench.app.OutputFile.at(out, root().databasePath());
            byte[] pdf;
            try {
                org.packbench.app.InputFile.check(file, org.packbench.app.InputFile.Kind.LABEL_PDF);
                pdf = GuardedPdf.readFile(file, PdfLimits.LABELS);
            } catch (IOException e) {
                return fail(Message.of("file.unreadable", file, org.packbench.app.IoReason.of(e)), List.of());
            } catch (PdfRefusedException e) {
                return refused(e);
            } catch (ProblemException e) {
                return fail(e.problem(), List.of());
            }
            PrinterSettings settings = PrinterSettings.of(printerDpi);
            OzonLabelConverter converter = new OzonLabelConverter();
            Conversion done;
            try {
                done = label.isPresent()
                        ? converter.convertOnto(pdf, label.get(), target.get(), settings)
                        : converter.convert(
                                pdf,
                                printerDpi,
                                LabelSize.OZON_FBS.widthMm(),
                                LabelSize.OZON_FBS.heightMm(),
                                target.get(),
                                settings);
            } catch (BarcodeLostException e) {
                return fail(e.problem(), e.audits());
            } catch (PdfRefusedException e) {
                return refused(e);
            } catch (ProblemException e) {
                return fail(e.problem(), List.of());
            }
            try {
                output.write(done.bytes());
            } catch (ProblemException e) {
                return fail(e.problem(), List.of());
            }
            if (json) {
                out().println(Json.write(described(done)));
            } else {
                out().println(Message.of(
                                "ozon.converted",
                                done.pages().size(),
                                done.format().code(),
                                printerDpi,
                                out,
                                done.barcodes())
                        .in(locale()));
            }
            return 0;
        }

        private Map<String, Object> described(Conversion done) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("valid", true);
            m.put("file", file.toString());
            m.put("out", out.toString());
            m.put("format", done.format().code());
            m.put("printer_dpi", done.dpi());
            List<Map<String, Object>> pages = new ArrayList<>();
            for (Conversion.Page p : done.pages()) {
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("page", p.number());
                page.put("label_mm", p.label().toString());
                page.put("width_dots", p.raster().width());
                page.put("height_dots", p.raster().height());
                page.put("turned", p.turned());
                page.put("bytes", p.bytes().length);
                page.put(
                        "barcodes",
                        p.audit().reference().stream().map(OzonCommand::symbol).toList());
                pages.add(page);
            }
            m.put("pages", pages);
            m.put("barcodes_checked", done.barcodes());
            return m;
        }

        private int usage(Message problem) {
            err().println("error: " + problem.in(locale()));
            return 2;
        }

        /** Exit 1 for a file past a limit: the line names the file, the JSON code the limit. */
        private int refused(PdfRefusedException e) {
            return fail(
                    Message.of("pdf.refused", file, e.problem()), e.problem().key(), List.of());
        }

        private int fail(Message problem, List<PageAudit> audits) {
            return fail(problem, problem.key(), audits);
        }

        /** Exit 1: stderr names every barcode that would not survive, and nothing was written. */
        private int fail(Message problem, String code, List<PageAudit> audits) {
            List<Map<String, Object>> lost = new ArrayList<>();
            err().println("error: " + problem.in(locale()));
            boolean first = true;
            for (PageAudit a : audits) {
                for (PageAudit.Symbol s : a.lost()) {
                    if (!first) {
                        err().println("error: "
                                + OzonLabelConverter.lost(a.page(), s, printerDpi)
                                        .in(locale()));
                    }
                    first = false;
                    Map<String, Object> one = symbol(s);
                    one.put("page", a.page());
                    lost.add(one);
                }
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("valid", false);
                m.put("code", code);
                m.put("error", problem.in(locale()));
                m.put("lost", lost);
                out().println(Json.write(m));
            }
            return 1;
        }
    }

    private static Map<String, Object> symbol(PageAudit.Symbol s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", s.format().name());
        m.put("text", s.text());
        return m;
    }
}
