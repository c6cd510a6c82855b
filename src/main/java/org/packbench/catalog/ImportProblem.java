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
 * @param value  the value found, exactly as read (of a value kept {@link #compact() compact}, its beginning)
 * @param valueLength the length of the value found
 */
public record ImportProblem(int line, String column, String value, Message what, Severity severity, int valueLength) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public ImportProblem(int line, String column, String value, Message what, Severity severity) {
        this(line, column, value, what, severity, value.length());
    }

    /**
     * The same problem holding no more of the value and of its message's arguments than a
     * message quotes, for a list that may keep a thousand of them.
     */
    public ImportProblem compact() {
        Object kept = org.packbench.i18n.ValueExcerpt.Kept.of(value);
        String beginning = kept instanceof org.packbench.i18n.ValueExcerpt.Kept k ? k.beginning() : value;
        return new ImportProblem(line, column, beginning, what.compact(), severity, valueLength);
    }

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
        Object shown =
                valueLength > value.length() ? new org.packbench.i18n.ValueExcerpt.Kept(value, valueLength) : value;
        return Message.of("catalog.problem.cell", line, column, shown, what);
    }

    public String in(Locale locale) {
        return describe().in(locale);
    }
}
