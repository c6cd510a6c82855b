package org.packbench.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.i18n.ProblemException;

/**
 * RFC 4180 CSV with the delimiter of the file: quoted fields may hold the delimiter, doubled
 * quotes and line breaks; CRLF and LF both end a record; blank lines are skipped.
 *
 * <p>Reads one record at a time, so a catalog of a million rows never sits in memory whole. A
 * record may be long (a seller's description column, a runaway value that a message quotes by its
 * beginning), but not endless: a quote left open would otherwise swallow the rest of the file
 * into one field.
 */
public final class CsvReader {
    /** Characters one record may hold: far beyond any real row, small enough for the launcher's heap. */
    public static final int MAX_RECORD = 4_000_000;

    private final Reader in;
    private final char delimiter;
    private final int maxRecord;
    private final char[] buffer = new char[8192];
    private int position;
    private int filled;
    private int line = 1;
    private int pending = -2;

    /** Reads from {@code in}, in blocks of its own; {@code maxRecord} characters at most per record. */
    public CsvReader(Reader in, char delimiter, int maxRecord) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxRecord = maxRecord;
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
                    default -> {}
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Every record of {@code text}; for files already in memory (batch files, order lists, exports). */
    public static List<CsvRecord> parse(String text, char delimiter) {
        CsvReader reader = new CsvReader(new StringReader(text), delimiter, Integer.MAX_VALUE);
        List<CsvRecord> records = new ArrayList<>();
        try {
            for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                records.add(r.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /**
     * The next record, or empty at the end of the input.
     *
     * @throws ProblemException {@code csv.unterminatedQuote} at the end of a quote never closed, or
     *                          {@code csv.recordTooLong} for a record over the limit
     */
    public Optional<CsvRecord> next() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int recordLine = line;
        int length = 0;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        boolean recordHasContent = false;
        for (int c = read(); c >= 0; c = read()) {
            if (++length > maxRecord) {
                throw new ProblemException("csv.recordTooLong", recordLine, maxRecord);
            }
            if (quoted) {
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(after);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
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
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                line++;
                if (recordHasContent || field.length() > 0) {
                    fields.add(field.toString());
                    return Optional.of(new CsvRecord(recordLine, fields));
                }
                // A blank line: the next record starts on the line after it.
                fields.clear();
                field.setLength(0);
                fieldWasQuoted = false;
                recordHasContent = false;
                recordLine = line;
                length = 0;
            } else {
                field.append((char) c);
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
            return Optional.of(new CsvRecord(recordLine, fields));
        }
        return Optional.empty();
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        if (position == filled) {
            filled = in.read(buffer, 0, buffer.length);
            position = 0;
            if (filled <= 0) {
                filled = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private void unread(int c) {
        pending = c;
    }
}
