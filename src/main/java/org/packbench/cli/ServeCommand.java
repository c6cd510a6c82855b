package org.packbench.cli;

import java.util.concurrent.Callable;
import org.packbench.app.Version;
import org.packbench.i18n.Message;
import org.packbench.serve.ApiToken;
import org.packbench.serve.HeadlessService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code packbench serve}: the bench without a screen, for ERPs and scripts. It runs until the
 * process is told to stop (SIGTERM, Ctrl+C), then stops the API and the print-queue worker cleanly.
 */
@Command(
        name = "serve",
        description = {
            "Run headless: deliver the print queue, write the end-of-day log export, and answer a local HTTP API "
                    + "on 127.0.0.1 (see README, GET /openapi.json).",
            "Every request but /health and /openapi.json needs 'Authorization: Bearer TOKEN'; the token is kept in "
                    + "serve.token next to the database (made on first start, readable by its owner only).",
            "The service acts as the operating-system user, as a command without --user does."
        })
final class ServeCommand extends CommandBase implements Callable<Integer> {
    @Option(
            names = "--port",
            defaultValue = "8765",
            paramLabel = "PORT",
            description = "TCP port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            err().println("error: " + Message.of("serve.port", port).in(locale()));
            return 2;
        }
        HeadlessService service = HeadlessService.start(
                workbench(), port, ApiToken.fileFor(workbench().databaseFile()));
        Thread hook = new Thread(
                () -> {
                    err().println(Message.of("serve.stopping").in(locale()));
                    err().flush();
                    service.close();
                    err().println(Message.of("serve.stopped").in(locale()));
                    err().flush();
                },
                "packbench-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        // The file's path, never the token: stderr ends up in journald and terminal scrollback.
        err().println(Message.of("serve.listening", service.port(), Version.current(), service.tokenFile())
                .in(locale()));
        err().flush();
        // Only the hook stops the service; this thread waits so that the command does not return meanwhile.
        service.awaitStop();
        return 0;
    }
}
