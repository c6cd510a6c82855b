package org.packbench.catalog;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What a catalog file says, before anything is written: the rows that are valid and every
 * problem found, in file order.
 */
public record CatalogReading(
        Charset charset, char delimiter, int rowsRead, List<Row> validRows, List<ImportProblem> problems) {

    /** A valid SKU and the line it came from. */
    public record Row(int line, Sku sku) {}

    public CatalogReading {
        validRows = List.copyOf(validRows);
        problems = List.copyOf(problems);
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    public List<ImportProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }
}
