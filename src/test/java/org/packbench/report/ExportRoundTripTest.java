package org.packbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.packbench.journal.LogColumn;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogExport;

/** Whatever format a supervisor exports, reading it back gives the log's own values and hashes. */
class ExportRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"csv-comma, ru", "csv-comma, en", "csv-semicolon, ru", "xlsx, ru", "xlsx, en"})
    void everyRowReadsBackAsTheEntrysOwnText(String format, String language) throws IOException {
        LogExport x = LogFixture.day(Locale.forLanguageTag(language));
        List<LogEntry> entries = LogFixture.entries();

        ExportedLog back = LogExportReader.read(write(x, format));

        assertEquals(entries.size(), back.rows().size());
        for (int i = 0; i < entries.size(); i++) {
            LogEntry e = entries.get(i);
            ExportedLog.Row row = back.rows().get(i);
            assertEquals(textOf(e), row.cells(), "entry " + e.seq());
            assertEquals(e.seq(), row.seq());
            assertEquals(e.hash(), row.hash());
        }
        assertStatesThePeriodAndChain(x, back, entries);
    }

    @ParameterizedTest
    @CsvSource({"ru", "en"})
    void aPdfStatesThePeriodCountAndFullHashes(String language) throws IOException {
        LogExport x = LogFixture.day(Locale.forLanguageTag(language));

        ExportedLog back = LogExportReader.read(write(x, "pdf"));

        assertTrue(back.rows().isEmpty(), "a PDF shows shortened hashes, so it gives no rows to compare");
        assertStatesThePeriodAndChain(x, back, LogFixture.entries());
    }

    @ParameterizedTest
    @CsvSource({"csv-comma", "xlsx", "pdf"})
    void aPeriodOfSeveralDaysWithNoEntriesReadsBackEmptyAndHangsAtTheStart(String format) throws IOException {
        LogExport day = LogFixture.export(List.of(), Locale.forLanguageTag("ru"), java.util.Optional.empty());
        LogExport x = new LogExport(
                day.company(),
                new org.packbench.journal.LogPeriod(LogFixture.DAY.minusDays(4), LogFixture.DAY, LogFixture.ZONE),
                day.generatedAt(),
                day.locale(),
                day.summary(),
                day.startHash(),
                day.headHash(),
                day.chain(),
                day.entries());

        ExportedLog back = LogExportReader.read(write(x, format));

        assertEquals(LogFixture.DAY.minusDays(4), back.first());
        assertEquals(LogFixture.DAY, back.last());
        assertEquals(0, back.entries());
        assertEquals(LogFixture.START, back.startHash());
        assertEquals(LogFixture.START, back.headHash());
    }

    private static void assertStatesThePeriodAndChain(LogExport x, ExportedLog back, List<LogEntry> entries) {
        assertEquals(LogFixture.DAY, back.first());
        assertEquals(LogFixture.DAY, back.last());
        assertEquals(entries.size(), back.entries());
        assertEquals(LogFixture.START, back.startHash());
        assertEquals(entries.get(entries.size() - 1).hash(), back.headHash());
        assertEquals(x.headHash(), back.headHash());
    }

    static Map<String, String> textOf(LogEntry e) {
        Map<String, String> m = new LinkedHashMap<>();
        for (LogColumn c : LogColumn.values()) {
            m.put(c.key(), c.text(e, LogFixture.ZONE));
        }
        return m;
    }

    /** Writes {@code x} as a supervisor's export would be named; {@code csv-semicolon} is CSV for Russian Excel. */
    Path write(LogExport x, String format) throws IOException {
        String extension = format.startsWith("csv") ? "csv" : format;
        Path file = dir.resolve(x.fileName(extension));
        try (OutputStream out = Files.newOutputStream(file)) {
            switch (format) {
                case "csv-comma" -> new CsvLogWriter().write(x, out, ',');
                case "csv-semicolon" -> new CsvLogWriter().write(x, out, ';');
                case "xlsx" -> new XlsxLogWriter().write(x, out);
                case "pdf" -> new PdfLogReport().write(x, out);
                default -> throw new IllegalArgumentException(format);
            }
        }
        return file;
    }
}
