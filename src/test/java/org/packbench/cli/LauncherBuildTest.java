package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher (README: {@code ./packbench} builds if needed) builds once after the sources
 * change, not on every start. It runs here on a copy of the project's shape, with a Maven that
 * records each build and, like the real one when nothing in a jar changed, leaves the jars as
 * they are, and a java that only says it ran.
 */
class LauncherBuildTest {
    @TempDir
    Path project;

    private Path builds;
    private Path bin;
    /**
     * Now as the file system stamps a new file, which is what the launcher's mark gets: under a
     * faked clock (libfaketime) the JVM's now and a new file's time differ by the fake's offset.
     */
    private Instant now;

    @BeforeEach
    void aProjectBuiltTwoMinutesAgo() throws IOException {
        Files.copy(Path.of("packbench"), project.resolve("packbench"));
        executable(project.resolve("packbench"));
        Files.createDirectories(project.resolve("target/lib"));
        Files.createDirectories(project.resolve("src/main/java"));
        Files.createDirectories(project.resolve("src/bench/java"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.writeString(project.resolve("src/main/java/Label.java"), "class Label {}");
        Files.writeString(project.resolve("src/bench/java/Bench.java"), "class Bench {}");
        Files.writeString(project.resolve("target/packbench.jar"), "app");
        Files.writeString(project.resolve("target/packbench-bench.jar"), "bench");
        builds = project.resolve("builds.txt");
        bin = Files.createDirectories(project.resolve("bin"));
        Files.writeString(
                bin.resolve("mvn"), "#!/bin/sh\necho build >> '" + builds + "'\nexit \"${FAKE_MVN_STATUS:-0}\"\n");
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho ran\n");
        executable(bin.resolve("mvn"));
        executable(bin.resolve("java"));
        now = Files.getLastModifiedTime(Files.createFile(project.resolve("probe")))
                .toInstant();
        Instant twoMinutesAgo = now.minusSeconds(120);
        try (var files = Files.walk(project)) {
            for (Path p : files.toList()) {
                Files.setLastModifiedTime(p, FileTime.from(twoMinutesAgo));
            }
        }
    }

    @Test
    void sourcesTouchedButUnchangedAreBuiltOnceNotOnEveryStart() throws Exception {
        // A checkout touched the benchmark sources: Maven finds nothing new for the app's jar.
        touch(project.resolve("src/bench/java/Bench.java"), now.minusSeconds(60));

        assertEquals(0, launch().exit);
        assertEquals(0, launch().exit);
        assertEquals(0, launch().exit);

        assertEquals(1, buildsSoFar(), "one build for the touched sources, then none");
    }

    @Test
    void aSourceChangedAfterTheLastBuildIsBuiltAgain() throws Exception {
        touch(project.resolve("src/main/java/Label.java"), now.minusSeconds(60));
        launch();
        touch(project.resolve("src/main/java/Label.java"), now.plusSeconds(60));

        launch();

        assertEquals(2, buildsSoFar());
    }

    @Test
    void nothingChangedSinceTheJarWasMadeIsNotBuilt() throws Exception {
        Result r = launch();

        assertEquals(0, r.exit);
        assertEquals(0, buildsSoFar());
        assertTrue(r.stdout.contains("ran"), r.stdout);
    }

    @Test
    void aFailedBuildStopsTheLauncherWithMavensStatusAndIsTriedAgainNextTime() throws Exception {
        touch(project.resolve("src/main/java/Label.java"), now.minusSeconds(60));

        Result failed = launch("FAKE_MVN_STATUS=3");
        Result next = launch();

        assertEquals(3, failed.exit);
        assertFalse(failed.stdout.contains("ran"), "the app must not start on a failed build");
        assertEquals(0, next.exit);
        assertEquals(2, buildsSoFar());
        try (var left = Files.list(project.resolve("target"))) {
            assertTrue(
                    left.noneMatch(p -> p.getFileName().toString().startsWith(".building")),
                    "a failed build leaves no half-made mark");
        }
    }

    private record Result(int exit, String stdout) {}

    private Result launch(String... env) throws Exception {
        ProcessBuilder pb =
                new ProcessBuilder(project.resolve("packbench").toString(), "--version").redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().put("PACKBENCH_NO_CDS", "1");
        for (String e : env) {
            String[] kv = e.split("=", 2);
            pb.environment().put(kv[0], kv[1]);
        }
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private int buildsSoFar() throws IOException {
        return Files.exists(builds)
                ? (int) Files.readAllLines(builds).stream()
                        .filter(l -> !l.isBlank())
                        .count()
                : 0;
    }

    private static void touch(Path p, Instant at) throws IOException {
        Files.setLastModifiedTime(p, FileTime.from(at));
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
