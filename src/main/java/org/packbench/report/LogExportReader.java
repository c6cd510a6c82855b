package org.packbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.packbench.catalog.CsvReader;
import org.packbench.catalog.CsvRecord;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.journal.LogColumn;

/**
 * Reads back a label-log export made by {@link CsvLogWriter}, {@link XlsxLogWriter} or
 * {@link PdfLogReport}, by its file extension, to compare it with the log as it is now. Headers in
 * either language are accepted: columns are taken by position, once each header is known.
 */
public final class LogExportReader {
    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
    private static final String HASH = "([0-9a-f]{64})";

    private LogExportReader() {}

    /** The export in {@code file}; a file that is not one is a {@link ProblemException} saying what is wrong. */
    public static ExportedLog read(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!List.of("csv", "xlsx", "pdf").contains(extension)) {
            throw unreadable(file, Message.of("export.unreadable.extension"));
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            // Not "damaged": there is nothing to read, and the parser would only repeat the path.
            throw new ProblemException(
                    "file.unreadable",
                    file,
                    Message.of(java.nio.file.Files.exists(file) ? "io.notAFile" : "io.noSuchFile"));
        }
        try {
            return switch (extension) {
                case "csv" -> csv(file);
                case "xlsx" -> XlsxLogReader.read(file);
                default -> pdf(file);
            };
        } catch (IOException
                | UncheckedIOException
                | ExcelReaderException
                | IllegalArgumentException
                | DateTimeException
                | ArithmeticException e) {
            // Whatever a parser makes of a foreign or damaged file, the user can only replace it.
            throw unreadable(
                    file,
                    Message.of(
                            "export.unreadable.damaged",
                            extension.toUpperCase(Locale.ROOT),
                            String.valueOf(e.getMessage())));
        }
    }

    static ProblemException unreadable(Path file, Message what) {
        return new ProblemException("export.unreadable", file.getFileName().toString(), what);
    }

    private static ExportedLog csv(Path file) throws IOException {
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRecord> records;
        try {
            records = CsvReader.parse(text, CsvReader.detectDelimiter(text));
        } catch (ProblemException e) {
            throw unreadable(file, e.problem());
        }
        if (records.isEmpty()) {
            throw unreadable(file, Message.of("export.unreadable.missing", "header"));
        }
        header(file, unescaped(records.get(0).fields()));
        List<ExportedLog.Row> rows = new ArrayList<>();
        Map<String, String> trailer = new HashMap<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            List<String> cells = unescaped(r.fields());
            if (cells.get(0).startsWith("#")) {
                trailer.put(cells.get(0), cells.size() > 1 ? cells.get(1) : "");
            } else if (!trailer.isEmpty()) {
                // A row after the trailer: two files run together, or a file edited by hand.
                throw unreadable(file, Message.of("export.unreadable.value", "#", String.join(",", cells)));
            } else if (cells.size() != LogColumn.values().length) {
                throw unreadable(
                        file, Message.of("export.unreadable.columns", cells.size(), LogColumn.values().length));
            } else {
                rows.add(row(file, cells));
            }
        }
        ExportedLog log = new ExportedLog(
                date(file, trailer, CsvLogWriter.TRAILER_PERIOD),
                date(file, trailer, CsvLogWriter.TRAILER_PERIOD_TO),
                hash(file, trailer, CsvLogWriter.TRAILER_START),
                hash(file, trailer, CsvLogWriter.TRAILER_HEAD),
                count(file, trailer, CsvLogWriter.TRAILER_ENTRIES),
                rows);
        return checked(file, log, true);
    }

    /** The reverse of {@link CsvLogWriter#neutralised}: one leading apostrophe is the writer's own. */
    private static List<String> unescaped(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String c : cells) {
            out.add(c.startsWith("'") ? c.substring(1) : c);
        }
        return out;
    }

    private static ExportedLog pdf(Path file) throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // The heading is on the first page; the rest is thousands of pages of rows not read back.
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            text = stripper.getText(doc);
        }
        Matcher period = find(file, text, ReportText.PERIOD, DATE + "(?:\\s*—\\s*" + DATE + ")?");
        LocalDate first = LocalDate.parse(period.group(1));
        LocalDate last = period.group(2) == null ? first : LocalDate.parse(period.group(2));
        ExportedLog log = new ExportedLog(
                first,
                last,
                find(file, text, ReportText.START_HASH, HASH).group(1),
                find(file, text, ReportText.HEAD_HASH, HASH).group(1),
                Long.parseLong(find(file, text, ReportText.ENTRIES, "(\\d+)").group(1)),
                List.of());
        return checked(file, log, false);
    }

    /** The value after {@code label:} at the start of a line, the label in either language. */
    private static Matcher find(Path file, String text, ReportText label, String value) {
        Matcher m = Pattern.compile("(?m)^\\s*(?:" + Pattern.quote(label.english()) + "|"
                        + Pattern.quote(label.russian()) + "):\\s*" + value)
                .matcher(text);
        if (!m.find()) {
            throw unreadable(file, Message.of("export.unreadable.missing", label.english()));
        }
        return m;
    }

    static void header(Path file, List<String> headers) {
        LogColumn[] columns = LogColumn.values();
        if (headers.size() != columns.length) {
            throw unreadable(file, Message.of("export.unreadable.columns", headers.size(), columns.length));
        }
        for (int i = 0; i < columns.length; i++) {
            String ru = columns[i].header(Locale.forLanguageTag("ru"));
            String en = columns[i].header(Locale.ENGLISH);
            String h = headers.get(i).strip();
            if (!h.equals(ru) && !h.equals(en)) {
                throw unreadable(file, Message.of("export.unreadable.column", i + 1, h, en, ru));
            }
        }
    }

    static ExportedLog.Row row(Path file, List<String> cells) {
        LogColumn[] columns = LogColumn.values();
        Map<String, String> byKey = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) {
            byKey.put(
                    columns[i].key(),
                    columns[i] == LogColumn.EVENT ? ExportRows.eventCode(cells.get(i)) : cells.get(i));
        }
        String seq = byKey.get(LogColumn.SEQ.key());
        String hash = byKey.get(LogColumn.HASH.key());
        if (!seq.matches("\\d{1,18}")) {
            throw unreadable(file, Message.of("export.unreadable.value", LogColumn.SEQ.key(), seq));
        }
        if (!hash.matches(HASH)) {
            throw unreadable(file, Message.of("export.unreadable.value", LogColumn.HASH.key(), hash));
        }
        return new ExportedLog.Row(Long.parseLong(seq), hash, byKey);
    }

    private static String value(Path file, Map<String, String> values, String key) {
        String v = values.get(key);
        if (v == null) {
            throw unreadable(file, Message.of("export.unreadable.missing", key));
        }
        return v.strip();
    }

    static LocalDate date(Path file, Map<String, String> values, String key) {
        String v = value(file, values, key);
        if (!v.matches(DATE)) {
            throw unreadable(file, Message.of("export.unreadable.value", key, v));
        }
        return LocalDate.parse(v);
    }

    static String hash(Path file, Map<String, String> values, String key) {
        String v = value(file, values, key);
        if (!v.matches(HASH)) {
            throw unreadable(file, Message.of("export.unreadable.value", key, v));
        }
        return v;
    }

    static long count(Path file, Map<String, String> values, String key) {
        String v = value(file, values, key);
        if (!v.matches("\\d{1,18}")) {
            throw unreadable(file, Message.of("export.unreadable.value", key, v));
        }
        return Long.parseLong(v);
    }

    /** A file whose own numbers disagree was cut short or edited; comparing it would mislead. */
    static ExportedLog checked(Path file, ExportedLog log, boolean holdsRows) {
        if (log.last().isBefore(log.first())) {
            throw unreadable(
                    file,
                    Message.of(
                            "export.unreadable.value", ReportText.PERIOD.english(), log.first() + " — " + log.last()));
        }
        if (holdsRows && log.rows().size() != log.entries()) {
            throw unreadable(
                    file,
                    Message.of(
                            "export.unreadable.count", log.entries(), log.rows().size()));
        }
        return log;
    }
}
