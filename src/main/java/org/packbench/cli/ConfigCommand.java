package org.packbench.cli;

import java.util.concurrent.Callable;
import org.packbench.i18n.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "config",
        description = "Bench settings: company.name, gs1.company-prefix, gs1.sscc-extension.",
        subcommands = {ConfigCommand.Set.class, ConfigCommand.Get.class, ConfigCommand.ListAll.class})
final class ConfigCommand {

    @Command(name = "set", description = "Set a setting (checked before it is kept).")
    static final class Set extends CommandBase implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Override
        public Integer call() {
            workbench().config().set(name, value);
            err().println(Message.of("setting.saved", name, value.strip()).in(locale()));
            return 0;
        }
    }

    @Command(name = "get", description = "Print a setting's value.")
    static final class Get extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            var v = workbench().config().get(name);
            if (v.isEmpty()) {
                return 1;
            }
            out().println(v.get());
            return 0;
        }
    }

    @Command(name = "list", description = "List the settings.")
    static final class ListAll extends CommandBase implements Callable<Integer> {
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            var all = workbench().config().all();
            if (json) {
                out().println(Json.write(all));
            } else {
                all.forEach((k, v) -> out().println(k + "=" + v));
            }
            return 0;
        }
    }
}
