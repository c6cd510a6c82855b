package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 item 15: a benchmark leaves nothing behind in the temp folder. */
class BenchFolderTest {
    @TempDir
    Path tmp;

    @Test
    void catalogImportBenchLeavesNoScratchFolder() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-Djava.awt.headless=true",
                        "-Djava.io.tmpdir=" + tmp,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.packbench.Main",
                        "bench",
                        "catalog-import",
                        "--rows",
                        "2000",
                        "--runs",
                        "1")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("catalog import: 2000 rows"), output);
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(
                    Collections.emptyList(),
                    left.filter(f -> f.getFileName().toString().startsWith("packbench-bench"))
                            .toList(),
                    "the bench's scratch folder is gone");
        }
    }
}
