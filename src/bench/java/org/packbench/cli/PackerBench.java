package org.packbench.cli;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.packbench.app.DemoCatalog;
import org.packbench.app.LabelPrinting;
import org.packbench.app.LabelRequest;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.catalog.ImportResult;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.print.DeliverNow;
import org.packbench.print.JobStatus;
import org.packbench.print.LabelStock;
import org.packbench.print.PrinterBytes;
import org.packbench.print.PrinterLanguage;
import org.packbench.print.PrinterProfile;
import org.packbench.print.QueueWorker;
import org.packbench.print.TransportUri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code packbench bench packer}: the packer's loop, label after label, as Упаковка runs it — the
 * scan is looked up, the label issued in the printer's language (rules, readback and the log row
 * in one durable transaction), queued durably, and delivered to a port-9100 printer this command
 * starts on 127.0.0.1 — timed from the scan text to the label's bytes at the printer; then the
 * memory the process holds after all of them.
 */
@Command(name = "packer", description = "Scan-to-printer latency per label and resident memory after N labels.")
final class PackerBench extends CommandBase implements Callable<Integer> {
    private static final String PRINTER = "bench-zebra";
    private static final long PRINTER_PATIENCE_NANOS = 10_000_000_000L;

    @Option(
            names = "--labels",
            defaultValue = "1000",
            description = "Labels timed, after the warm-up labels. Default: ${DEFAULT-VALUE}.")
    int labels;

    @Option(
            names = "--warm-up",
            defaultValue = "50",
            description = "Labels issued and printed before the timed ones: a bench open for a while has "
                    + "compiled its path; the first minutes of a day have not. Default: ${DEFAULT-VALUE}.")
    int warmUp;

    @Option(
            names = "--template",
            defaultValue = "vk-product-58x40",
            description = "The template Упаковка offers first.")
    String template;

    @Option(
            names = "--deliver",
            defaultValue = "now",
            description = "now: deliver in the foreground after queuing (print --wait, the Принтеры screen's retry); "
                    + "worker: leave it to the background queue worker, as the GUI does. Default: ${DEFAULT-VALUE}.")
    String deliver;

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "Run on this empty PostgreSQL database (postgresql://HOST[:PORT]/DB?user=NAME, the password "
                    + "from PGPASSWORD or ~/.pgpass) instead of an SQLite file on disk.")
    String server;

    @Option(names = "--json")
    boolean json;

    /** One label's moments, in nanoseconds from its scan. */
    private record Times(long queued, long sent, long atPrinter) {}

    @Override
    public Integer call() throws Exception {
        if (labels < 1 || !(deliver.equals("now") || deliver.equals("worker"))) {
            err().println("error: --labels must be at least 1 and --deliver now or worker");
            return 2;
        }
        Path dir = BenchFolder.create();
        QueueWorker worker = null;
        try (PrintBench.Sink sink = new PrintBench.Sink()) {
            Workbench bench = server == null
                    ? Workbench.open(dir.resolve("packer.db"), root().clock())
                    : Workbench.open(
                            (org.packbench.location.DatabaseAddress.PostgresServer)
                                    org.packbench.location.DatabaseAddress.parse(server),
                            java.util.Optional.ofNullable(System.getenv("PGPASSWORD"))
                                    .map(String::toCharArray)
                                    .orElse(null),
                            dir.resolve("server.db"),
                            root().clock(),
                            "bench");
            ImportResult imported =
                    bench.catalogImport().run(DemoCatalog.bytes(), ImportOptions.STRICT, ImportProgress.NONE);
            if (!imported.clean()) {
                err().println("error: the demo catalog did not import cleanly: " + imported.errors());
                return 1;
            }
            bench.dacs().add("DAC7Q2M9XK4P", LocalDate.now(root().clock()).minusDays(10));
            var t = bench.labels().templates().get(template);
            PrinterProfile profile = new PrinterProfile(
                    PRINTER,
                    PrinterLanguage.ZPL,
                    203,
                    LabelStock.parse(mm(t.widthMm()) + "x" + mm(t.heightMm())),
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    OptionalInt.empty(),
                    OptionalInt.empty(),
                    TransportUri.parse("tcp://127.0.0.1:" + sink.port()));
            bench.printers().add(profile);
            List<String> scans = scans(bench, t.marketplace());
            if (deliver.equals("worker")) {
                worker = bench.queueWorker();
            }
            Packer packer = new Packer(bench, profile, sink, scans, worker == null);

            for (int i = 0; i < warmUp; i++) {
                packer.label();
            }
            Times[] times = new Times[labels];
            long start = System.nanoTime();
            for (int i = 0; i < labels; i++) {
                times[i] = packer.label();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Memory memory = Memory.now();

            report(times, seconds, memory, packer.bytesPerLabel, scans.size());
        } finally {
            if (worker != null) {
                worker.close();
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    /**
     * What the scanner sends: the catalog's SKUs for the template's marketplace, each once as its
     * code and once as its GTIN (the barcode on the goods), so both look-ups are in the figures.
     */
    private static List<String> scans(Workbench bench, String marketplace) {
        List<String> scans = new ArrayList<>();
        Marketplace m = Marketplace.parse(marketplace).orElse(null);
        for (var row : bench.catalogReader().read(DemoCatalog.bytes()).validRows()) {
            Sku sku = row.sku();
            if (m == null || sku.marketplace() == m) {
                scans.add(sku.sku());
                scans.add(sku.gtin().digits());
            }
        }
        if (scans.isEmpty()) {
            throw new IllegalStateException("the demo catalog has no SKU for " + marketplace);
        }
        return scans;
    }

    /** The packer at the bench: one scan, one label, the next parcel. */
    private final class Packer {
        private final Workbench bench;
        private final PrinterProfile printer;
        private final PrintBench.Sink sink;
        private final List<String> scans;
        private final boolean deliverNow;
        private int n;
        int bytesPerLabel;
        /** Formats (^XA…^XZ) one label's job holds; the printer has the label when it has counted them all. */
        private long formatsPerLabel;

        Packer(Workbench bench, PrinterProfile printer, PrintBench.Sink sink, List<String> scans, boolean deliverNow) {
            this.bench = bench;
            this.printer = printer;
            this.sink = sink;
            this.scans = scans;
            this.deliverNow = deliverNow;
        }

        Times label() throws InterruptedException {
            String scan = scans.get(n % scans.size());
            // Each parcel its own order and tracking number: one tracking number belongs to one order.
            String order = String.format("VK-BENCH-%07d", n);
            String tracking = String.format("RU%09dVK", n);
            n++;
            long before = sink.labels.get();

            long t0 = System.nanoTime();
            String code = bench.catalog()
                    .find(scan)
                    .or(() -> bench.catalog().findByGtin(scan))
                    .map(Sku::sku)
                    .orElseThrow(() -> new IllegalStateException("not in the catalog: " + scan));
            // As Упаковка and Принтеры do: the services are fetched from the bench for each action.
            LabelPrinting.Printed p = bench.printing()
                    .print(
                            PRINTER,
                            (format, dpi) ->
                                    new LabelRequest(code, template, order, tracking, Optional.empty(), format, dpi),
                            1);
            long queued = System.nanoTime();
            long sent = queued;
            if (deliverNow) {
                List<DeliverNow.Delivery> d =
                        bench.deliverNow().jobs(List.of(p.job().id()));
                sent = System.nanoTime();
                if (d.size() != 1 || d.get(0).status() != JobStatus.SENT) {
                    throw new IllegalStateException(
                            "the bench printer did not take label " + p.label().labelId() + ": " + d);
                }
            }
            if (formatsPerLabel == 0) {
                // Measured on the first warm-up label, outside every timed figure that follows.
                byte[] job = PrinterBytes.ofIssued(p.label().bytes(), p.label().document(), printer, 1);
                bytesPerLabel = job.length;
                formatsPerLabel = count(new String(job, StandardCharsets.US_ASCII), "^XZ");
            }
            long atPrinter = sink.awaitFormats(before + formatsPerLabel, PRINTER_PATIENCE_NANOS);
            return new Times(queued - t0, (deliverNow ? sent : atPrinter) - t0, atPrinter - t0);
        }
    }

    private void report(Times[] times, double seconds, Memory memory, int bytesPerLabel, int distinctScans) {
        long[] queued = sorted(times, Times::queued);
        long[] sent = sorted(times, Times::sent);
        long[] atPrinter = sorted(times, Times::atPrinter);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmark", "packer");
            m.put("labels", labels);
            m.put("warm_up", warmUp);
            m.put("template", template);
            m.put("deliver", deliver);
            m.put("jit", jit());
            m.put("job_bytes", bytesPerLabel);
            m.put("scan_to_queued_ms", percentiles(queued));
            m.put("scan_to_sent_ms", percentiles(sent));
            m.put("scan_to_printer_ms", percentiles(atPrinter));
            m.put("labels_per_s", Math.round(labels / seconds * 10) / 10.0);
            m.put("vm_rss_mib", memory.rssKib / 1024);
            m.put("vm_hwm_mib", memory.hwmKib / 1024);
            m.put("heap_used_after_gc_mib", memory.heapUsed >> 20);
            m.put("heap_committed_mib", memory.heapCommitted >> 20);
            m.put("heap_max_mib", memory.heapMax >> 20);
            out().println(Json.write(m));
            return;
        }
        out().printf(
                        "packer: %,d labels after %d warm-up, %s at 203 dpi (ZPL, %,d bytes a job), %d distinct scans "
                                + "(SKU codes and GTINs), delivered %s, to a local port-9100 printer; JIT %s%n",
                        labels,
                        warmUp,
                        template,
                        bytesPerLabel,
                        distinctScans,
                        deliver.equals("now") ? "at once (DeliverNow)" : "by the queue worker",
                        jit());
        line("scan → queued", queued);
        if (deliver.equals("now")) {
            line("scan → sent", sent);
        }
        line("scan → at printer", atPrinter);
        out().printf("  %.1f labels/s (%.2f ms each, one after another)%n", labels / seconds, seconds * 1000 / labels);
        out().printf(
                        "  memory after %,d labels: VmRSS %,d MiB, VmHWM %,d MiB; heap used after GC %,d MiB "
                                + "(committed %,d MiB, max %,d MiB)%n",
                        labels,
                        memory.rssKib / 1024,
                        memory.hwmKib / 1024,
                        memory.heapUsed >> 20,
                        memory.heapCommitted >> 20,
                        memory.heapMax >> 20);
    }

    /**
     * Which compilers ran the figures: the launcher runs this benchmark as it runs the window, on
     * C1 alone, and {@code PACKBENCH_JAVA_OPTS} can change that, so the report says which it was.
     */
    private static String jit() {
        var vm = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        boolean tiered =
                Boolean.parseBoolean(vm.getVMOption("TieredCompilation").getValue());
        int stopAt = Integer.parseInt(vm.getVMOption("TieredStopAtLevel").getValue());
        if (!tiered) {
            return "C2";
        }
        return stopAt < 4 ? "C1" : "C1+C2";
    }

    private void line(String what, long[] sorted) {
        out().printf(
                        "  %-18s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n",
                        what, p(sorted, 0.5), p(sorted, 0.9), p(sorted, 0.99), p(sorted, 1));
    }

    private static Map<String, Double> percentiles(long[] sorted) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p50", round(p(sorted, 0.5)));
        m.put("p90", round(p(sorted, 0.9)));
        m.put("p99", round(p(sorted, 0.99)));
        m.put("max", round(p(sorted, 1)));
        return m;
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }

    private static long[] sorted(Times[] times, java.util.function.ToLongFunction<Times> f) {
        long[] ns = Arrays.stream(times).mapToLong(f).toArray();
        Arrays.sort(ns);
        return ns;
    }

    /** The nearest-rank percentile in milliseconds: {@code q} = 1 is the maximum. */
    private static double p(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static long count(String text, String what) {
        long n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static String mm(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * The process's memory as the operating system and the heap see it. Resident set and its peak
     * come from Linux's /proc; elsewhere they are reported as 0.
     */
    private record Memory(long rssKib, long hwmKib, long heapUsed, long heapCommitted, long heapMax) {
        static Memory now() {
            long rss = 0;
            long hwm = 0;
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss = kib(line);
                    } else if (line.startsWith("VmHWM:")) {
                        hwm = kib(line);
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                // Not Linux: the heap figures still stand.
            }
            // Twice: the first collection may only queue finalisable objects for the second.
            System.gc();
            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            return new Memory(rss, hwm, heap.getUsed(), heap.getCommitted(), heap.getMax());
        }

        private static long kib(String line) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
    }
}
