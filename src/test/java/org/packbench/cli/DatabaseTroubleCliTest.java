package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.SyntheticCatalog;

/**
 * Issue 19 item 10: a database that cannot be used is one line on stderr, exit 1, naming the file
 * and what to do, never a stack trace: a read-only file or folder, a folder that cannot be made, a
 * file that is not a database, a full disk, and two imports of the same SKUs at once.
 */
class DatabaseTroubleCliTest {
    @TempDir
    Path dir;

    private final List<Path> madeReadOnly = new ArrayList<>();

    @AfterEach
    void writableAgain() throws Exception {
        // JUnit must be able to delete what the test made read-only.
        for (Path p : madeReadOnly) {
            Files.setPosixFilePermissions(
                    p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    private void readOnly(Path p) throws Exception {
        Files.setPosixFilePermissions(
                p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
        madeReadOnly.add(p);
    }

    /**
     * A bench with the sample catalog in {@code folder}, closed the way SQLite closes it last: its
     * log checkpointed and the -wal and -shm files gone, as after a clean shutdown.
     */
    private Path bench(String folder) throws Exception {
        Path db = dir.resolve(folder).resolve("bench.db");
        PackbenchProcess.Result made = PackbenchProcess.in(dir)
                .run(
                        "catalog",
                        "import",
                        TestFiles.sampleFile(dir, "catalog.csv").toString(),
                        "--db",
                        db.toString());
        assertEquals(0, made.exit(), made.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertFalse(Files.exists(Path.of(db + "-wal")), "no -wal left once the last connection closed");
        return db;
    }

    /** A catalog of one SKU the sample does not have. */
    private Path oneNewSku() throws Exception {
        Path csv = dir.resolve("new.csv");
        String header = Files.readAllLines(TestFiles.sampleFile(dir, "catalog.csv"), StandardCharsets.UTF_8)
                .get(0);
        Files.writeString(
                csv,
                header + "\nNEW-1,4607002977277,Чехол другой,41,ООО «Ромашка»,Россия,,3926909709,160,90,15,3.30,vk\n");
        return csv;
    }

    private static void assertOneLine(String expected, PackbenchProcess.Result r) {
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of(expected), r.errLines());
    }

    @Test
    void aReadOnlyDatabaseFileIsNamedAndNothingIsWritten() throws Exception {
        Path db = bench("ro-file");
        readOnly(db);
        PackbenchProcess.Result r = PackbenchProcess.withoutPrivileges(dir)
                .run("catalog", "import", oneNewSku().toString(), "--db", db.toString());
        assertOneLine(
                "error: the database " + db + " is read-only, so nothing was written; let the user who runs "
                        + "PackBench write to it, or name another database with --db",
                r);
        assertEquals(0, count(db, "SELECT COUNT(*) FROM sku WHERE sku = 'NEW-1'"));
    }

    @Test
    void aReadOnlyFolderIsNamedWithWhySqliteNeedsIt() throws Exception {
        Path db = bench("ro-folder");
        readOnly(db.getParent());
        PackbenchProcess.Result r = PackbenchProcess.withoutPrivileges(dir)
                .run("catalog", "import", oneNewSku().toString(), "--db", db.toString());
        assertOneLine(
                "error: the folder " + db.getParent() + " of the database " + db + " is read-only, and SQLite "
                        + "keeps its -wal and -shm files beside the database; let the user who runs PackBench write to the "
                        + "folder, or name another database with --db",
                r);
    }

    @Test
    void aDatabaseFolderThatCannotBeMadeIsNamedWithTheReason() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("locked"));
        readOnly(parent);
        Path db = parent.resolve("new").resolve("bench.db");
        PackbenchProcess.Result r =
                PackbenchProcess.withoutPrivileges(dir).run("catalog", "list", "--db", db.toString());
        assertOneLine(
                "error: cannot make the folder " + db.getParent() + " for the database " + db
                        + ": permission denied; make it yourself, or name another database with --db",
                r);

        // A part of the path that is a file: the same sentence, whoever runs it.
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        for (Path folder : List.of(file, file.resolve("sub"))) {
            CliRun underAFile = CliRun.of(
                    "catalog", "list", "--db", folder.resolve("bench.db").toString());
            assertEquals(1, underAFile.exit());
            assertEquals(
                    "error: cannot make the folder " + folder + " for the database " + folder.resolve("bench.db")
                            + ": a part of the path is a file, not a folder; make it yourself, or name another database with --db",
                    underAFile.err().strip());
        }
    }

    @Test
    void aDatabaseThatIsAFolderIsNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder.db"));
        CliRun run = CliRun.of("catalog", "list", "--db", folder.toString());
        assertEquals(1, run.exit());
        assertEquals(
                "error: cannot open the database " + folder + ": it is a folder; name a file with --db",
                run.err().strip());
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedForAWriteToo() throws Exception {
        Path db = Files.writeString(dir.resolve("notes.db"), "shopping list: milk, bread\n".repeat(100));
        CliRun run = CliRun.of("catalog", "import", oneNewSku().toString(), "--db", db.toString());
        assertEquals(1, run.exit());
        assertEquals(
                "error: " + db + " is not a PackBench database (it is not an SQLite file); name the bench's "
                        + "database with --db, or move this file away",
                run.err().strip());
        assertEquals("shopping list: milk, bread\n".repeat(100), Files.readString(db), "the file is left as it was");
    }

    @Test
    void anOutputFileOnAFullDiskOrUnderAFileIsOneLine() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full (Linux) makes every write fail with a full disk");
        String db = bench("out").toString();
        CliRun.addDacsForBothClocks(java.util.Map.of(), db);
        Path aFile = oneNewSku();
        for (String out : List.of("/dev/full", aFile.resolve("label.zpl").toString())) {
            CliRun run = CliRun.of(
                    "label",
                    "render",
                    "--sku",
                    "PB-7-001",
                    "--template",
                    "vk-product-58x40",
                    "--order",
                    "VK-1",
                    "--tracking",
                    "RU100000001VK",
                    "--format",
                    "zpl",
                    "--out",
                    out,
                    "--db",
                    db);
            assertEquals(1, run.exit(), run.err());
            List<String> lines = run.err().strip().lines().toList();
            assertEquals(1, lines.size(), run.err());
            assertTrue(lines.get(0).startsWith("error: cannot write " + out + ": "), lines.get(0));
        }
    }

    @Test
    void twoImportsOfTheSameSkusAtOnceEndOneWrittenAndOneRefusedByName() throws Exception {
        Path csv = dir.resolve("same.csv");
        Files.write(csv, SyntheticCatalog.csv(3000));
        String db = dir.resolve("shared.db").toString();
        assertEquals(0, CliRun.of("catalog", "list", "--db", db).exit(), "the bench exists before the race");
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<CliRun>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return CliRun.of("catalog", "import", csv.toString(), "--db", db);
            }));
        }
        List<CliRun> done = runs.stream().map(CompletableFuture::join).toList();
        CliRun won = done.stream().filter(r -> r.exit() == 0).findFirst().orElseThrow(() -> new AssertionError(done));
        CliRun lost = done.get(done.indexOf(won) == 0 ? 1 : 0);
        assertTrue(won.out().startsWith("imported 3000 new"), won.out());
        assertEquals(1, lost.exit(), lost.err());
        List<String> lines = lost.err().strip().lines().toList();
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(line.startsWith("error: ") && line.contains("this SKU is already in the catalog"), line);
        }
        assertEquals(
                "… and 2000 more problems not listed here (3000 errors and 0 warnings in all)",
                lines.get(lines.size() - 1));
        assertFalse(lost.err().contains("rollback") || lost.err().contains("SQLITE"), lost.err());
        assertTrue(lost.out().startsWith("nothing was written: 3000 of 3000 rows have errors"), lost.out());
        assertEquals(3000, count(Path.of(db), "SELECT COUNT(*) FROM sku"));
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
