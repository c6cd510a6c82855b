package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The program builds only the command its arguments name; what it builds must parse those
 * arguments exactly as the whole command line would.
 */
class CommandWordTest {
    private static Optional<String> word(String... args) {
        return CommandWord.of(args, PackbenchCommand.ROOT_OPTIONS_WITH_VALUE);
    }

    @Test
    void theCommandIsTheFirstWordThatIsNoOptionNorItsValue() {
        assertEquals(Optional.of("catalog"), word("catalog", "list"));
        assertEquals(Optional.of("batch"), word("--db", "/tmp/catalog", "batch", "f.csv"));
        assertEquals(Optional.of("label"), word("--db=/tmp/x.db", "--lang", "ru", "label", "render"));
        assertEquals(Optional.of("print"), word("--user", "anna", "print", "--help"));
    }

    @Test
    void noCommandAtAllIsTheWindow() {
        assertEquals(Optional.of(""), word());
        assertEquals(Optional.of(""), word("--db", "bench.db", "--lang", "ru"));
    }

    @Test
    void helpVersionAndOptionsNotKnownHereNeedTheWholeCommandLine() {
        assertEquals(Optional.empty(), word("--help"));
        assertEquals(Optional.empty(), word("-V"));
        assertEquals(Optional.empty(), word("--db", "x.db", "--verbose", "catalog"));
        assertEquals(Optional.empty(), word("--", "catalog"));
    }

    @Test
    void theRootsOptionsWithAValueAreTheOnesPicocliKnows() {
        CommandLine whole = PackbenchCommand.commandLine((db, locale) -> {}, CliRun.CLOCK);
        Set<String> withValue = whole.getCommandSpec().options().stream()
                .filter(o -> o.arity().max() > 0)
                .flatMap(o -> java.util.Arrays.stream(o.names()))
                .filter(n -> n.startsWith("--"))
                .collect(Collectors.toSet());
        assertEquals(withValue, PackbenchCommand.ROOT_OPTIONS_WITH_VALUE);
    }

    @Test
    void everyCommandIsFoundByItsNameAndBuiltAloneWithTheSameOptions() {
        CommandLine whole = PackbenchCommand.commandLine((db, locale) -> {}, CliRun.CLOCK);
        for (var entry : whole.getSubcommands().entrySet()) {
            String name = entry.getKey();
            if (name.equals("help")) {
                assertEquals(Optional.empty(), PackbenchCommand.named(name), "help lists every command");
                continue;
            }
            CommandLine alone = PackbenchCommand.forArgs(
                    new PackbenchCommand((db, locale) -> {}, CliRun.CLOCK), "--db", "x.db", name);
            assertEquals(
                    Set.of(entry.getValue().getCommandName()),
                    alone.getSubcommands().values().stream()
                            .map(CommandLine::getCommandName)
                            .collect(Collectors.toSet()),
                    name);
            assertEquals(
                    entry.getValue().getUsageMessage(),
                    alone.getSubcommands().get(name).getUsageMessage(),
                    name + " built alone is the same command");
        }
        assertTrue(whole.getSubcommands().size() > 15);
    }

    @Test
    void aWordThatIsNoCommandGetsTheWholeCommandLineToSuggestTheNearest() {
        CliRun typo = CliRun.of("catalgo", "list");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("catalog"), typo.err());
    }
}
