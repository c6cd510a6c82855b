package org.packbench.catalog;

import java.util.Locale;
import org.packbench.i18n.Message;

/**
 * One thing wrong with a catalog file, placed so the seller can find it in Excel: the line,
 * the column, the value found and what was expected.
 *
 * @param line   1-based line of the file (the header is line 1)
 * @param column the column as the file names it, or empty for a whole-row problem
 * @param value  the value found, exactly as read
 */
public record ImportProblem(int line, String column, String value, Message what, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public static ImportProblem error(int line, String column, String value, Message what) {
        return new ImportProblem(line, column, value, what, Severity.ERROR);
    }

    public static ImportProblem warning(int line, String column, String value, Message what) {
        return new ImportProblem(line, column, value, what, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The whole sentence, e.g. {@code line 3, column gtin, value "46078O5824904": …}. */
    public Message describe() {
        if (column.isEmpty()) {
            return Message.of("catalog.problem.line", line, what);
        }
        return Message.of("catalog.problem.cell", line, column, value, what);
    }

    public String in(Locale locale) {
        return describe().in(locale);
    }
}
