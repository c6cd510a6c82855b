package org.packbench.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.packbench.journal.ChainCheck;
import org.packbench.journal.LogColumn;
import org.packbench.journal.LogExport;

/**
 * The label log as CSV, one row per entry in {@link LogColumn} order, then a trailer of
 * {@code #key,value} lines that names the period, the count and the chain's hashes.
 *
 * <p>UTF-8 with a BOM and CRLF line ends, because that is what makes Excel on Windows open Cyrillic
 * text correctly; {@code ;} as separator for Russian Excel, whose list separator is the semicolon.
 * Rows are written as they are walked, so a year of log needs no more memory than a day.
 */
public final class CsvLogWriter {
    public static final char DEFAULT_SEPARATOR = ',';
    static final String TRAILER_COMPANY = "#company";
    static final String TRAILER_PERIOD = "#period";
    static final String TRAILER_PERIOD_TO = "#period_to";
    static final String TRAILER_GENERATED = "#generated";
    static final String TRAILER_ENTRIES = "#entries";
    static final String TRAILER_START = "#start_sha256";
    static final String TRAILER_HEAD = "#head_sha256";
    static final String TRAILER_CHAIN = "#chain";
    private static final String CRLF = "\r\n";

    public void write(LogExport x, OutputStream out) throws IOException {
        write(x, out, DEFAULT_SEPARATOR);
    }

    public void write(LogExport x, OutputStream out, char separator) throws IOException {
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("a label-log CSV is separated by , or ;, not " + separator);
        }
        // Not closed: the stream is the caller's, who may still move or check the file.
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        LogColumn[] columns = LogColumn.values();
        String[] cells = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            cells[i] = columns[i].header(x.locale());
        }
        row(w, separator, cells);
        ZoneId zone = x.period().zone();
        long[] written = {0};
        try {
            ExportRows.forEach(x, e -> {
                for (int i = 0; i < columns.length; i++) {
                    cells[i] = ExportRows.text(columns[i], e, zone, x.locale());
                }
                try {
                    row(w, separator, cells);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                written[0]++;
            });
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        w.write(CRLF);
        row(w, separator, TRAILER_COMPANY, x.company());
        row(w, separator, TRAILER_PERIOD, x.period().first().toString());
        row(w, separator, TRAILER_PERIOD_TO, x.period().last().toString());
        row(w, separator, TRAILER_GENERATED, x.generatedAt().toString());
        row(w, separator, TRAILER_ENTRIES, Long.toString(written[0]));
        row(w, separator, TRAILER_START, x.startHash());
        row(w, separator, TRAILER_HEAD, x.headHash());
        row(w, separator, TRAILER_CHAIN, chain(x.chain()));
        w.flush();
    }

    /** The chain's state in words a script can match: {@code intact} or {@code broken at 17: EDITED}. */
    static String chain(ChainCheck.Report chain) {
        return chain.broken()
                .map(b -> "broken at " + b.seq() + ": " + b.why().name())
                .orElse("intact");
    }

    static void row(Writer w, char separator, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(separator);
            }
            cell(w, separator, cells[i]);
        }
        w.write(CRLF);
    }

    private static void cell(Writer w, char separator, String value) throws IOException {
        String v = neutralised(value);
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == separator || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            w.write(v);
            return;
        }
        w.write('"');
        w.write(v.replace("\"", "\"\""));
        w.write('"');
    }

    /**
     * A cell a spreadsheet would take for a formula gets a leading apostrophe, so that a scanned or
     * typed value such as {@code =HYPERLINK(...)} is shown, never run. A value that already begins
     * with an apostrophe gets one too, so that a reader can always strip exactly one and get the
     * value back.
     */
    static String neutralised(String v) {
        if (v.isEmpty()) {
            return v;
        }
        return switch (v.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + v;
            default -> v;
        };
    }
}
