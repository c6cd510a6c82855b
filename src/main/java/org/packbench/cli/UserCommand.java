package org.packbench.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.packbench.access.AccessControl;
import org.packbench.access.Account;
import org.packbench.access.Role;
import org.packbench.i18n.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "user",
        description = "Packer and supervisor accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Recover.class})
final class UserCommand {

    @Command(
            name = "add",
            description = {
                "Add a user. A supervisor's PIN is read from PACKBENCH_NEW_PIN, or, when you act without --user "
                        + "(setup mode), from PACKBENCH_PIN, or asked on the terminal. A packer may have a PIN, "
                        + "from PACKBENCH_NEW_PIN only.",
                "Once a supervisor exists, only a supervisor may add users: --user NAME with PACKBENCH_PIN."
            })
    static final class Add extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "packer|supervisor")
        String role;

        @Override
        public Integer call() {
            Role r = Role.of(role);
            AccessControl access = workbench().access();
            Secrets secrets = root().secrets();
            // A packer's PIN comes only from PACKBENCH_NEW_PIN: a supervisor's PACKBENCH_PIN left in the
            // environment must not quietly become a packer's PIN.
            Optional<char[]> pin = secrets.fromEnvironment("PACKBENCH_NEW_PIN")
                    .or(() -> r == Role.SUPERVISOR && root().user().isEmpty()
                            ? secrets.fromEnvironment("PACKBENCH_PIN")
                            : Optional.empty())
                    .or(() -> r == Role.SUPERVISOR
                            ? secrets.ask(Message.of("access.newPinPrompt", name))
                            : Optional.empty());
            Account added = access.addAccount(name, r, pin.orElse(null));
            out().println(Message.of("access.added", added.name(), added.role().code())
                    .in(locale()));
            return 0;
        }
    }

    @Command(name = "list", description = "List the users with their roles.")
    static final class ListUsers extends CommandBase implements Callable<Integer> {
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            AccessControl access = workbench().access();
            List<Account> all = access.accounts();
            List<String> tampered = access.tampered();
            java.time.Instant now = workbench().clock().instant();
            if (json) {
                out().println(Json.write(all.stream()
                        .map(a -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("name", a.name());
                            m.put("role", a.role().code());
                            m.put("pin", a.hasPin());
                            m.put(
                                    "locked_until",
                                    a.lockedAt(now) ? a.lockedUntil().get().toString() : null);
                            m.put("sealed", !tampered.contains(a.name()));
                            return m;
                        })
                        .toList()));
            } else {
                for (Account a : all) {
                    out().printf(
                                    "%-24s %-10s %s%s%s%n",
                                    a.name(),
                                    a.role().code(),
                                    a.hasPin() ? "PIN" : "no PIN",
                                    a.lockedAt(now)
                                            ? "  locked until "
                                                    + a.lockedUntil().get()
                                            : "",
                                    tampered.contains(a.name()) ? "  changed outside PackBench: cannot sign in" : "");
                }
            }
            if (access.setupMode()) {
                err().println("note: " + Message.of("access.setupMode").in(locale()));
            }
            return 0;
        }
    }

    @Command(
            name = "recover",
            description = {
                "Make NAME a supervisor again on a bench left without one: every supervisor account was deleted or "
                        + "changed in the database file. Needs no sign-in, but the bench key beside the database, which only "
                        + "the operating-system user running PackBench can read. The new PIN is read from PACKBENCH_NEW_PIN "
                        + "or asked on the terminal.",
                "Refused (exit 1) while a supervisor can still sign in."
            })
    static final class Recover extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Secrets secrets = root().secrets();
            Optional<char[]> pin = secrets.fromEnvironment("PACKBENCH_NEW_PIN")
                    .or(() -> secrets.ask(Message.of("access.newPinPrompt", name)));
            Account recovered = workbench().access().recover(name, pin.orElse(null));
            out().println(Message.of("access.recovered", recovered.name()).in(locale()));
            return 0;
        }
    }
}
