package org.packbench.catalog;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The outcome of an import.
 *
 * @param written      whether anything was written (false means the catalog is as it was)
 * @param inserted     SKUs new to the catalog
 * @param updated      SKUs that replaced a record of the same code
 * @param problems     errors and warnings in file order, the first {@value ImportProblems#KEPT} of
 *                     them; rows with errors were not written
 * @param errorCount   errors in all, listed or not
 * @param warningCount warnings in all, listed or not
 * @param rejected     rows of SKUs with errors; the header line and the file as a whole are not rows
 */
public record ImportResult(
        Charset charset,
        char delimiter,
        int rowsRead,
        boolean written,
        int inserted,
        int updated,
        List<ImportProblem> problems,
        int errorCount,
        int warningCount,
        int rejected) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    /** An outcome whose problems are all listed. */
    public ImportResult(
            Charset charset,
            char delimiter,
            int rowsRead,
            boolean written,
            int inserted,
            int updated,
            List<ImportProblem> problems) {
        this(
                charset,
                delimiter,
                rowsRead,
                written,
                inserted,
                updated,
                problems,
                (int) problems.stream().filter(ImportProblem::isError).count(),
                (int) problems.stream().filter(p -> !p.isError()).count(),
                (int) problems.stream()
                        .filter(p -> p.isError() && !p.beforeTheRows())
                        .mapToInt(ImportProblem::line)
                        .distinct()
                        .count());
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    public List<ImportProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** Problems found but not listed, beyond the first {@value ImportProblems#KEPT}. */
    public int notListed() {
        return errorCount + warningCount - problems.size();
    }

    /** The file or its header line has errors: no row could be judged, so "N of M rows" would say nothing. */
    public boolean fileRejected() {
        return errors().stream().anyMatch(ImportProblem::beforeTheRows);
    }

    /** True when the file was taken as a whole: nothing rejected. */
    public boolean clean() {
        return errorCount == 0;
    }
}
