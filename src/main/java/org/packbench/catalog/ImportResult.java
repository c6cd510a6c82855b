package org.packbench.catalog;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The outcome of an import.
 *
 * @param written  whether anything was written (false means the catalog is as it was)
 * @param inserted SKUs new to the catalog
 * @param updated  SKUs that replaced a record of the same code
 * @param problems errors and warnings in file order; rows with errors were not written
 */
public record ImportResult(
        Charset charset,
        char delimiter,
        int rowsRead,
        boolean written,
        int inserted,
        int updated,
        List<ImportProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    public List<ImportProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public int rejected() {
        return (int) errors().stream().mapToInt(ImportProblem::line).distinct().count();
    }

    /** True when the file was taken as a whole: nothing rejected. */
    public boolean clean() {
        return errors().isEmpty();
    }
}
