package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code packbench ARGS} in a JVM of its own, as {@code ./packbench} runs it through {@code Main}:
 * library logging set up as the program does, stdout and stderr apart.
 *
 * <p>{@link #withoutPrivileges} runs it so that file permissions hold for it. Tests here may run as
 * root, for whom a read-only file is writable all the same; then the JVM runs in a user namespace
 * of its own ({@code unshare -U}), where it is still the files' owner but has no power to override
 * their modes, as an ordinary user has none.
 */
final class PackbenchProcess {
    record Result(int exit, String out, String err) {
        /** The lines of stderr. */
        List<String> errLines() {
            return err.strip().isEmpty() ? List.of() : List.of(err.strip().split("\\R"));
        }
    }

    private final Path dir;
    private final boolean unprivileged;

    private PackbenchProcess(Path dir, boolean unprivileged) {
        this.dir = dir;
        this.unprivileged = unprivileged;
    }

    /** Runs in {@code dir}'s files; the user's home is a folder in it. */
    static PackbenchProcess in(Path dir) {
        return new PackbenchProcess(dir, false);
    }

    /** As {@link #in}, with file permissions binding even for root; skips the test where that cannot be had. */
    static PackbenchProcess withoutPrivileges(Path dir) {
        if (isRoot()) {
            assumeTrue(
                    Files.isExecutable(Path.of("/usr/bin/unshare")), "unshare(1) drops root's power over file modes");
        }
        return new PackbenchProcess(dir, isRoot());
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    Result run(String... args) throws Exception {
        List<String> command = command(unprivileged, List.of("-Duser.home=" + dir.resolve("home")), args);
        Path out = Files.createTempFile("packbench-out", ".txt");
        Path err = Files.createTempFile("packbench-err", ".txt");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "packbench did not finish");
            return new Result(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * Started and left running, as a bench or a script runs it beside the test: for a test that runs
     * several at once or kills one; {@code env} is added to the test's environment. Output and
     * errors in one stream.
     */
    static Process start(java.util.Map<String, String> env, String... args) throws java.io.IOException {
        ProcessBuilder pb = new ProcessBuilder(command(false, List.of(), args));
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        return pb.start();
    }

    private static List<String> command(boolean unprivileged, List<String> properties, String... args) {
        List<String> command = new ArrayList<>();
        if (unprivileged) {
            command.addAll(List.of("/usr/bin/unshare", "--user"));
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8",
                "-Djava.awt.headless=true"));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.packbench.Main"));
        command.addAll(List.of(args));
        return command;
    }
}
