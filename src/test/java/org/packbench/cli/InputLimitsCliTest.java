package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;

/**
 * Issue 19 item 9: files read whole are refused before a byte is read when they are larger than
 * their kind's stated limit, or not a regular file: /dev/zero never ends and a named pipe may never
 * answer, and a 700 MB PDF ended in OutOfMemoryError under the launcher's heap.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputLimitsCliTest {
    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void bench() {
        db = dir.resolve("bench.db").toString();
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db)
                        .exit());
    }

    /** A file of {@code megabytes} MB and one byte that takes no room on disk: its length is all that is set. */
    private Path sparse(String name, long megabytes) throws Exception {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(megabytes * 1024 * 1024 + 1);
        }
        return file;
    }

    private Path fifo() throws Exception {
        Path fifo = dir.resolve("input.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        return fifo;
    }

    private static void assertRefused(String expected, CliRun run) {
        assertEquals(1, run.exit(), run.err());
        assertEquals("error: " + expected, run.err().strip());
    }

    @Test
    void aLabelPdfOverFiftyMegabytesIsRefusedNamingTheLimit() throws Exception {
        Path pdf = sparse("huge.pdf", 50);
        assertRefused(
                "cannot read " + pdf + ": it is 51 MB, more than the 50 MB PackBench reads as a label PDF; "
                        + "split it into smaller files",
                CliRun.of("verify", "pdf", pdf.toString(), "--sku", "PB-7-001", "--db", db));
        assertRefused(
                "cannot read " + pdf + ": it is 51 MB, more than the 50 MB PackBench reads as a label PDF; "
                        + "split it into smaller files",
                CliRun.of(
                        "ozon",
                        "convert",
                        pdf.toString(),
                        "--printer-dpi",
                        "203",
                        "--format",
                        "zpl",
                        "--out",
                        dir.resolve("out.zpl").toString(),
                        "--db",
                        db));
        CliRun ru = CliRun.of("verify", "pdf", pdf.toString(), "--sku", "PB-7-001", "--db", db, "--lang", "ru");
        assertRefused(
                "не удаётся прочитать " + pdf + ": его размер 51 МБ, больше предела 50 МБ для PDF-файла этикеток; "
                        + "разделите его на файлы поменьше",
                ru);
    }

    @Test
    void devZeroAndANamedPipeAreNotReadAtAll() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertRefused(
                "cannot read /dev/zero: it is not a regular file (a folder, a device or a pipe); name a file",
                CliRun.of("verify", "pdf", "/dev/zero", "--sku", "PB-7-001", "--db", db));
        Path fifo = fifo();
        String notAFile =
                "cannot read " + fifo + ": it is not a regular file (a folder, a device or a pipe); name a file";
        assertRefused(
                notAFile,
                CliRun.of(
                        "ozon",
                        "convert",
                        fifo.toString(),
                        "--printer-dpi",
                        "203",
                        "--format",
                        "zpl",
                        "--out",
                        dir.resolve("out.zpl").toString(),
                        "--db",
                        db));
        assertRefused(
                notAFile,
                CliRun.of(
                        "batch",
                        fifo.toString(),
                        "--format",
                        "zpl",
                        "--out",
                        dir.resolve("batch.zpl").toString(),
                        "--db",
                        db));
        assertRefused(notAFile, CliRun.of("orders", "import", fifo.toString(), "--db", db));
        assertRefused(notAFile, CliRun.of("log", "verify", "--against", fifo.toString(), "--db", db));
    }

    @Test
    void batchFilesOrderListsAndLogExportsHaveLimitsOfTheirOwn() throws Exception {
        Path batch = sparse("batch.csv", 20);
        assertRefused(
                "cannot read " + batch + ": it is 21 MB, more than the 20 MB PackBench reads as a batch file; "
                        + "split it into smaller files",
                CliRun.of(
                        "batch",
                        batch.toString(),
                        "--format",
                        "zpl",
                        "--out",
                        dir.resolve("batch.zpl").toString(),
                        "--db",
                        db));
        Path orders = sparse("orders.csv", 20);
        assertRefused(
                "cannot read " + orders + ": it is 21 MB, more than the 20 MB PackBench reads as an order list; "
                        + "split it into smaller files",
                CliRun.of("orders", "import", orders.toString(), "--db", db));
        Path export = sparse("export.csv", 100);
        assertRefused(
                "cannot read " + export + ": it is 101 MB, more than the 100 MB PackBench reads as a log export; "
                        + "split it into smaller files",
                CliRun.of("log", "verify", "--against", export.toString(), "--db", db));
    }

    @Test
    void aFileJustUnderItsLimitIsRead() throws Exception {
        // 20 MB exactly of blank lines: read, and refused for what it says, not for its size.
        Path orders = dir.resolve("blank.csv");
        try (RandomAccessFile f = new RandomAccessFile(orders.toFile(), "rw")) {
            byte[] lines = new byte[1024 * 1024];
            java.util.Arrays.fill(lines, (byte) '\n');
            for (int i = 0; i < 20; i++) {
                f.write(lines);
            }
        }
        CliRun run = CliRun.of("orders", "import", orders.toString(), "--db", db);
        assertEquals(1, run.exit(), run.err());
        assertEquals(-1, run.err().indexOf("MB"), run.err());
    }
}
