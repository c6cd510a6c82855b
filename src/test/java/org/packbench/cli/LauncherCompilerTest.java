package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher runs the window, {@code serve} and every command on C1 alone: on a two-core bench
 * C2's compilations took the packer's scan-to-printer p99 from 15 to 22-26 ms in the first
 * minutes and gave nothing back later (docs/benchmarks.md). {@code bench packer}, which stands
 * for the window, runs as the window does; the other benchmarks measure a part at its best, with
 * C2. {@code PACKBENCH_JAVA_OPTS} replaces the launcher's choice.
 */
class LauncherCompilerTest {
    private static final String C1_ALONE = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path folder;

    private LauncherProject project;

    @BeforeEach
    void aBuiltProject() throws IOException {
        project = new LauncherProject(folder);
    }

    @Test
    void theWindowRunsOnC1Alone() throws Exception {
        assertTrue(javaArguments().contains(C1_ALONE));
        assertTrue(javaArguments("--db", "/tmp/bench.db", "--lang", "ru").contains(C1_ALONE));
    }

    @Test
    void serveAndTheCommandsRunOnC1Alone() throws Exception {
        for (String command : List.of("serve", "batch", "print", "label", "log")) {
            assertTrue(javaArguments(command).contains(C1_ALONE), command);
        }
        assertTrue(javaArguments("--db", "bench", "serve", "--port", "8765").contains(C1_ALONE));
    }

    @Test
    void thePackerBenchmarkRunsAsTheWindowDoes() throws Exception {
        List<String> args = javaArguments("bench", "packer", "--labels", "10");

        assertTrue(args.contains(C1_ALONE), args.toString());
        assertTrue(args.stream().anyMatch(a -> a.endsWith("packbench-bench.jar")), args.toString());
        assertTrue(javaArguments("--db", "x.db", "bench", "packer").contains(C1_ALONE));
    }

    @Test
    void theOtherBenchmarksKeepC2() throws Exception {
        for (String bench : List.of("labels", "gs1", "readback", "dispatch")) {
            assertFalse(javaArguments("bench", bench).contains(C1_ALONE), bench);
        }
        // `--db packer` names a database, not the benchmark.
        assertFalse(javaArguments("bench", "--db", "packer", "labels").contains(C1_ALONE));
    }

    @Test
    void javaOptionsFromTheEnvironmentReplaceTheLaunchersChoice() throws Exception {
        LauncherProject.Run r = project.launch("PACKBENCH_JAVA_OPTS=-Xmx1g", "batch");

        assertEquals(0, r.exit());
        assertFalse(r.javaArguments().contains(C1_ALONE), r.stdout());
        assertTrue(r.javaArguments().contains("-Xmx1g"), r.stdout());
    }

    private List<String> javaArguments(String... arguments) throws Exception {
        LauncherProject.Run r = project.launch(arguments);
        assertEquals(0, r.exit(), r.stdout());
        return r.javaArguments();
    }
}
