package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An argument that starts with @ is the argument itself: a file's contents never enter a command or its output. */
class AtFileTest {
    @TempDir
    Path dir;

    @Test
    void anAtFileArgumentIsNotReplacedByTheFilesContents() throws Exception {
        // Valid GS1 data in the file: were it read, gs1 check would accept it and print it back.
        Path file = dir.resolve("data.txt");
        Files.writeString(file, "(01)04607002977277\n");
        CliRun run = CliRun.of("gs1", "check", "@" + file);
        assertFalse(run.out().contains("04607002977277"), "the file was read: " + run.out());
        assertEquals(1, run.exit(), "the literal text @... is not GS1 data: " + run.err());
    }
}
