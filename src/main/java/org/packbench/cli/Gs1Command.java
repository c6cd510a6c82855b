package org.packbench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.gs1.Gs1Check;
import org.packbench.i18n.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "gs1",
        description = "GS1 data.",
        subcommands = {Gs1Command.Check.class})
final class Gs1Command {

    @Command(
            name = "check",
            description = "Check GS1 data, bracketed (01)… or scanned ]C1…; print the normalised bracketed form.")
    static final class Check extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "STRING")
        String input;

        @Option(
                names = "--gs",
                paramLabel = "TEXT",
                description = "What the scanner sends instead of GS (0x1D), e.g. <GS> or ~.")
        String gsStandIn;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("input", input);
            try {
                String bracketed = Gs1Check.check(input, gsStandIn);
                if (json) {
                    m.put("valid", true);
                    m.put("bracketed", bracketed);
                    out().println(Json.write(m));
                } else {
                    out().println(bracketed);
                }
                return 0;
            } catch (ProblemException e) {
                if (json) {
                    m.put("valid", false);
                    m.put("code", e.problem().key());
                    m.put("error", e.in(locale()));
                    out().println(Json.write(m));
                }
                err().println("error: " + e.in(locale()));
                return 1;
            }
        }
    }
}
