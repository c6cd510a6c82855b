package org.packbench.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one import as they are found, in file order: the first {@link #KEPT} of them
 * to show, and a count of all. A file of a million faulty rows would otherwise list a million
 * sentences in memory, which nobody reads past the first screens of.
 */
final class ImportProblems {
    static final int KEPT = 1000;

    private final List<ImportProblem> kept = new ArrayList<>();
    private long errors;
    private long warnings;
    private long rejectedRows;
    private int lastRejectedLine = -1;

    void add(ImportProblem p) {
        if (p.isError()) {
            errors++;
            if (!p.beforeTheRows() && p.line() != lastRejectedLine) {
                rejectedRows++;
                lastRejectedLine = p.line();
            }
        } else {
            warnings++;
        }
        if (kept.size() < KEPT) {
            kept.add(p.compact());
        }
    }

    void addAll(List<ImportProblem> problems) {
        problems.forEach(this::add);
    }

    boolean anyError() {
        return errors > 0;
    }

    List<ImportProblem> kept() {
        return kept;
    }

    long errors() {
        return errors;
    }

    long warnings() {
        return warnings;
    }

    long rejectedRows() {
        return rejectedRows;
    }
}
