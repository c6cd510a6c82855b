package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed app runs with the JVM options {@code ./packbench} gives the window (the heap, the
 * collector, C1 alone), so that what docs/benchmarks.md measured through the launcher is what a
 * bench with the installer gets.
 */
class InstallerOptionsTest {
    @TempDir
    Path folder;

    @Test
    void theInstalledAppRunsWithTheWindowsOptions() throws Exception {
        List<String> given = new LauncherProject(folder).launch().javaArguments();
        Set<String> launcher = new TreeSet<>(given.subList(0, given.indexOf("-jar")));

        Set<String> installer = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^--java-options \"([^\"]*)\"")
                .matcher(Files.readString(Path.of("installer/app-image.options")));
        while (m.find()) {
            installer.add(m.group(1));
        }

        assertEquals(launcher, installer);
    }
}
