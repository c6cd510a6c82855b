package org.packbench.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import org.packbench.app.Workbench;
import org.packbench.label.LabelDocument;
import org.packbench.render.RasterWriter;
import org.packbench.store.Database;
import org.packbench.store.SqliteDacRepository;
import org.packbench.verify.dispatch.DispatchCheck;
import org.packbench.verify.dispatch.DispatchLabel;
import org.packbench.verify.dispatch.DispatchRecords;
import org.packbench.verify.dispatch.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Benchmarks of the checks: readback per label, and the dispatch verdict on a large label log. */
final class VerifyBench {
    private VerifyBench() {}

    @Command(name = "readback", description = "Time to read every barcode of one label back from its print raster.")
    static final class Readback extends CommandBase implements Callable<Integer> {
        @Option(names = "--template", defaultValue = "vk-product-58x40")
        String template;

        @Option(names = "--dpi", defaultValue = "203")
        int dpi;

        @Option(names = "--seconds", defaultValue = "3")
        double seconds;

        @Override
        public Integer call() {
            LabelDocument doc = BenchLabels.vk(template, dpi);
            var raster = new RasterWriter().printRaster(doc);
            var readback = new org.packbench.verify.Readback();
            if (!readback.check(doc, raster).ok()) {
                err().println("error: the benchmark label does not read back: "
                        + readback.check(doc, raster).findings());
                return 1;
            }
            WriterBench.Figure decode = WriterBench.time("readback", seconds, () -> readback.check(doc, raster));
            WriterBench.Figure both = WriterBench.time(
                    "raster+readback", seconds, () -> readback.check(doc, new RasterWriter().printRaster(doc)));
            out().printf(
                            "%s at %d dpi: readback %.2f ms per label; with rasterising %.2f ms%n",
                            template, dpi, decode.msEach(), both.msEach());
            return 0;
        }
    }

    @Command(name = "dispatch", description = "Dispatch verdict latency with a large label log (p50, p99).")
    static final class Dispatch extends CommandBase implements Callable<Integer> {
        @Option(names = "--labels", defaultValue = "1000000")
        int labels;

        @Option(names = "--scans", defaultValue = "2000")
        int scans;

        @Option(
                names = "--server",
                paramLabel = "URL",
                description = "An empty PostgreSQL database (postgresql://HOST/DB?user=NAME, password from PGPASSWORD) "
                        + "instead of an SQLite file on disk.")
        String server;

        @Override
        public Integer call() throws Exception {
            Path file = BenchFolder.create().resolve("dispatch.db");
            Workbench bench;
            Database db;
            if (server == null) {
                bench = Workbench.open(file, root().clock());
                db = Database.open(file);
            } else {
                var address = (org.packbench.location.DatabaseAddress.PostgresServer)
                        org.packbench.location.DatabaseAddress.parse(server);
                String password = System.getenv("PGPASSWORD");
                bench = Workbench.open(
                        address, password == null ? null : password.toCharArray(), file, root().clock(), "bench");
                db = Database.open(address, password, file, "bench");
            }
            long fill = System.nanoTime();
            org.packbench.store.LabelLogFiller.fill(db, labels);
            double fillS = (System.nanoTime() - fill) / 1e9;
            var records = bench.dispatchRecords();
            // The verdict alone: the same look-ups and judgement, with the scan log write left out.
            DispatchRecords lookupsOnly = new DispatchRecords() {
                public Optional<DispatchLabel> byLabelId(long id) {
                    return records.byLabelId(id);
                }

                public Optional<DispatchLabel> byTracking(String t) {
                    return records.byTracking(t);
                }

                public Optional<DispatchLabel> bySscc(String s) {
                    return records.bySscc(s);
                }

                public void recordScan(String b, String l, String d, Verdict v, Optional<Long> id) {}
            };
            long[] verdict = run(
                    new DispatchCheck(lookupsOnly, new SqliteDacRepository(db, root().clock()), root().clock()), 11);
            long[] logged = run(bench.dispatch(), 13);
            out().printf(
                            "dispatch with %,d labels in the log (filled in %.1f s), %d scans, QR and tracking alternately:%n",
                            labels, fillS, scans);
            out().printf(
                            "  verdict            p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n",
                            p(verdict, 0.5), p(verdict, 0.99), p(verdict, 1));
            out().printf(
                            "  verdict + durable scan log  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n",
                            p(logged, 0.5), p(logged, 0.99), p(logged, 1));
            return 0;
        }

        private long[] run(DispatchCheck check, long seed) {
            Random random = new Random(seed);
            long[] ns = new long[scans];
            for (int i = 0; i < scans; i++) {
                long id = 1 + random.nextInt(labels);
                String data = i % 2 == 0
                        ? String.format("PB1|vk|O-%d|T%09d|PB-7-001|DAC7Q2M9XK4P|L%08d", id, id, id)
                        : String.format("T%09d", id);
                long start = System.nanoTime();
                check.scan(data, Optional.empty(), "bench-bench");
                ns[i] = System.nanoTime() - start;
            }
            Arrays.sort(ns);
            return ns;
        }

        private static double p(long[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
        }
    }
}
