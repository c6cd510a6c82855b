package org.packbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.packbench.app.ErrorLog;
import org.packbench.i18n.ProblemException;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr and exit 1. A rejected input, or a database that
 * cannot be used (full disk, read-only, not a database, locked), says what to fix; an unexpected
 * failure gives its reason in one line and leaves the stack trace in {@code packbench-errors.log}
 * beside the database, where support can read it, since stderr is what a script or a packer reads.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final String LOG_NAME = ErrorLog.NAME;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PackbenchCommand root = cl.getCommandSpec().root().userObject() instanceof PackbenchCommand p ? p : null;
        if (ex instanceof ProblemException problem) {
            cl.getErr().println("error: " + problem.in(root == null ? Locale.ENGLISH : root.locale()));
        } else {
            Optional<Path> log = root == null ? Optional.empty() : ErrorLog.keep(ex, root.databasePath());
            cl.getErr()
                    .println("error: " + reason(ex)
                            + log.map(p -> " (details in " + p + ")").orElse(""));
        }
        cl.getErr().flush();
        return 1;
    }

    /** The deepest cause's class and message, on one line and short. */
    static String reason(Throwable ex) {
        return ErrorLog.reason(ex);
    }
}
