package org.packbench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogExport;

/**
 * Every format writes rows to the file while the log is still being walked, rather than
 * gathering them first: a year of log must not have to fit in memory.
 */
class StreamingTest {
    private static final int ROWS = 6000;

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx", "pdf"})
    void mostOfTheFileIsWrittenBeforeTheLastEntryIsRead(String format) throws IOException {
        List<LogEntry> entries = LogFixture.many(ROWS);
        LogExport all = LogFixture.export(entries, Locale.forLanguageTag("ru"), Optional.empty());
        Counting out = new Counting();
        long[] atLastEntry = {-1};
        long[] walks = {0};
        LogExport x = new LogExport(
                all.company(),
                all.period(),
                all.generatedAt(),
                all.locale(),
                all.summary(),
                all.startHash(),
                all.headHash(),
                all.chain(),
                each -> {
                    walks[0]++;
                    for (LogEntry e : entries) {
                        if (e == entries.get(ROWS - 1)) {
                            atLastEntry[0] = out.bytes;
                        }
                        each.accept(e);
                    }
                });

        switch (format) {
            case "csv" -> new CsvLogWriter().write(x, out, ';');
            case "xlsx" -> new XlsxLogWriter().write(x, out);
            default -> new PdfLogReport().write(x, out);
        }

        assertTrue(
                atLastEntry[0] > out.bytes / 2,
                format + ": " + atLastEntry[0] + " of " + out.bytes + " bytes written when the last of " + ROWS
                        + " entries was read (walk " + walks[0] + ")");
    }

    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
