package org.packbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code packbench ARGS} in-process, as Main does, and keeps what it wrote to each stream. */
public record CliRun(int exit, String out, String err, List<String> guiStarts) {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    /**
     * The issue day of a DAC that is valid both at {@link #CLOCK} (for runs in this process) and
     * today (for the bench processes a test starts, which run on the real clock): ten days before
     * the earlier of the two. The two agree only while today is within 170 days of {@link #CLOCK}.
     */
    public static java.time.LocalDate dacIssuedForBothClocks() {
        java.time.LocalDate fixed = java.time.LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC);
        java.time.LocalDate today = java.time.LocalDate.now(ZoneOffset.UTC);
        return (today.isBefore(fixed) ? today : fixed).minusDays(10);
    }

    public static CliRun of(String... args) {
        return with(CLOCK, args);
    }

    public static CliRun with(Clock clock, String... args) {
        return with(clock, java.util.Map.of(), args);
    }

    /** As a script run with {@code env} set: PACKBENCH_PIN and PACKBENCH_NEW_PIN come from it, and no terminal is asked. */
    public static CliRun withEnv(java.util.Map<String, String> env, String... args) {
        return with(CLOCK, env, args);
    }

    public static CliRun with(Clock clock, java.util.Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> gui = new ArrayList<>();
        PackbenchCommand command =
                new PackbenchCommand((db, locale) -> gui.add(db + " " + locale), clock, new Secrets(env::get, false));
        // Built as the program builds it: with only the command the arguments name.
        CommandLine cl = PackbenchCommand.forArgs(command, args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit;
        try {
            exit = cl.execute(args);
        } finally {
            command.closeDatabase();
        }
        return new CliRun(exit, out.toString(), err.toString(), gui);
    }
}
