package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every command and subcommand answers {@code --help} (and {@code -h}) with its usage on stdout
 * and exit 0, whatever options it requires: asking how to use a command is never a usage error.
 * The commands are found by walking picocli's tree, so a command added later is covered too.
 */
class HelpEverywhereTest {

    /** The path of every command under {@code packbench}, e.g. [label, logistic]; the root is the empty path. */
    private static List<List<String>> commandPaths() {
        List<List<String>> paths = new ArrayList<>();
        walk(PackbenchCommand.commandLine((db, locale) -> {}, CliRun.CLOCK), new ArrayList<>(), paths);
        return paths;
    }

    private static void walk(CommandLine command, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        // getSubcommands() lists a command once per name and alias: walk each command once, by its name.
        for (CommandLine sub :
                new java.util.LinkedHashSet<>(command.getSubcommands().values())) {
            List<String> next = new ArrayList<>(path);
            next.add(sub.getCommandName());
            walk(sub, next, out);
        }
    }

    @Test
    void theTreeHasTheCommandsOfTheIssue() {
        List<List<String>> paths = commandPaths();
        assertTrue(paths.contains(List.of("label", "logistic")), paths.toString());
        assertTrue(paths.contains(List.of("bench")), paths.toString());
        assertTrue(paths.size() > 40, "every command of the CLI is walked: " + paths.size());
    }

    @TestFactory
    Stream<DynamicTest> everyCommandAnswersHelpWithItsUsage() {
        return commandPaths().stream().flatMap(path -> Stream.of("--help", "-h").map(flag -> {
            List<String> args = new ArrayList<>(path);
            args.add(flag);
            String shown = ("packbench " + String.join(" ", args)).replace("  ", " ");
            return DynamicTest.dynamicTest(shown, () -> {
                CliRun r = CliRun.of(args.toArray(String[]::new));

                assertEquals(0, r.exit(), shown + "\nstdout: " + r.out() + "\nstderr: " + r.err());
                String usage = "Usage: "
                        + String.join(" ", List.of("packbench", String.join(" ", path)))
                                .strip();
                // The built-in help command puts its description before its usage line.
                assertTrue(
                        r.out().lines().anyMatch(l -> l.startsWith(usage)),
                        shown + " prints its own usage on stdout:\n" + r.out());
                assertEquals("", r.err(), shown + " writes nothing to stderr");
                if (!path.isEmpty()) {
                    // The help options are inherited from packbench; its description is not.
                    assertTrue(!r.out().contains("Without a command, starts the GUI."), shown + ":\n" + r.out());
                }
            });
        }));
    }
}
