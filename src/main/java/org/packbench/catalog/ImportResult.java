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

    /** Rows of SKUs with errors; the header line and the file as a whole are not rows. */
    public int rejected() {
        return (int) errors().stream().filter(p -> !p.beforeTheRows()).mapToInt(ImportProblem::line).distinct().count();
    }

    /** The file or its header line has errors: no row could be judged, so "N of M rows" would say nothing. */
    public boolean fileRejected() {
        return errors().stream().anyMatch(ImportProblem::beforeTheRows);
    }

    /** True when the file was taken as a whole: nothing rejected. */
    public boolean clean() {
        return errors().isEmpty();
    }
}
