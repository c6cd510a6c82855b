package org.packbench.catalog;

import java.util.Locale;
import org.packbench.i18n.Message;

/**
 * One thing wrong with a catalog file, placed so the seller can find it in Excel: the line,
 * the column, the value found and what was expected.
 *
 * @param line   1-based line of the file (the header is line 1); 0 for the file as a whole,
 *               whose message says where, if anywhere
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

    /** A problem with the whole file (its encoding, an unclosed quote, no rows): its message says where. */
    public static ImportProblem ofFile(Message what) {
        return error(0, "", "", what);
    }

    /** Whether this is about the file or its header line rather than one row of SKUs. */
    public boolean beforeTheRows() {
        return line <= 1;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The whole sentence, e.g. {@code line 3, column gtin, value "46078O5824904": …}. */
    public Message describe() {
        if (line == 0) {
            return what;
        }
        if (column.isEmpty()) {
            return Message.of("catalog.problem.line", line, what);
        }
        return Message.of("catalog.problem.cell", line, column, value, what);
    }

    public String in(Locale locale) {
        return describe().in(locale);
    }
}
