package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;

/** No --out may name the database or its working files, however the path is spelled; nothing is issued then. */
class OutputFileCliTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void bench() {
        db = dir.resolve("t.db");
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db.toString())
                        .exit());
        assertEquals(
                0,
                CliRun.of("dac", "add", "DAC7Q2M9XK4P", "--issued", "2026-10-01", "--db", db.toString())
                        .exit());
    }

    private CliRun render(String out) {
        return CliRun.of(
                "label",
                "render",
                "--sku",
                "PB-7-001",
                "--template",
                "vk-product-58x40",
                "--order",
                "VK-1",
                "--tracking",
                "RU000000001VK",
                "--format",
                "zpl",
                "--out",
                out,
                "--db",
                db.toString());
    }

    private void assertRefusedAndIntact(CliRun run, String named) throws Exception {
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertTrue(run.err().startsWith("error: will not write " + named + ": it is "), run.err());
        assertTrue(run.err().contains(db.toString()) && run.err().contains("choose another output file"), run.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet skus = c.createStatement()
                        .executeQuery("SELECT (SELECT COUNT(*) FROM sku), (SELECT COUNT(*) FROM label)")) {
            skus.next();
            assertEquals(40, skus.getInt(1), "the catalog is still in the database");
            assertEquals(0, skus.getInt(2), "no label was issued for a file that could not be written");
        }
    }

    @Test
    void theDatabaseItselfIsRefused() throws Exception {
        byte[] before = Files.readAllBytes(db);
        CliRun run = render(db.toString());
        assertRefusedAndIntact(run, db.toString());
        assertTrue(run.err().contains("it is the database"), run.err());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void theDatabaseSpelledAnotherWayIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        String roundabout =
                dir.resolve("sub").resolve("..").resolve(".").resolve("t.db").toString();
        assertRefusedAndIntact(render(roundabout), roundabout);
    }

    @Test
    void aSymbolicLinkToTheDatabaseIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("innocent.zpl"), db);
        assertRefusedAndIntact(render(link.toString()), link.toString());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void theWriteAheadLogAndSharedMemoryFilesAreRefused() throws Exception {
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            String companion = db + suffix;
            CliRun run = render(companion);
            assertRefusedAndIntact(run, companion);
            assertTrue(run.err().contains("t.db" + suffix + ", a working file of the database"), run.err());
        }
    }

    @Test
    void aLinkToACompanionThatDoesNotExistYetIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("later.zpl"), dir.resolve("t.db-journal"));
        assertRefusedAndIntact(render(link.toString()), link.toString());
    }

    @Test
    void logicalLabelsAndOzonConversionsAreRefusedToo() throws Exception {
        CliRun logistic =
                CliRun.of("label", "logistic", "--format", "zpl", "--out", db.toString(), "--db", db.toString());
        assertRefusedAndIntact(logistic, db.toString());
        Path pdf = Files.write(dir.resolve("ozon.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        CliRun ozon = CliRun.of(
                "ozon",
                "convert",
                pdf.toString(),
                "--printer-dpi",
                "203",
                "--format",
                "zpl",
                "--out",
                db.toString(),
                "--db",
                db.toString());
        assertRefusedAndIntact(ozon, db.toString());
    }

    @Test
    void aLogExportWhoseFileNameIsTheDatabaseIsRefused() throws Exception {
        Path probe = dir.resolve("probe");
        CliRun first = CliRun.of(
                "log",
                "export",
                "--date",
                "2026-11-25",
                "--format",
                "csv",
                "--out",
                probe.toString(),
                "--db",
                db.toString());
        assertEquals(0, first.exit(), first.err());
        String exportName = Path.of(first.out().strip()).getFileName().toString();
        // A database that happens to have the export's name, in the export folder.
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Path named = exports.resolve(exportName);
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                named.toString())
                        .exit());
        byte[] before = Files.readAllBytes(named);
        CliRun run = CliRun.of(
                "log",
                "export",
                "--date",
                "2026-11-25",
                "--format",
                "csv",
                "--out",
                exports.toString(),
                "--db",
                named.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("it is the database"), run.err());
        assertArrayEquals(before, Files.readAllBytes(named));
    }

    @Test
    void aLabelIsWrittenWholeAndNoTemporaryFileStays() throws Exception {
        Path out = dir.resolve("labels").resolve("VK-1.zpl");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "an older label");
        CliRun run = render(out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(out).startsWith("^XA")
                && Files.readString(out).strip().endsWith("^XZ"));
        try (var files = Files.list(out.getParent())) {
            assertEquals(java.util.List.of(out), files.toList(), "only the label is in its folder");
        }
    }

    @Test
    void aFolderIsNotAnOutputFile() {
        CliRun run = render(dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("it is a folder; give a file name"), run.err());
    }
}
