package org.packbench.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.app.LabelPrinting;
import org.packbench.app.LabelRefusedException;
import org.packbench.i18n.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code packbench print}: the label options of {@code label render}, issued in the printer's
 * language and resolution and queued. It returns once the job is committed to the queue; with
 * {@code --wait} it also delivers the job now and reports whether it went.
 */
@Command(name = "print", description = "Issue a label for an order and queue it on a printer.")
final class PrintCommand extends CommandBase implements Callable<Integer> {
    @Option(names = "--printer", required = true, paramLabel = "NAME")
    String printer;

    @picocli.CommandLine.Mixin
    LabelChoice choice;

    @Option(names = "--copies", defaultValue = "1", paramLabel = "N")
    int copies;

    @Option(names = "--wait", description = "Deliver now and wait until the job is sent or has failed.")
    boolean await;

    @Option(names = "--json", description = "Describe the job as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() {
        LabelPrinting.Printed printed;
        try {
            printed = workbench().printing().print(printer, choice::request, copies);
        } catch (LabelRefusedException e) {
            return refused(e);
        }
        printed.label().warnings().forEach(w -> err().println(
                        "warning: " + w.message().in(locale())));
        long id = printed.job().id();
        String status = printed.job().status().code();
        int exit = 0;
        // --wait delivers now whoever else runs; otherwise the job goes to whoever delivers this queue.
        var handover = await
                ? new org.packbench.app.Workbench.Handover(
                        java.util.Optional.empty(), workbench().deliverNow().jobs(List.of(id)))
                : workbench().handOver(List.of(id));
        if (handover.deliverer().isPresent()) {
            err().println(Message.of(
                            "print.deliveredBy", id, handover.deliverer().get())
                    .in(locale()));
        } else {
            if (!await) {
                err().println(Message.of("print.deliveringNow", id).in(locale()));
            }
            // The delivery lines go to stderr: stdout carries what a script reads.
            QueueCommand.lines(handover.delivered(), locale()).forEach(err()::println);
            exit = QueueCommand.exit(handover.delivered());
            status = workbench().printQueue().get(id).status().code();
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("job_id", id);
            m.put("label_id", printed.label().labelId());
            m.put("printer", printed.job().printer());
            m.put("copies", printed.job().copies());
            m.put("status", status);
            out().println(Json.write(m));
        } else {
            out().println(id);
            err().println(Message.of(
                            "print.queued",
                            id,
                            printed.job().printer(),
                            printed.label().labelId(),
                            printed.job().copies())
                    .in(locale()));
        }
        return exit;
    }
}
