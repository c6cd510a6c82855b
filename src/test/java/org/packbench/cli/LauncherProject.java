package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A copy of the project's shape for running the real launcher ({@code ./packbench}) on: its
 * sources, jars and lib folder built two minutes ago, a Maven that records each build and, like
 * the real one when nothing in a jar changed, leaves the jars as they are, and a java that prints
 * the arguments it was given, one a line, and "ran".
 */
final class LauncherProject {
    final Path root;
    final Path builds;
    private final Path bin;
    /**
     * Now as the file system stamps a new file, which is what the launcher's mark gets: under a
     * faked clock (libfaketime) the JVM's now and a new file's time differ by the fake's offset.
     */
    final Instant now;

    record Run(int exit, String stdout) {
        /** The arguments the launcher gave java. */
        List<String> javaArguments() {
            return stdout.lines().takeWhile(l -> !l.equals("ran")).toList();
        }
    }

    LauncherProject(Path root) throws IOException {
        this.root = root;
        Files.copy(Path.of("packbench"), root.resolve("packbench"));
        executable(root.resolve("packbench"));
        Files.createDirectories(root.resolve("target/lib"));
        Files.createDirectories(root.resolve("src/main/java"));
        Files.createDirectories(root.resolve("src/bench/java"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.writeString(root.resolve("src/main/java/Label.java"), "class Label {}");
        Files.writeString(root.resolve("src/bench/java/Bench.java"), "class Bench {}");
        Files.writeString(root.resolve("target/packbench.jar"), "app");
        Files.writeString(root.resolve("target/packbench-bench.jar"), "bench");
        builds = root.resolve("builds.txt");
        bin = Files.createDirectories(root.resolve("bin"));
        Files.writeString(
                bin.resolve("mvn"), "#!/bin/sh\necho build >> '" + builds + "'\nexit \"${FAKE_MVN_STATUS:-0}\"\n");
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\necho ran\n");
        executable(bin.resolve("mvn"));
        executable(bin.resolve("java"));
        now = Files.getLastModifiedTime(Files.createFile(root.resolve("probe"))).toInstant();
        Instant twoMinutesAgo = now.minusSeconds(120);
        try (var files = Files.walk(root)) {
            for (Path p : files.toList()) {
                touch(p, twoMinutesAgo);
            }
        }
    }

    /** The launcher with these arguments, and {@code NAME=VALUE} words before them set in its environment. */
    Run launch(String... envAndArguments) throws Exception {
        Process p = start(envAndArguments);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** The launcher started as {@link #launch} runs it, not waited for; its stdout and stderr are one stream. */
    Process start(String... envAndArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(root.resolve("packbench").toString()));
        List<String> env = new ArrayList<>();
        for (String word : envAndArguments) {
            if (command.size() == 1 && word.matches("[A-Z_]+=.*")) {
                env.add(word);
            } else {
                command.add(word);
            }
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().put("PACKBENCH_NO_CDS", "1");
        pb.environment().remove("PACKBENCH_JAVA_OPTS");
        for (String e : env) {
            String[] kv = e.split("=", 2);
            pb.environment().put(kv[0], kv[1]);
        }
        return pb.start();
    }

    /** The java the launcher finds from now on: a shell script of the test's. */
    void java(String script) throws IOException {
        Files.writeString(bin.resolve("java"), "#!/bin/sh\n" + script);
        executable(bin.resolve("java"));
    }

    int buildsSoFar() throws IOException {
        return Files.exists(builds)
                ? (int) Files.readAllLines(builds).stream()
                        .filter(l -> !l.isBlank())
                        .count()
                : 0;
    }

    static void touch(Path p, Instant at) throws IOException {
        Files.setLastModifiedTime(p, FileTime.from(at));
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
