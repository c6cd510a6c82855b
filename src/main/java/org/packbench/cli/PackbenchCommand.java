package org.packbench.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.packbench.app.BenchName;
import org.packbench.app.BenchOpening;
import org.packbench.app.DataLocation;
import org.packbench.app.LogFile;
import org.packbench.app.Version;
import org.packbench.app.Workbench;
import org.packbench.i18n.Message;
import org.packbench.location.DatabaseAddress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code packbench}: without a command it starts the GUI; with one it runs that command.
 * Exit codes: 0 success, 1 a check failed or input was rejected, 2 usage error.
 */
@Command(
        name = "packbench",
        // Inherited, like --db: every command and subcommand answers --help (and --version), so
        // asking how to use a command is never a usage error, whatever options it requires.
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = PackbenchCommand.VersionProvider.class,
        description = "Label workstation for the packing bench. Without a command, starts the GUI.")
public final class PackbenchCommand implements Callable<Integer> {
    /**
     * The commands, in the order the usage lists them. They are added to the command line by
     * {@link #commandLine} rather than named in the annotation, so that {@link #program} can build
     * only the one a run asks for: picocli reads every option of every command by reflection, and
     * all of them took 0.3 s of each command's start.
     */
    static final List<Class<?>> COMMANDS = List.of(
            CatalogCommand.class,
            DacCommand.class,
            LabelCommand.class,
            Gs1Command.class,
            SsccCommand.class,
            ConfigCommand.class,
            OzonCommand.class,
            UserCommand.class,
            LogCommand.class,
            VerifyCommand.class,
            OrdersCommand.class,
            InvoiceCommand.class,
            PrinterCommand.class,
            PrintCommand.class,
            QueueCommand.class,
            BatchCommand.class,
            ServeCommand.class,
            DbCommand.class,
            MarketplaceCommand.class,
            OutboxCommand.class,
            MarksCommand.class,
            CommandLine.HelpCommand.class);

    /** Starts the GUI; given by Main so that the CLI does not depend on JavaFX. */
    public interface GuiStarter {
        void start(BenchOpening bench, Locale locale);
    }

    @Option(
            names = "--db",
            scope = ScopeType.INHERIT,
            paramLabel = "PATH",
            description =
                    "Database: a file, or postgresql://HOST[:PORT]/DB?user=NAME for a warehouse's server "
                            + "(password from PGPASSWORD or ~/.pgpass, never here). Default: PACKBENCH_DB, else the user's data directory.")
    String db;

    @Option(
            names = "--lang",
            scope = ScopeType.INHERIT,
            paramLabel = "ru|en",
            description = "Language of messages: ru or en (GUI default ru, CLI default en).")
    String lang;

    @Option(
            names = "--user",
            scope = ScopeType.INHERIT,
            paramLabel = "NAME",
            description = "Act as this user; the PIN is read from PACKBENCH_PIN or asked on the terminal, "
                    + "never taken from the command line.")
    String user;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final GuiStarter gui;
    private final Clock clock;
    private final Secrets secrets;
    private Workbench workbench;

    public PackbenchCommand(GuiStarter gui, Clock clock) {
        this(gui, clock, Secrets.SYSTEM);
    }

    PackbenchCommand(GuiStarter gui, Clock clock, Secrets secrets) {
        this.gui = gui;
        this.clock = clock;
        this.secrets = secrets;
    }

    Secrets secrets() {
        return secrets;
    }

    /** The user named with --user, if any. */
    Optional<String> user() {
        return Optional.ofNullable(user);
    }

    @Override
    public Integer call() {
        Locale guiLocale = lang == null ? Locale.forLanguageTag("ru") : locale();
        try {
            gui.start(benchOpening(databaseAddress()), guiLocale);
        } catch (org.packbench.i18n.ProblemException e) {
            // The window could not open (no GTK, no display, a database it cannot use, which the
            // window has shown already): one line in the GUI's language, as every failure is.
            spec.commandLine().getErr().println("error: " + e.in(guiLocale));
            spec.commandLine().getErr().flush();
            return 1;
        }
        return 0;
    }

    Path databasePath() {
        return DataLocation.database(db, environment(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    DatabaseAddress databaseAddress() {
        return DataLocation.address(db, environment(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** This computer's file standing for a warehouse's server, in the data folder the environment names. */
    Path localFile(DatabaseAddress.PostgresServer server) {
        return DataLocation.localFile(
                server, environment(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /**
     * How this command opens the bench at {@code address}, and the window too: the local file, the
     * password asked only when a server is opened, the bench's name from the environment.
     */
    BenchOpening benchOpening(DatabaseAddress address) {
        if (address instanceof DatabaseAddress.PostgresServer server) {
            return new BenchOpening(
                    server, localFile(server), () -> databasePassword(server), BenchName.of(environment()));
        }
        return new BenchOpening(address, databasePath(), () -> null, BenchName.of(environment()));
    }

    /** The variables that say where the data is, as the command was started with them. */
    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        for (String name :
                new String[] {"PACKBENCH_DB", "XDG_DATA_HOME", "APPDATA", "PACKBENCH_BENCH", "HOSTNAME", "COMPUTERNAME"
                }) {
            String v = secrets.variable(name);
            if (v != null) {
                env.put(name, v);
            }
        }
        return env;
    }

    /**
     * The warehouse server's password: PGPASSWORD, else none when ~/.pgpass (or PGPASSFILE) is
     * there for the driver to read, else asked on the terminal. Never an option: it would stay in
     * the shell's history and in the process list.
     */
    char[] databasePassword(DatabaseAddress.PostgresServer server) {
        return secrets.fromEnvironment("PGPASSWORD")
                .or(() -> PgPassFile.present(System.getenv(), System.getProperty("user.home"))
                        ? Optional.empty()
                        : secrets.ask(Message.of("db.server.passwordPrompt", server.display())))
                .orElse(null);
    }

    Locale locale() {
        return "ru".equalsIgnoreCase(lang) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }

    /** The bench, opened on first use so that --help and --version need no database. */
    java.time.Clock clock() {
        return clock;
    }

    Workbench workbench() {
        if (workbench == null) {
            Workbench opened = benchOpening(databaseAddress()).open(clock);
            if (user != null) {
                boolean needsPin = opened.access().accounts().stream()
                        .anyMatch(a -> a.name().equals(user.strip()) && a.hasPin());
                opened.access()
                        .signIn(
                                user,
                                needsPin
                                        ? secrets.pin("PACKBENCH_PIN", Message.of("access.pinPrompt", user.strip()))
                                        : null);
            }
            workbench = opened;
        }
        return workbench;
    }

    /**
     * Lets go of the database a command opened. A program run ends with its process, and the
     * server's connections with it; commands run one after another in one JVM (the tests) would
     * otherwise each leave a pool of them behind.
     */
    void closeDatabase() {
        if (workbench != null) {
            workbench.closeDatabase();
        }
    }

    /** Builds the command line with the project's exit codes and error handling. */
    public static CommandLine commandLine(GuiStarter gui, Clock clock) {
        return commandLine(new PackbenchCommand(gui, clock));
    }

    /**
     * The command line as the program runs it: as {@link #commandLine}, but with only the command
     * {@code args} name when they name one ({@link CommandWord}), and before the command runs, the
     * libraries' logging is sent to {@code packbench.log} beside the database (its {@code --db} is
     * known only once the arguments are parsed, and no library has logged yet). Tests run commands
     * in one JVM and keep the default, stderr of the test run.
     */
    public static CommandLine program(GuiStarter gui, Clock clock, String... args) {
        CommandLine cl = forArgs(new PackbenchCommand(gui, clock), args);
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cl.setExecutionStrategy(parsed -> {
            if (parsed.commandSpec().userObject() instanceof PackbenchCommand r && !asksForHelp(parsed)) {
                LogFile.beside(r.databasePath());
            }
            return run.execute(parsed);
        });
        return cl;
    }

    /**
     * The command line {@code args} need: only the command they name, or none for the window; all
     * of them when the arguments name no command (help, a typo to suggest the nearest for).
     */
    static CommandLine forArgs(PackbenchCommand root, String... args) {
        Optional<List<Class<?>>> only = CommandWord.of(args, ROOT_OPTIONS_WITH_VALUE)
                .flatMap(word -> word.isEmpty()
                        ? Optional.of(List.<Class<?>>of())
                        : named(word).map(List::<Class<?>>of));
        return only.map(commands -> commandLine(root, commands)).orElseGet(() -> commandLine(root));
    }

    /** The root's options that take a value in the next argument: {@code --db PATH}, and the like. */
    static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--db", "--lang", "--user");

    /** The command called {@code word} (by name or alias), if there is one; {@code help} lists them all, so is not one. */
    static Optional<Class<?>> named(String word) {
        if (word.equals("bench")) {
            return benchCommand();
        }
        for (Class<?> c : COMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (command != null
                    && c != CommandLine.HelpCommand.class
                    && (command.name().equals(word)
                            || Arrays.asList(command.aliases()).contains(word))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static boolean asksForHelp(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested()
                    || p.isVersionHelpRequested()
                    || p.commandSpec().userObject() instanceof CommandLine.HelpCommand) {
                return true;
            }
        }
        return false;
    }

    static CommandLine commandLine(PackbenchCommand command) {
        List<Class<?>> all = new ArrayList<>(COMMANDS);
        benchCommand().ifPresent(all::add);
        return commandLine(command, all);
    }

    private static CommandLine commandLine(PackbenchCommand command, List<Class<?>> commands) {
        CommandLine cl = new CommandLine(command);
        commands.forEach(cl::addSubcommand);
        // Set once the commands are in: picocli applies these to the subcommands present.
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli would replace "@path" with the contents of that file: "gs1 check @/etc/passwd"
        // printed the file in its error. Arguments are what was typed, nothing more.
        cl.setExpandAtFiles(false);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    /**
     * {@code bench} lives in packbench-bench.jar (src/bench/java), which ./packbench puts on the
     * class path only for {@code packbench bench …}: the shipped jar carries no benchmark, so it
     * is looked up by name rather than referenced.
     */
    private static Optional<Class<?>> benchCommand() {
        try {
            return Optional.of(Class.forName("org.packbench.cli.BenchCommand"));
        } catch (ClassNotFoundException absent) {
            return Optional.empty();
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"PackBench " + Version.current()};
        }
    }
}
