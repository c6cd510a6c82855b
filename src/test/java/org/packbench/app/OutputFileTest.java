package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.i18n.ProblemException;

/** An output file holds the old content or the whole new content, never a part. */
class OutputFileTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoLeftovers() throws IOException {
        Path target = Files.writeString(dir.resolve("export.csv"), "yesterday's export");
        OutputFile file = OutputFile.at(target, dir.resolve("bench.db"));
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> file.write(out -> {
                    out.write("half of today's".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }));
        assertEquals(
                "cannot write " + target + ": No space left on device",
                e.problem().english());
        assertEquals("yesterday's export", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of(target), files.toList());
        }
    }

    @Test
    void aMissingFolderIsCreatedAndTheNewContentReplacesTheOld() throws IOException {
        Path target = dir.resolve("a").resolve("b").resolve("label.zpl");
        OutputFile.at(target, dir.resolve("bench.db")).write("^XA^XZ".getBytes(StandardCharsets.US_ASCII));
        assertEquals("^XA^XZ", Files.readString(target));
        OutputFile.at(target, dir.resolve("bench.db")).write("^XA^FDnew^XZ".getBytes(StandardCharsets.US_ASCII));
        assertEquals("^XA^FDnew^XZ", Files.readString(target));
    }

    @Test
    void writingThroughALinkUpdatesTheFileItPointsTo() throws IOException {
        Path real = Files.writeString(dir.resolve("real.zpl"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.zpl"), real);
        OutputFile.at(link, dir.resolve("bench.db")).write("new".getBytes(StandardCharsets.US_ASCII));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real));
    }

    @Test
    void piecesWrittenOneAfterAnotherAreTheTargetOnlyOnceCommitted() throws IOException {
        Path target = Files.writeString(dir.resolve("pallets.zpl"), "old");
        OutputFile file = OutputFile.at(target, dir.resolve("bench.db"));
        try (OutputFile.Writing writing = file.open()) {
            writing.append(out -> out.write("^XA^FD1^XZ".getBytes(StandardCharsets.US_ASCII)));
            // A piece that closes its stream (PDFBox does) does not end the writing.
            writing.append(out -> {
                out.write("^XA^FD2^XZ".getBytes(StandardCharsets.US_ASCII));
                out.close();
            });
            assertEquals("old", Files.readString(target));
            writing.commit();
        }
        assertEquals("^XA^FD1^XZ^XA^FD2^XZ", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of(target), files.toList());
        }
    }

    @Test
    void aWritingClosedUncommittedLeavesTheOldFileAndNoLeftovers() throws IOException {
        Path target = Files.writeString(dir.resolve("pallets.zpl"), "old");
        try (OutputFile.Writing writing =
                OutputFile.at(target, dir.resolve("bench.db")).open()) {
            writing.append(out -> out.write("^XA^FD1^XZ".getBytes(StandardCharsets.US_ASCII)));
        }
        assertEquals("old", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of(target), files.toList());
        }
    }

    @Test
    void aDeviceGetsTheWholeContentAtTheCommitAndItsSpoolIsGone() throws IOException {
        Path device = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device), "a system with /dev/null");
        Path spools = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.Set<Path> before = spoolsIn(spools);
        try (OutputFile.Writing writing =
                OutputFile.at(device, dir.resolve("bench.db")).open()) {
            writing.append(out -> out.write(new byte[200_000]));
            assertEquals(1, spoolsIn(spools).size() - before.size(), "the content waits in a spool file");
            writing.commit();
        }
        assertEquals(before, spoolsIn(spools));
        assertTrue(Files.exists(device) && !Files.isRegularFile(device), "the device is still a device");
    }

    private static java.util.Set<Path> spoolsIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("packbench-output-"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
