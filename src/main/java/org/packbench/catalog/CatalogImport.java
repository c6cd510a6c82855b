package org.packbench.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.packbench.access.Guard;
import org.packbench.access.Right;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * Imports a catalog file. By default all-or-nothing: one bad row and nothing is written, with
 * every problem listed; with {@code skipInvalid} the good rows go in and the rest are listed.
 *
 * <p>The file is streamed, never held whole: one pass settles its encoding, a second reads the
 * rows and writes them a chunk at a time inside one transaction, which is committed at the end
 * only if the import is to be kept. Once a row is refused without {@code skipInvalid}, writing
 * stops but reading goes on, so that every problem of the file is found in one run.
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
            throw new ProblemException("sku.notFound", sku);
        }
        return run(CatalogRow.csv(values), new ImportOptions(false, true), ImportProgress.NONE);
    }

    /** A file already in memory. */
    public ImportResult run(byte[] content, ImportOptions options, ImportProgress progress) {
        return run(CatalogSource.of(content), options, progress);
    }

    /**
     * @throws UncheckedIOException when the source cannot be read; nothing is written then
     * @throws ProblemException     what {@code progress} throws to stop the import; nothing is written then
     */
    public ImportResult run(CatalogSource source, ImportOptions options, ImportProgress progress) {
        guard.require(Right.EDIT_CATALOG);
        try {
            CatalogEncoding encoding;
            try {
                encoding = CatalogEncoding.of(source);
            } catch (ProblemException e) {
                // Lines of two encodings: no reading of it is right, so no row is read at all.
                return new ImportResult(
                        StandardCharsets.UTF_8, ',', 0, false, 0, 0, List.of(ImportProblem.ofFile(e.problem())));
            }
            return repository.importing(options.update(), session -> {
                Writing writing = new Writing(session, options);
                CatalogScan.Outcome outcome;
                try {
                    outcome = new CatalogScan(reader.advisories()).read(source, encoding, session, writing, progress);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (outcome.refusal().isPresent()) {
                    return new ImportResult(
                            encoding.charset(),
                            outcome.delimiter(),
                            0,
                            false,
                            0,
                            0,
                            List.of(outcome.refusal().get()));
                }
                return writing.result(encoding, outcome);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of one import on their way into the catalog, and what was found on the way. */
    private static final class Writing implements CatalogScan.Handler {
        private final CatalogRepository.ImportSession session;
        private final ImportOptions options;
        private final ImportProblems problems = new ImportProblems();
        private long written;
        private long updated;

        Writing(CatalogRepository.ImportSession session, ImportOptions options) {
            this.session = session;
            this.options = options;
        }

        @Override
        public void header(List<ImportProblem> found) {
            problems.addAll(found);
        }

        @Override
        public void rows(List<CatalogScan.CheckedRow> chunk) {
            List<String> codes = new ArrayList<>();
            for (CatalogScan.CheckedRow row : chunk) {
                if (row.sku() != null) {
                    codes.add(row.sku().sku());
                }
            }
            Set<String> existing = codes.isEmpty() ? Set.of() : session.existing(codes);
            List<Sku> toWrite = new ArrayList<>(codes.size());
            long replacing = 0;
            for (CatalogScan.CheckedRow row : chunk) {
                problems.addAll(row.problems());
                Sku sku = row.sku();
                if (sku == null) {
                    continue;
                }
                if (existing.contains(sku.sku()) && !options.update()) {
                    problems.add(ImportProblem.error(
                            row.line(), CatalogField.SKU.column(), sku.sku(), Message.of("sku.existsInDatabase")));
                    continue;
                }
                toWrite.add(sku);
                if (existing.contains(sku.sku())) {
                    replacing++;
                }
            }
            // Without skipInvalid one refused row means nothing is kept: writing on would be lost work.
            if (!toWrite.isEmpty() && (options.skipInvalid() || !problems.anyError())) {
                session.write(toWrite);
                written += toWrite.size();
                updated += replacing;
            }
        }

        ImportResult result(CatalogEncoding encoding, CatalogScan.Outcome outcome) {
            boolean kept = written > 0 && (options.skipInvalid() || !problems.anyError());
            return new ImportResult(
                    encoding.charset(),
                    outcome.delimiter(),
                    outcome.rowsRead(),
                    kept,
                    kept ? (int) (written - updated) : 0,
                    kept ? (int) updated : 0,
                    problems.kept(),
                    (int) problems.errors(),
                    (int) problems.warnings(),
                    (int) problems.rejectedRows());
        }
    }
}
