package org.packbench.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.packbench.gs1.Sscc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "sscc",
        description = "Serial Shipping Container Codes.",
        subcommands = {SsccCommand.Next.class})
final class SsccCommand {

    @Command(name = "next", description = "Allocate the next SSCCs (recorded; never reused).")
    static final class Next extends CommandBase implements Callable<Integer> {
        @Option(names = "--count", defaultValue = "1")
        int count;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            List<Sscc> codes = workbench().sscc().allocate(count, "cli");
            if (json) {
                out().println(Json.write(codes.stream().map(Sscc::digits).toList()));
            } else {
                codes.forEach(c -> out().println(c.digits()));
            }
            return 0;
        }
    }
}
