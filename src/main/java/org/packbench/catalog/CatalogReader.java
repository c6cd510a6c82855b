package org.packbench.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.packbench.i18n.ProblemException;

/**
 * Reads a catalog file already in memory into SKUs and problems without writing anything:
 * encoding and delimiter are detected, every row is validated, and SKUs repeated within the
 * file are reported. An import reads the same way, from a stream, through {@link CatalogImport}.
 */
public final class CatalogReader {
    private final List<SkuAdvisory> advisories;

    public CatalogReader(List<SkuAdvisory> advisories) {
        this.advisories = List.copyOf(advisories);
    }

    List<SkuAdvisory> advisories() {
        return advisories;
    }

    public CatalogReading read(byte[] content) {
        CatalogSource source = CatalogSource.of(content);
        try {
            CatalogEncoding encoding;
            try {
                encoding = CatalogEncoding.of(source);
            } catch (ProblemException e) {
                // Lines of two encodings: no reading of it is right, so no row is read at all.
                return new CatalogReading(
                        StandardCharsets.UTF_8, ',', 0, List.of(), List.of(ImportProblem.ofFile(e.problem())));
            }
            Charset charset = encoding.charset();
            List<ImportProblem> problems = new ArrayList<>();
            List<CatalogReading.Row> valid = new ArrayList<>();
            CatalogScan.Outcome outcome = new CatalogScan(advisories)
                    .read(
                            source,
                            encoding,
                            FirstLines.inMemory(),
                            new CatalogScan.Handler() {
                                @Override
                                public void header(List<ImportProblem> found) {
                                    problems.addAll(found);
                                }

                                @Override
                                public void rows(List<CatalogScan.CheckedRow> chunk) {
                                    for (CatalogScan.CheckedRow row : chunk) {
                                        problems.addAll(row.problems());
                                        if (row.sku() != null) {
                                            valid.add(new CatalogReading.Row(row.line(), row.sku()));
                                        }
                                    }
                                }
                            },
                            ImportProgress.NONE);
            if (outcome.refusal().isPresent()) {
                return new CatalogReading(
                        charset,
                        outcome.delimiter(),
                        0,
                        List.of(),
                        List.of(outcome.refusal().get()));
            }
            return new CatalogReading(charset, outcome.delimiter(), outcome.rowsRead(), valid, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
