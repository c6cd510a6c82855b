package org.packbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.app.SyntheticCatalog;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.catalog.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code packbench bench …}: measured figures for docs/benchmarks.md. Each benchmark works on a
 * fresh temporary database, so it never touches the bench's own data.
 */
@Command(
        name = "bench",
        description = "Run a benchmark and print its figures.",
        subcommands = {
            BenchCommand.CatalogImportBench.class,
            BenchCommand.LabelsBench.class,
            BenchCommand.Gs1Bench.class,
            BenchCommand.SsccLabelsBench.class,
            BenchCommand.OzonBench.class,
            VerifyBench.Readback.class,
            VerifyBench.Dispatch.class,
            PrintBench.class,
            PackerBench.class,
            LogExportBench.class,
            SymbolBench.class
        })
final class BenchCommand {

    @Command(name = "catalog-import", description = "Import a generated catalog into a fresh database.")
    static final class CatalogImportBench extends CommandBase implements Callable<Integer> {
        @Option(names = "--rows", defaultValue = "100000")
        int rows;

        @Option(names = "--runs", defaultValue = "3", description = "Timed runs after one warm-up.")
        int runs;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() throws Exception {
            byte[] csv = SyntheticCatalog.csv(rows);
            Path dir = BenchFolder.create();
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int run = 0; run <= runs; run++) {
                Workbench bench = Workbench.open(dir.resolve("run-" + run + ".db"), root().clock());
                long start = System.nanoTime();
                ImportResult r = bench.catalogImport().run(csv, ImportOptions.STRICT, ImportProgress.NONE);
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (!r.clean() || r.inserted() != rows) {
                    err().println("error: the generated catalog did not import cleanly: " + r.errors());
                    return 1;
                }
                if (run > 0) {
                    best = Math.min(best, ms);
                    total += ms;
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmark", "catalog-import");
            m.put("rows", rows);
            m.put("bytes", csv.length);
            m.put("runs", runs);
            m.put("best_ms", best);
            m.put("mean_ms", total / runs);
            m.put("rows_per_s", rows * 1000L / Math.max(1, best));
            if (json) {
                out().println(Json.write(m));
            } else {
                out().printf(
                                "catalog import: %d rows (%d KiB) in %d ms best, %d ms mean of %d runs; %d rows/s%n",
                                rows, csv.length / 1024, best, total / runs, runs, rows * 1000L / Math.max(1, best));
            }
            return 0;
        }
    }

    @Command(name = "labels", description = "Labels per second for each writer, and the layout, on one label.")
    static final class LabelsBench extends CommandBase implements Callable<Integer> {
        @Option(names = "--template", defaultValue = "vk-product-58x40")
        String template;

        @Option(names = "--dpi", defaultValue = "203")
        int dpi;

        @Option(names = "--seconds", defaultValue = "3")
        double seconds;

        @Override
        public Integer call() {
            var t = org.packbench.app.TemplateLibrary.bundled().get(template);
            var composer = new org.packbench.label.compose.LabelComposer(org.packbench.render.BundledTypeface.get());
            var values = BenchLabels.values();
            var doc = composer.compose(t, values, dpi);
            out().printf(
                            "%s at %d dpi, %s (%.0f s per figure after %.0f s warm-up)%n",
                            template, dpi, values.get("sku"), seconds, seconds);
            WriterBench.Figure layout = WriterBench.time("layout", seconds, () -> composer.compose(t, values, dpi));
            out().printf("  %-7s %8.0f labels/s  %7.3f ms each%n", layout.name(), layout.perSecond(), layout.msEach());
            WriterBench.writers(doc).forEach((name, work) -> {
                WriterBench.Figure f = WriterBench.time(name, seconds, work);
                out().printf("  %-7s %8.0f labels/s  %7.3f ms each%n", name, f.perSecond(), f.msEach());
            });
            return 0;
        }
    }

    @Command(name = "gs1", description = "GS1 checks per second on a mix of valid and faulty data.")
    static final class Gs1Bench extends CommandBase implements Callable<Integer> {
        @Option(names = "--seconds", defaultValue = "3")
        double seconds;

        @Override
        public Integer call() {
            String[] inputs = {
                "(01)04607002977277(17)271231(10)ABC123",
                "]C10104607002977277172712311" + "0ABC123\u001D21XYZ",
                "(00)046071230000000014",
                "(02)04607002977277(37)12(00)046071230000000014",
                "(01)04607002977277(17)271331(10)ABC",
                "(01)04607002977278"
            };
            int[] i = {0};
            WriterBench.Figure f = WriterBench.time("gs1 check", seconds, () -> {
                String in = inputs[i[0]++ % inputs.length];
                try {
                    return org.packbench.gs1.Gs1Check.check(in);
                } catch (org.packbench.i18n.ProblemException e) {
                    return e.problem();
                }
            });
            out().printf(
                            "gs1 check: %.0f checks/s (%.2f µs each) over %d inputs, 4 valid and 2 faulty%n",
                            f.perSecond(), f.msEach() * 1000, inputs.length);
            return 0;
        }
    }

    @Command(name = "sscc-labels", description = "GS1 logistic labels per second to ZPL, SSCC allocated and recorded.")
    static final class SsccLabelsBench extends CommandBase implements Callable<Integer> {
        @Option(names = "--seconds", defaultValue = "3")
        double seconds;

        @Override
        public Integer call() throws Exception {
            Path dir = BenchFolder.create();
            Workbench bench = Workbench.open(dir.resolve("sscc.db"), root().clock());
            bench.config().set("gs1.company-prefix", "4607123");
            bench.config().set("company.name", "ООО «Ромашка»");
            var service = bench.logisticLabels();
            var request = new org.packbench.app.LogisticLabelService.Request(
                    "gs1-logistic-a6",
                    java.util.Optional.of("(02)04607002977277(37)12(10)B42(17)270531"),
                    org.packbench.render.LabelFormat.ZPL,
                    203);
            WriterBench.Figure f = WriterBench.time("sscc", seconds, () -> service.render(request));
            out().printf(
                            "SSCC labels to ZPL: %.0f labels/s (%.2f ms each), each in its own durable SQLite transaction%n",
                            f.perSecond(), f.msEach());
            return 0;
        }
    }

    @Command(
            name = "ozon",
            description = "Time to convert one label PDF page to ZPL at 203 dpi, barcode audit included.")
    static final class OzonBench extends CommandBase implements Callable<Integer> {
        @Option(names = "--seconds", defaultValue = "5")
        double seconds;

        @Option(
                names = "--pdf",
                paramLabel = "FILE",
                description = "A PDF to convert (default: a 75×120 label made here).")
        Path pdf;

        @Override
        public Integer call() throws Exception {
            byte[] bytes = pdf != null
                    ? org.packbench.pdf.GuardedPdf.readFile(pdf, org.packbench.pdf.PdfLimits.LABELS)
                    : sampleLabelPdf();
            var converter = new org.packbench.convert.ozon.OzonLabelConverter();
            var settings = new org.packbench.render.PrinterSettings(
                    203, java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), 0, 0, 1);
            WriterBench.Figure f = WriterBench.time(
                    "ozon",
                    seconds,
                    () -> converter.convert(
                            bytes, 203, 75, 120, org.packbench.convert.ozon.ThermalFormat.ZPL, settings));
            out().printf("PDF page to ZPL at 203 dpi: %.1f ms per page (%.1f pages/s)%n", f.msEach(), f.perSecond());
            return 0;
        }

        /** A 75×120 VK label with EAN-13 and QR, as a stand-in for an Ozon PDF of the same size. */
        private byte[] sampleLabelPdf() {
            var sku = new org.packbench.catalog.CatalogReader(java.util.List.of())
                    .read(org.packbench.app.DemoCatalog.bytes())
                    .validRows()
                    .get(0)
                    .sku();
            var template = org.packbench.app.TemplateLibrary.bundled().get("vk-product-75x120");
            var values = org.packbench.marketplace.LabelValues.of(
                    sku,
                    new org.packbench.marketplace.Parcel(
                            "VK-20261125-0042", "RU123456789VK", org.packbench.catalog.Marketplace.VK),
                    java.util.Optional.of(
                            new org.packbench.marketplace.vk.Dac("DAC7Q2M9XK4P", java.time.LocalDate.of(2026, 10, 1))),
                    42);
            var doc = new org.packbench.label.compose.LabelComposer(org.packbench.render.BundledTypeface.get())
                    .compose(template, values, 300);
            return new org.packbench.render.PdfWriter().write(doc);
        }
    }
}
