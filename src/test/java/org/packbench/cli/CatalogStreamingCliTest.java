package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.SyntheticCatalog;
import org.packbench.catalog.CatalogText;

/**
 * Issue 19 item 9: a catalog is read as a stream, a chunk of rows at a time, and every rule of the
 * whole-file import still holds across chunks: a code repeated far down names its first line, a
 * byte of another encoding anywhere refuses the file, one faulty row keeps the rest out.
 */
class CatalogStreamingCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    private String header() throws Exception {
        return Files.readAllLines(TestFiles.sampleFile(dir, "catalog.csv"), StandardCharsets.UTF_8)
                .get(0);
    }

    private static String row(String sku, String gtinBody) {
        String gtin = gtinBody + org.packbench.gs1.CheckDigit.compute(gtinBody);
        return sku + "," + gtin + ",Чехол,40,ООО «Ромашка»,Россия,,3926909709,160,90,15,3.30,vk";
    }

    @Test
    void aCodeRepeatedChunksLaterNamesItsFirstLineAndNothingIsWritten() throws Exception {
        Path csv = dir.resolve("repeat.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write(header() + "\n");
            for (int i = 0; i < 3000; i++) {
                w.write(row(i == 2500 ? "R-7" : "R-" + i, String.format("460%09d", i)) + "\n");
            }
        }
        CliRun run = CliRun.of("catalog", "import", csv.toString(), "--db", db(), "--json");
        assertEquals(1, run.exit());
        assertEquals(
                "error: line 2502, column sku, value \"R-7\": this SKU appears already on line 9; each SKU may appear once",
                run.err().lines().findFirst().orElseThrow());
        JsonNode report = JSON.readTree(run.out());
        assertFalse(report.get("written").asBoolean());
        assertEquals(3000, report.get("rows").asInt());
        assertEquals(
                "[ ]",
                CliRun.of("catalog", "list", "--json", "--db", db()).out().strip());
    }

    @Test
    void theProblemsOfAFileOfThousandsOfFaultyRowsAreCountedAndTheFirstThousandListed() throws Exception {
        Path csv = dir.resolve("faulty.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write(header() + "\n");
            w.write(row("GOOD-1", "460000000001") + "\n");
            for (int i = 0; i < 2500; i++) {
                w.write(row("BAD-" + i, String.format("461%09d", i)).replace(",40,", ",сорок,") + "\n");
            }
        }
        CliRun run = CliRun.of("catalog", "import", csv.toString(), "--skip-invalid", "--db", db(), "--json");
        assertEquals(0, run.exit(), "the valid row is written with --skip-invalid");
        JsonNode report = JSON.readTree(run.out());
        assertEquals(1, report.get("inserted").asInt());
        assertEquals(2500, report.get("rejected").asInt());
        assertEquals(2500, report.get("error_count").asInt());
        assertEquals(1000, report.get("errors").size(), "the first thousand are listed");
        assertEquals(3, report.get("errors").get(0).get("line").asInt());
        List<String> lines = run.err().strip().lines().toList();
        assertEquals(1000 + 2, lines.size(), "a thousand problems, the count of the rest and the summary");
        assertEquals("… and 1500 more problems not listed here (2500 errors and 0 warnings in all)", lines.get(1000));
    }

    @Test
    void aWindows1251RowAtTheEndOfALargeUtf8FileRefusesTheWholeFile() throws Exception {
        Path csv = dir.resolve("mixed.csv");
        Files.write(csv, SyntheticCatalog.csv(60_000));
        String last = row("LAST-1", "462000000001");
        Files.write(csv, (last + "\n").getBytes(CatalogText.WINDOWS_1251), java.nio.file.StandardOpenOption.APPEND);
        long offsetOfLast = Files.size(csv) - (last + "\n").getBytes(CatalogText.WINDOWS_1251).length;
        long firstNonAscii = offsetOfLast + last.indexOf('Ч');

        CliRun run = CliRun.of("catalog", "import", csv.toString(), "--db", db());

        assertEquals(1, run.exit());
        assertTrue(
                run.err()
                        .startsWith("error: line 60002, byte offset " + firstNonAscii + ": the bytes D7 E5 F5 EE are "
                                + "not UTF-8, though the rest of the file is;"),
                run.err());
        assertEquals(
                "[ ]",
                CliRun.of("catalog", "list", "--json", "--db", db()).out().strip());
    }

    @Test
    void aQuoteLeftOpenEndsTheReadingAtTheRecordLimitWithOneShortError() throws Exception {
        Path csv = dir.resolve("open-quote.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write(header() + "\n" + row("OK-1", "460000000001") + "\n");
            w.write("OPEN-1,\"4600000000018,Чехол,40\n");
            String filler = row("X", "460000000002") + "\n";
            for (long written = 0; written < 5_000_000; written += filler.length()) {
                w.write(filler);
            }
        }
        CliRun run = CliRun.of("catalog", "import", csv.toString(), "--db", db());
        assertEquals(1, run.exit());
        assertEquals(
                "error: line 3: a row of more than 4000000 characters; a quote is probably left open, or this is "
                        + "not a CSV file",
                run.err().lines().findFirst().orElseThrow());
        assertTrue(run.err().length() < 1_000, run.err());
        assertEquals(
                "[ ]",
                CliRun.of("catalog", "list", "--json", "--db", db()).out().strip());
    }

    @Test
    void updatingAFileOfManyChunksCountsEveryReplacedRecord() throws Exception {
        Path csv = dir.resolve("synthetic.csv");
        Files.write(csv, SyntheticCatalog.csv(1200));
        assertEquals(
                0, CliRun.of("catalog", "import", csv.toString(), "--db", db()).exit());
        CliRun again = CliRun.of("catalog", "import", csv.toString(), "--db", db(), "--json");
        assertEquals(1, again.exit());
        assertEquals(1200, JSON.readTree(again.out()).get("rejected").asInt(), "each one already in the catalog");
        CliRun update = CliRun.of("catalog", "import", csv.toString(), "--update", "--db", db(), "--json");
        assertEquals(0, update.exit(), update.err());
        JsonNode report = JSON.readTree(update.out());
        assertEquals(1200, report.get("updated").asInt());
        assertEquals(0, report.get("inserted").asInt());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void devZeroAndANamedPipeAreRefusedAtOnceNotReadForever() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        CliRun zero = CliRun.of("catalog", "import", "/dev/zero", "--db", db());
        assertEquals(1, zero.exit());
        assertEquals(
                "error: cannot read /dev/zero: it is not a regular file (a folder, a device or a pipe); name a file",
                zero.err().strip());

        Path fifo = dir.resolve("catalog.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CliRun pipe = CliRun.of("catalog", "import", fifo.toString(), "--db", db());
        assertEquals(1, pipe.exit());
        assertTrue(pipe.err().contains("it is not a regular file"), pipe.err());
    }

    @Test
    void onATerminalTheProgressLineSaysRowsReadTheShareOfTheFileAndTheRate() {
        StringWriter err = new StringWriter();
        ImportProgressLine line = new ImportProgressLine(new PrintWriter(err, true), true, Locale.ENGLISH);
        line.read(500, 250, 1000);
        line.read(1000, 1000, 1000);
        line.finish();
        String shown = err.toString();
        assertTrue(
                shown.matches("(?s).*\rcatalog import: 1000 rows read \\(100% of the file\\), \\d+ rows/s \\R"), shown);

        StringWriter quiet = new StringWriter();
        ImportProgressLine script = new ImportProgressLine(new PrintWriter(quiet, true), false, Locale.ENGLISH);
        script.read(1000, 1000, 1000);
        script.finish();
        assertEquals("", quiet.toString(), "no redraws for a script reading stderr");
    }
}
