package org.packbench.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.packbench.app.InputFile;
import org.packbench.app.IoReason;
import org.packbench.catalog.CatalogSource;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProblem;
import org.packbench.catalog.ImportResult;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "catalog",
        description = "Import, list and show SKUs.",
        subcommands = {CatalogCommand.Import.class, CatalogCommand.ListSkus.class, CatalogCommand.Show.class})
final class CatalogCommand {

    @Command(name = "import", description = "Import a catalog CSV (UTF-8 or Windows-1251, ',' or ';').")
    static final class Import extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--skip-invalid", description = "Write the valid rows and list the rejected ones.")
        boolean skipInvalid;

        @Option(names = "--update", description = "Replace SKUs that are already in the catalog.")
        boolean update;

        @Option(names = "--json", description = "Write the import report as JSON to stdout.")
        boolean json;

        @Override
        public Integer call() {
            CatalogSource source = InputFile.catalog(file);
            ImportProgressLine progress = new ImportProgressLine(err(), System.console() != null && !json, locale());
            ImportResult result;
            try {
                result = workbench().catalogImport().run(source, new ImportOptions(skipInvalid, update), progress);
            } catch (UncheckedIOException e) {
                progress.finish();
                err().println("error: "
                        + Message.of("file.unreadable", file, IoReason.of(e.getCause()))
                                .in(locale()));
                return 1;
            }
            progress.finish();
            for (ImportProblem p : result.problems()) {
                err().println((p.isError() ? "error: " : "warning: ") + p.in(locale()));
            }
            if (result.notListed() > 0) {
                err().println(Message.of(
                                "catalog.notListed", result.notListed(), result.errorCount(), result.warningCount())
                        .in(locale()));
            }
            String summary = Message.of(
                            summaryKey(result),
                            result.inserted(),
                            result.updated(),
                            result.rejected(),
                            result.rowsRead(),
                            result.charset().name(),
                            String.valueOf(result.delimiter()))
                    .in(locale());
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", file.toString());
                m.put("encoding", result.charset().name());
                m.put("delimiter", String.valueOf(result.delimiter()));
                m.put("rows", result.rowsRead());
                m.put("written", result.written());
                m.put("inserted", result.inserted());
                m.put("updated", result.updated());
                m.put("rejected", result.rejected());
                m.put(
                        "errors",
                        result.errors().stream()
                                .map(p -> Json.problem(p, locale()))
                                .toList());
                m.put(
                        "warnings",
                        result.warnings().stream()
                                .map(p -> Json.problem(p, locale()))
                                .toList());
                // The lists above hold the first problems only; these count them all.
                m.put("error_count", result.errorCount());
                m.put("warning_count", result.warningCount());
                out().println(Json.write(m));
                err().println(summary);
            } else {
                out().println(summary);
            }
            return result.clean() || (skipInvalid && result.written()) ? 0 : 1;
        }

        private String summaryKey(ImportResult result) {
            if (result.written()) {
                return "catalog.imported";
            }
            if (result.fileRejected()) {
                return "catalog.notImported.file";
            }
            return skipInvalid ? "catalog.notImported.allRows" : "catalog.notImported";
        }
    }

    @Command(name = "list", description = "List the catalog.")
    static final class ListSkus extends CommandBase implements Callable<Integer> {
        @Option(names = "--json", description = "Write the SKUs as a JSON array.")
        boolean json;

        @Option(
                names = "--search",
                paramLabel = "TEXT",
                description = "Only SKUs whose code, GTIN or name contains TEXT.")
        String search = "";

        @Override
        public Integer call() {
            List<Sku> skus = workbench().catalog().search(search, Integer.MAX_VALUE);
            if (json) {
                out().println(Json.write(skus.stream().map(Json::sku).toList()));
            } else {
                for (Sku s : skus) {
                    out().printf(
                                    "%-14s %-14s %-5s %6d g  %s%n",
                                    s.sku(), s.gtin(), s.marketplace().code(), s.netWeightG(), s.nameRu());
                }
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Show one SKU.")
    static final class Show extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "SKU")
        String sku;

        @Option(names = "--json", description = "Write the SKU as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Optional<Sku> found = workbench().catalog().find(sku);
            if (found.isEmpty()) {
                err().println("error: " + Message.of("sku.notFound", sku).in(locale()));
                return 1;
            }
            Map<String, Object> record = Json.sku(found.get());
            if (json) {
                out().println(Json.write(record));
            } else {
                record.forEach((k, v) -> out().printf("%-19s %s%n", k, v));
            }
            return 0;
        }
    }
}
