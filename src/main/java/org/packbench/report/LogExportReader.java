package org.packbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
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
    private static final LocalDateTime SPREADSHEET_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);
    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);
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
                case "xlsx" -> xlsx(file);
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

    private static ProblemException unreadable(Path file, Message what) {
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

    private static ExportedLog xlsx(Path file) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            if (sheets.size() < 2) {
                throw unreadable(file, Message.of("export.unreadable.missing", ReportText.SHEET_SUMMARY.english()));
            }
            List<ExportedLog.Row> rows = new ArrayList<>();
            LogColumn[] columns = LogColumn.values();
            try (Stream<Row> stream = sheets.get(0).openStream()) {
                boolean[] first = {true};
                stream.forEach(r -> {
                    if (first[0]) {
                        first[0] = false;
                        List<String> headers = new ArrayList<>();
                        for (int c = 0; c < r.getCellCount(); c++) {
                            headers.add(text(r, c));
                        }
                        while (!headers.isEmpty()
                                && headers.get(headers.size() - 1).isEmpty()) {
                            headers.remove(headers.size() - 1);
                        }
                        header(file, headers);
                        return;
                    }
                    List<String> cells = new ArrayList<>(columns.length);
                    for (int c = 0; c < columns.length; c++) {
                        cells.add(
                                switch (columns[c].type()) {
                                    case INTEGER -> number(r, c)
                                            .map(n -> Long.toString(n.longValueExact()))
                                            .orElse("");
                                    case TIME -> number(r, c)
                                            .map(LogExportReader::time)
                                            .orElse("");
                                    default -> decodeOoxml(text(r, c));
                                });
                    }
                    rows.add(row(file, cells));
                });
                if (first[0]) {
                    throw unreadable(file, Message.of("export.unreadable.missing", "header"));
                }
            }
            Map<Integer, Row> summary = new HashMap<>();
            for (Row r : sheets.get(1).read()) {
                summary.put(r.getRowNum() - 1, r);
            }
            Map<String, String> values = new HashMap<>();
            Map<ReportText, Integer> at = Map.of(
                    ReportText.PERIOD_FROM,
                    XlsxLogWriter.SUMMARY_PERIOD_FROM,
                    ReportText.PERIOD_TO,
                    XlsxLogWriter.SUMMARY_PERIOD_TO,
                    ReportText.START_HASH,
                    XlsxLogWriter.SUMMARY_START,
                    ReportText.HEAD_HASH,
                    XlsxLogWriter.SUMMARY_HEAD,
                    ReportText.ENTRIES,
                    XlsxLogWriter.SUMMARY_ENTRIES);
            at.forEach((label, row) -> {
                Row r = summary.get(row);
                if (r != null) {
                    values.put(label.english(), decodeOoxml(text(r, 1)));
                }
            });
            ExportedLog log = new ExportedLog(
                    date(file, values, ReportText.PERIOD_FROM.english()),
                    date(file, values, ReportText.PERIOD_TO.english()),
                    hash(file, values, ReportText.START_HASH.english()),
                    hash(file, values, ReportText.HEAD_HASH.english()),
                    count(file, values, ReportText.ENTRIES.english()),
                    rows);
            return checked(file, log, true);
        }
    }

    private static String text(Row r, int c) {
        Optional<Cell> cell = c < r.getCellCount() ? r.getOptionalCell(c) : Optional.empty();
        return cell.filter(x -> x.getType() != CellType.EMPTY)
                .map(Cell::getText)
                .orElse("");
    }

    private static Optional<BigDecimal> number(Row r, int c) {
        String raw = text(r, c);
        return raw.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(raw));
    }

    /** A spreadsheet date-time, days since 1899-12-30, back to the text the CSV shows. */
    private static String time(BigDecimal serial) {
        long seconds =
                serial.multiply(SECONDS_A_DAY).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return LogColumn.LOCAL_TIME.format(SPREADSHEET_EPOCH.plusSeconds(seconds));
    }

    /** The reverse of {@link XlsxLogWriter#ooxml}: {@code _xHHHH_} is the character HHHH. */
    static String decodeOoxml(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (XlsxLogWriter.escapeLike(s, i)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
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

    private static void header(Path file, List<String> headers) {
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

    private static ExportedLog.Row row(Path file, List<String> cells) {
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

    private static LocalDate date(Path file, Map<String, String> values, String key) {
        String v = value(file, values, key);
        if (!v.matches(DATE)) {
            throw unreadable(file, Message.of("export.unreadable.value", key, v));
        }
        return LocalDate.parse(v);
    }

    private static String hash(Path file, Map<String, String> values, String key) {
        String v = value(file, values, key);
        if (!v.matches(HASH)) {
            throw unreadable(file, Message.of("export.unreadable.value", key, v));
        }
        return v;
    }

    private static long count(Path file, Map<String, String> values, String key) {
        String v = value(file, values, key);
        if (!v.matches("\\d{1,18}")) {
            throw unreadable(file, Message.of("export.unreadable.value", key, v));
        }
        return Long.parseLong(v);
    }

    /** A file whose own numbers disagree was cut short or edited; comparing it would mislead. */
    private static ExportedLog checked(Path file, ExportedLog log, boolean holdsRows) {
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
