package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first run of a command after a build writes its class-data archive, so the launcher does not
 * exec java then: it waits to put the archive in place. That run must still behave as java would
 * to the outside: `kill` on the launcher's pid (how a script stops `./packbench serve &`) stops
 * java, and java reads the launcher's stdin.
 */
class LauncherSignalTest {
    @TempDir
    Path folder;

    private LauncherProject project;
    private Path seen;

    @BeforeEach
    void aBuiltProjectWhoseJavaWritesItsArchiveAtExit() throws IOException {
        project = new LauncherProject(folder);
        seen = folder.resolve("seen");
        // As the JVM does with -XX:ArchiveClassesAtExit: the archive is written when it exits,
        // also when a TERM stops it.
        project.java(
                """
                for a in "$@"; do case "$a" in -XX:ArchiveClassesAtExit=*) archive="${a#*=}" ;; esac; done
                stop() { echo "TERM" >> '%1$s'; echo archive > "$archive"; exit 143; }
                trap stop TERM
                read line; echo "stdin: $line" >> '%1$s'
                echo $$ > '%1$s.pid'
                echo started >> '%1$s'
                while :; do sleep 0.05; done
                """
                        .formatted(seen));
    }

    /** A java the launcher left running (the failure this test is for) is stopped here, not left behind. */
    @AfterEach
    void noJavaLeftRunning() throws IOException {
        Path pid = folder.resolve("seen.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void killingTheLauncherStopsJavaOnTheRunThatWritesTheArchive() throws Exception {
        Process launcher = project.start("PACKBENCH_NO_CDS=", "serve", "--port", "18765");
        try (OutputStream in = launcher.getOutputStream()) {
            in.write("first line\n".getBytes(StandardCharsets.UTF_8));
        }
        awaitLine("started");

        launcher.destroy(); // SIGTERM to the launcher's pid alone

        assertTrue(launcher.waitFor(10, TimeUnit.SECONDS), "the launcher outlived the TERM");
        assertEquals(143, launcher.exitValue(), "java's status, passed on");
        assertTrue(Files.readAllLines(seen).contains("TERM"), "java was not told to stop");
        assertTrue(Files.readAllLines(seen).contains("stdin: first line"), "java did not get the launcher's stdin");
        try (var archives = Files.list(folder.resolve("target/cds"))) {
            assertEquals(
                    java.util.List.of("serve"),
                    archives.map(p -> p.getFileName().toString())
                            .map(n -> {
                                assertTrue(n.endsWith(".jsa"), "a half-placed archive was left: " + n);
                                return n.split("-")[1];
                            })
                            .toList(),
                    "the archive java wrote as it stopped is put in place");
        }
    }

    private void awaitLine(String line) throws Exception {
        for (int i = 0; i < 200; i++) {
            if (Files.exists(seen) && Files.readAllLines(seen).contains(line)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("java never said: " + line);
    }
}
