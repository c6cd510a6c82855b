package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.print.TestPrinter;

/** {@code batch}: a file of labels, checked whole first, issued once however often it is run. */
class BatchCliTest {
    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void bench() {
        db = dir.resolve("batch.db").toString();
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db)
                        .exit());
        CliRun.addDacsForBothClocks(java.util.Map.of(), db);
    }

    /** Rows for sample products PB-7-001…, each its own order and tracking number. */
    private Path parcels(String name, int rows, String separator) throws Exception {
        return parcels(name, rows, separator, 1);
    }

    /** @param step 2 for VK products only (PB-7-001, -003, …), whose labels carry the order in their QR */
    private Path parcels(String name, int rows, String separator, int step) throws Exception {
        StringBuilder csv = new StringBuilder("sku" + separator + "order" + separator + "tracking\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(String.format("PB-7-%03d", 1 + step * ((i - 1) % (40 / step))))
                    .append(separator)
                    .append("B-")
                    .append(i)
                    .append(separator)
                    .append("RU")
                    .append(600000000 + i)
                    .append("VK\n");
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv.toString());
        return file;
    }

    private JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aFileOfParcelsBecomesOnePdfWithAPagePerLabelAndASecondRunIssuesNothing() throws Exception {
        Path file = parcels("day.csv", 60, ";");
        Path pdf = dir.resolve("day.pdf");
        CliRun run =
                CliRun.of("batch", file.toString(), "--format", "pdf", "--out", pdf.toString(), "--json", "--db", db);
        assertEquals(0, run.exit(), run.err());
        assertEquals(60, json(run).get("issued").asInt());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(60, doc.getNumberOfPages());
        }
        assertEquals(60, count("SELECT COUNT(*) FROM log_entry WHERE event = 'rendered'"));
        assertEquals(
                30,
                count("SELECT COUNT(*) FROM label WHERE template LIKE 'ozon-%'"),
                "each product on its own marketplace's template");

        CliRun again =
                CliRun.of("batch", file.toString(), "--format", "pdf", "--out", pdf.toString(), "--json", "--db", db);
        assertEquals(0, again.exit(), again.err());
        assertEquals(0, json(again).get("issued").asInt());
        assertEquals(60, json(again).get("already_issued").asInt());
        assertEquals(60, count("SELECT COUNT(*) FROM log_entry WHERE event = 'rendered'"), "nothing issued twice");
    }

    @Test
    void faultyRowsAreNamedByLineAndColumnAndNothingIsIssuedUnlessSkipped() throws Exception {
        Path file = dir.resolve("faulty.csv");
        Files.writeString(
                file,
                "Артикул,Заказ,Трек-номер,Экземпляров\n"
                        + "PB-7-001,F-1,RU700000001VK,1\n"
                        + "PB-9-999,F-2,RU700000002VK,1\n"
                        + "PB-7-003,F-3,RU700000003VK,два\n"
                        + "PB-7-005,F-1,RU700000004VK,1\n"
                        + "PB-7-007,F-5,RU700000005VK,1\n");
        Path zpl = dir.resolve("f.zpl");
        CliRun run = CliRun.of("batch", file.toString(), "--format", "zpl", "--out", zpl.toString(), "--db", db);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("line 3, column sku, value \"PB-9-999\""), run.err());
        assertTrue(run.err().contains("line 4, column copies, value \"два\""), run.err());
        assertTrue(
                run.err().contains("line 5, column order, value \"F-1\": this order is already on line 2"), run.err());
        assertEquals(0, count("SELECT COUNT(*) FROM label"), "nothing issued from a faulty file");
        assertFalse(Files.exists(zpl));

        CliRun skipped = CliRun.of(
                "batch",
                file.toString(),
                "--format",
                "zpl",
                "--out",
                zpl.toString(),
                "--skip-invalid",
                "--json",
                "--db",
                db);
        assertEquals(1, skipped.exit(), "incomplete: some rows were not issued");
        assertEquals(2, json(skipped).get("issued").asInt());
        assertEquals(3, json(skipped).get("invalid").size());
        assertEquals(2, new String(Files.readAllBytes(zpl), StandardCharsets.UTF_8).split("\\^XA", -1).length - 1);
    }

    @Test
    void logisticContentsGetOneSsccEachAndARerunFindsThemByLine() throws Exception {
        assertEquals(
                0,
                CliRun.of("config", "set", "gs1.company-prefix", "4607123", "--db", db)
                        .exit());
        Path file = dir.resolve("pallets.csv");
        Files.writeString(
                file, "content,copies\n(02)04607002977277(37)12\n(02)04607310980273(37)6\n(02)04607859411849(37)24\n");
        Path zpl = dir.resolve("pallets.zpl");
        CliRun run =
                CliRun.of("batch", file.toString(), "--format", "zpl", "--out", zpl.toString(), "--json", "--db", db);
        assertEquals(0, run.exit(), run.err());
        assertEquals(3, json(run).get("issued").asInt());
        assertEquals(3, count("SELECT COUNT(DISTINCT sscc) FROM label WHERE sscc != ''"));
        CliRun again =
                CliRun.of("batch", file.toString(), "--format", "zpl", "--out", zpl.toString(), "--json", "--db", db);
        assertEquals(3, json(again).get("already_issued").asInt());
        assertEquals(3, count("SELECT COUNT(*) FROM sscc"), "no SSCC used up by the second run");
    }

    @Test
    void aFailedWriteLeavesNoLabelAndNoFile() throws Exception {
        Path file = parcels("w.csv", 5, ",");
        // A full disk: writing the labels fails after they were made.
        Path out = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(out), "a system with /dev/full");
        CliRun run = CliRun.of("batch", file.toString(), "--format", "zpl", "--out", out.toString(), "--db", db);
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("nothing was issued"), run.err());
        assertEquals(0, count("SELECT COUNT(*) FROM label WHERE status = 'issued'"));
        CliRun retry = CliRun.of(
                "batch",
                file.toString(),
                "--format",
                "zpl",
                "--out",
                dir.resolve("ok.zpl").toString(),
                "--json",
                "--db",
                db);
        assertEquals(5, json(retry).get("issued").asInt(), "the retry issues them, once");
    }

    @Test
    void aScriptThatPipesTheRunsStandardOutputGetsEveryLabel() throws Exception {
        Path file = parcels("pipe.csv", 4, ",");
        // As `packbench batch pipe.csv --format zpl --out /dev/stdout | lp` runs: stdout is a pipe,
        // and /dev/stdout leads to "pipe:[…]", which is no file. Its labels were refused as
        // "cannot write /dev/stdout: no such file or folder", and nothing was issued.
        Process p = PackbenchProcess.start(
                Map.of(), "batch", file.toString(), "--format", "zpl", "--out", "/dev/stdout", "--db", db);
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the batch ends");
        assertEquals(0, p.exitValue(), out);
        assertEquals(4, out.split("\\^XZ", -1).length - 1, "four labels came down the pipe: " + out);
        assertEquals(4, count("SELECT COUNT(*) FROM label WHERE status = 'issued'"));
    }

    @Test
    void anOutputThatIsTheDatabaseOrAFolderIsRefusedBeforeAnythingIsIssued() throws Exception {
        Path file = parcels("d.csv", 5, ",");
        CliRun onDb = CliRun.of("batch", file.toString(), "--format", "zpl", "--out", db, "--db", db);
        assertEquals(1, onDb.exit(), onDb.err());
        assertTrue(onDb.err().contains(Path.of(db).getFileName().toString()), onDb.err());
        Path folder = Files.createDirectories(dir.resolve("folder.zpl").resolve("inside"))
                .getParent();
        CliRun onFolder =
                CliRun.of("batch", file.toString(), "--format", "zpl", "--out", folder.toString(), "--db", db);
        assertEquals(1, onFolder.exit(), onFolder.err());
        assertEquals(0, count("SELECT COUNT(*) FROM label"), "nothing issued");
        assertTrue(Files.isDirectory(folder.resolve("inside")), "the folder left as it was");
        assertTrue(count("SELECT COUNT(*) FROM sku") > 0, "the database still holds its catalog");
    }

    @Test
    void neitherPrinterNorFormatIsAUsageError() throws Exception {
        assertEquals(
                2,
                CliRun.of("batch", parcels("u.csv", 1, ",").toString(), "--db", db)
                        .exit());
    }

    /**
     * The batch to a 127.0.0.1 printer is killed (-9) at random points twenty times and run again
     * each time; at the end every order has exactly one label in the log and at the printer.
     */
    @Test
    void killedAtRandomPointsAndRunAgainEveryParcelIsPrintedOnce() throws Exception {
        int rows = 150;
        Path file = parcels("kill.csv", rows, ",", 2);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (TestPrinter printer = TestPrinter.zpl()) {
            assertEquals(
                    0,
                    CliRun.of(
                                    "printer",
                                    "add",
                                    "zebra",
                                    "--language",
                                    "zpl",
                                    "--dpi",
                                    "203",
                                    "--transport",
                                    printer.uri(),
                                    "--db",
                                    db)
                            .exit());
            for (int kill = 0; kill < 20; kill++) {
                Process p = batch(file);
                // Kill while it starts, issues or delivers: a random moment in its first seconds.
                p.waitFor(300 + random.nextInt(2500), TimeUnit.MILLISECONDS);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Process last = batch(file);
            assertTrue(last.waitFor(180, TimeUnit.SECONDS), "the last run ends");
            assertEquals(
                    0,
                    last.exitValue(),
                    "seed " + seed + ": " + new String(last.getInputStream().readAllBytes()));
            Map<String, Integer> printed = new HashMap<>();
            for (String label : printer.labels()) {
                java.util.regex.Matcher m =
                        java.util.regex.Pattern.compile("B-(\\d+)\\|").matcher(label);
                if (m.find()) {
                    printed.merge(m.group(1), 1, Integer::sum);
                }
            }
            assertEquals(
                    rows, count("SELECT COUNT(DISTINCT order_no) FROM label WHERE status = 'issued'"), "seed " + seed);
            assertEquals(
                    rows,
                    count("SELECT COUNT(*) FROM label WHERE status = 'issued'"),
                    "one label per order; seed " + seed);
            assertEquals(rows, count("SELECT COUNT(*) FROM log_entry WHERE event = 'rendered'"), "seed " + seed);
            List<String> doubled = printed.entrySet().stream()
                    .filter(e -> e.getValue() > 1)
                    .map(Map.Entry::getKey)
                    .toList();
            assertEquals(List.of(), doubled, "no order printed twice; seed " + seed);
            assertEquals(rows, printed.size(), "every order printed; seed " + seed);
        }
    }

    private Process batch(Path file) throws Exception {
        return PackbenchProcess.start(Map.of(), "batch", file.toString(), "--printer", "zebra", "--db", db);
    }

    @Test
    void labelsMadeOnEveryCoreKeepIdsSsccsAndTheLogInRowOrder() throws Exception {
        StringBuilder csv = new StringBuilder("content\n");
        for (int i = 1; i <= 150; i++) {
            csv.append("(02)04607123000014(37)").append(i).append("\n");
        }
        Path file = dir.resolve("pallets.csv");
        Files.writeString(file, csv.toString());
        assertEquals(
                0,
                CliRun.of("config", "set", "gs1.company-prefix", "4607123", "--db", db)
                        .exit());
        CliRun run = CliRun.of(
                "batch",
                file.toString(),
                "--format",
                "zpl",
                "--out",
                dir.resolve("p.zpl").toString(),
                "--json",
                "--db",
                db);
        assertEquals(0, run.exit(), run.err());
        JsonNode rows = json(run).get("results");
        long previousId = 0;
        for (int i = 0; i < 150; i++) {
            long id = Long.parseLong(rows.get(i).get("label_id").asText().substring(1));
            assertTrue(id > previousId, "row " + (i + 2) + " got " + id + " after " + previousId);
            previousId = id;
        }
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM label a JOIN label b ON a.id < b.id WHERE a.sscc >= b.sscc"),
                "SSCCs rise with label ids");
        assertEquals(150, count("SELECT COUNT(*) FROM batch_row"));
        CliRun verify = CliRun.of("log", "verify", "--db", db);
        assertEquals(0, verify.exit(), verify.err() + verify.out());
        String zpl = Files.readString(dir.resolve("p.zpl"));
        assertEquals(150, zpl.split("\\^XA", -1).length - 1);
    }

    @Test
    void everyPageOfABatchPdfIsTheLabelItsLogRowHashes() throws Exception {
        Path file = parcels("pages.csv", 12, ",", 2);
        Path pdf = dir.resolve("pages.pdf");
        CliRun run = CliRun.of("batch", file.toString(), "--format", "pdf", "--out", pdf.toString(), "--db", db);
        assertEquals(0, run.exit(), run.err());
        List<String> logged = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT payload_sha256 FROM label WHERE status = 'issued' ORDER BY id")) {
            while (rs.next()) {
                logged.add(rs.getString(1));
            }
        }
        List<String> pages = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                try (var in = page.getContents()) {
                    pages.add(java.util.HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(in.readAllBytes())));
                }
            }
        }
        assertEquals(12, pages.size());
        assertEquals(logged, pages, "page i of the PDF is the label of row i, as its log row hashes it");
        assertEquals(12, new java.util.HashSet<>(pages).size(), "each label is its own page");
    }
}
