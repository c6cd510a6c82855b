package org.packbench.catalog;

import java.util.ArrayList;
import java.util.List;
import org.packbench.i18n.ProblemException;

/**
 * RFC 4180 CSV with the delimiter of the file: quoted fields may hold the delimiter, doubled
 * quotes and line breaks; CRLF and LF both end a record; blank lines are skipped.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /** The delimiter the header line uses: whichever of ; , or TAB occurs most outside quotes. */
    public static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    public static List<CsvRecord> parse(String text, char delimiter) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        boolean recordHasContent = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
                recordHasContent = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                recordHasContent = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (recordHasContent || field.length() > 0) {
                    fields.add(field.toString());
                    records.add(new CsvRecord(recordLine, fields));
                }
                fields = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
                recordHasContent = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                if (c != ' ') {
                    recordHasContent = true;
                }
            }
        }
        if (quoted) {
            throw new ProblemException("csv.unterminatedQuote", recordLine);
        }
        if (recordHasContent || field.length() > 0) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, fields));
        }
        return records;
    }
}
