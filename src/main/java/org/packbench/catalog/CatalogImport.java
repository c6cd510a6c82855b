package org.packbench.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.packbench.access.Guard;
import org.packbench.access.Right;
import org.packbench.i18n.Message;

/**
 * Imports a catalog file. By default all-or-nothing: one bad row and nothing is written, with
 * every problem listed; with {@code skipInvalid} the good rows go in and the rest are listed.
 */
public final class CatalogImport {
    private final CatalogRepository repository;
    private final CatalogReader reader;
    private final Guard guard;

    public CatalogImport(CatalogRepository repository, CatalogReader reader) {
        this(repository, reader, Guard.OPEN);
    }

    /** An import that asks {@code guard} for the right to edit the catalog before it reads a byte. */
    public CatalogImport(CatalogRepository repository, CatalogReader reader, Guard guard) {
        this.repository = repository;
        this.reader = reader;
        this.guard = guard;
    }

    /**
     * Replaces one existing record with {@code values}, checked by every rule of an import; nothing
     * is written when any rule refuses a value. The SKU code itself is not changed this way.
     */
    public ImportResult replace(Map<CatalogField, String> values) {
        guard.require(Right.EDIT_CATALOG);
        String sku = values.getOrDefault(CatalogField.SKU, "");
        if (repository.find(sku).isEmpty()) {
            throw new org.packbench.i18n.ProblemException("sku.notFound", sku);
        }
        return run(CatalogRow.csv(values), new ImportOptions(false, true), CatalogRepository.Progress.NONE);
    }

    public ImportResult run(byte[] content, ImportOptions options, CatalogRepository.Progress progress) {
        guard.require(Right.EDIT_CATALOG);
        CatalogReading reading = reader.read(content);
        List<ImportProblem> problems = new ArrayList<>(reading.problems());
        List<CatalogReading.Row> rows = new ArrayList<>(reading.validRows());

        Set<String> existing = repository.existing(rows.stream().map(r -> r.sku().sku()).toList());
        if (!options.update() && !existing.isEmpty()) {
            for (CatalogReading.Row row : rows) {
                if (existing.contains(row.sku().sku())) {
                    problems.add(ImportProblem.error(row.line(), CatalogField.SKU.column(), row.sku().sku(),
                            Message.of("sku.existsInDatabase")));
                }
            }
            rows.removeIf(r -> existing.contains(r.sku().sku()));
        }
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        boolean anyError = problems.stream().anyMatch(ImportProblem::isError);
        if ((anyError && !options.skipInvalid()) || rows.isEmpty()) {
            return new ImportResult(reading.charset(), reading.delimiter(), reading.rowsRead(), false, 0, 0, problems);
        }
        List<Sku> skus = rows.stream().map(CatalogReading.Row::sku).toList();
        repository.saveAll(skus, options.update(), progress);
        int updated = (int) skus.stream().filter(s -> existing.contains(s.sku())).count();
        return new ImportResult(reading.charset(), reading.delimiter(), reading.rowsRead(), true,
                skus.size() - updated, updated, problems);
    }
}
