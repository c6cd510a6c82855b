package org.packbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.app.SyntheticCatalog;
import org.packbench.app.Workbench;
import org.packbench.catalog.CatalogRepository;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code packbench bench …}: measured figures for docs/benchmarks.md. Each benchmark works on a
 * fresh temporary database, so it never touches the bench's own data.
 */
@Command(name = "bench", description = "Run a benchmark and print its figures.",
        subcommands = {BenchCommand.CatalogImportBench.class})
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
            Path dir = Files.createTempDirectory("packbench-bench");
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int run = 0; run <= runs; run++) {
                Workbench bench = Workbench.open(dir.resolve("run-" + run + ".db"), root().clock());
                long start = System.nanoTime();
                ImportResult r = bench.catalogImport().run(csv, ImportOptions.STRICT, CatalogRepository.Progress.NONE);
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
                out().printf("catalog import: %d rows (%d KiB) in %d ms best, %d ms mean of %d runs; %d rows/s%n",
                        rows, csv.length / 1024, best, total / runs, runs, rows * 1000L / Math.max(1, best));
            }
            return 0;
        }
    }
}
