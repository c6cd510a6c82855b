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
     * The DACs that make a VK label valid both at {@link #CLOCK} (runs in this process) and today
     * (the bench processes a test starts and the window, on the real clock): one issued ten days
     * before the earlier of the two, and, once today is past that one's 180 days, a second issued
     * ten days before today. The registry takes the newest code valid on each clock, so the suite
     * does not start failing half a year after {@link #CLOCK}.
     */
    public static List<org.packbench.marketplace.vk.Dac> dacsForBothClocks() {
        java.time.LocalDate fixed = java.time.LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC);
        java.time.LocalDate today = java.time.LocalDate.now(ZoneOffset.UTC);
        var first = new org.packbench.marketplace.vk.Dac(
                "DAC7Q2M9XK4P", (today.isBefore(fixed) ? today : fixed).minusDays(10));
        if (first.usableOn(today)) {
            return List.of(first);
        }
        return List.of(first, new org.packbench.marketplace.vk.Dac("DAC8R3N0YL5Q", today.minusDays(10)));
    }

    /**
     * Adds {@link #dacsForBothClocks()} to {@code database} by {@code dac add}, each on a clock
     * on which its issue day is not in the future; throws if one is refused.
     */
    public static void addDacsForBothClocks(java.util.Map<String, String> env, String database) {
        for (var dac : dacsForBothClocks()) {
            Clock clock = dac.issuedOn().isAfter(java.time.LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC))
                    ? Clock.systemUTC()
                    : CLOCK;
            CliRun run = with(
                    clock,
                    env,
                    "dac",
                    "add",
                    dac.code(),
                    "--issued",
                    dac.issuedOn().toString(),
                    "--db",
                    database);
            if (run.exit() != 0) {
                throw new IllegalStateException("dac add " + dac.code() + " refused: " + run.err());
            }
        }
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
