package org.packbench.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.app.OutboxWorker;
import org.packbench.i18n.Message;
import org.packbench.marketplace.outbox.Push;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code packbench outbox}: what the marketplaces must still be told, and how it stands. */
@Command(
        name = "outbox",
        description = "Pushes to the marketplaces: list, retry, send now.",
        subcommands = {OutboxCommand.ListPushes.class, OutboxCommand.Retry.class, OutboxCommand.Send.class})
final class OutboxCommand {

    @Command(name = "list", description = "Pushes not yet delivered (with --all, every push).")
    static final class ListPushes extends CommandBase implements Callable<Integer> {
        @Option(names = "--json")
        boolean json;

        @Option(names = "--all", description = "Delivered and cancelled pushes too.")
        boolean all;

        @Override
        public Integer call() {
            List<Push> pushes = workbench().outbox().list(all);
            if (json) {
                out().println(Json.write(pushes.stream()
                        .map(p -> org.packbench.app.JsonFields.push(p, locale()))
                        .toList()));
                return 0;
            }
            if (pushes.isEmpty()) {
                err().println(Message.of("outbox.empty").in(locale()));
            }
            for (Push p : pushes) {
                out().printf(
                                "%6d  %-11s  %-22s  %-9s  %-10s  %2d  %s  %s%n",
                                p.id(),
                                p.kind().code(),
                                p.subject(),
                                p.state().code(),
                                p.account(),
                                p.attempts(),
                                p.nextAt().truncatedTo(ChronoUnit.SECONDS),
                                p.problem().map(m -> m.in(locale())).orElse(p.ack()));
            }
            return 0;
        }
    }

    @Command(name = "retry", description = "Make a failed or waiting push due now (or every failed one with --all).")
    static final class Retry extends CommandBase implements Callable<Integer> {
        @ArgGroup(multiplicity = "1")
        Which which;

        static final class Which {
            @Parameters(paramLabel = "ID")
            Long id;

            @Option(names = "--all", required = true)
            boolean all;
        }

        @Override
        public Integer call() {
            Instant now = root().clock().instant();
            if (which.all) {
                int n = workbench().outbox().retryFailed(now);
                out().println(Message.of("outbox.retried", n).in(locale()));
            } else {
                workbench().outbox().retryNow(which.id, now);
                out().println(Message.of("outbox.retried", 1).in(locale()));
            }
            return 0;
        }
    }

    @Command(
            name = "send",
            description = "Deliver every push due now, once each, and say what came of it "
                    + "(the window and serve do this by themselves).")
    static final class Send extends CommandBase implements Callable<Integer> {
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            OutboxWorker.Pass p = workbench().outboxWorker().sendDue();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("delivered", p.delivered());
                m.put("later", p.later());
                m.put("failed", p.failed());
                out().println(Json.write(m));
            } else {
                out().println(Message.of("outbox.sent", p.delivered(), p.later(), p.failed())
                        .in(locale()));
            }
            return p.failed() > 0 ? 1 : 0;
        }
    }
}
