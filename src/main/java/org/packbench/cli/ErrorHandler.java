package org.packbench.cli;

import org.packbench.i18n.ProblemException;
import picocli.CommandLine;

/** Turns a rejected input into its message and exit 1; anything else is reported as a failure too. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PackbenchCommand root = cl.getCommandSpec().root().userObject() instanceof PackbenchCommand p ? p : null;
        if (ex instanceof ProblemException problem) {
            cl.getErr().println("error: " + problem.in(root == null ? java.util.Locale.ENGLISH : root.locale()));
        } else {
            cl.getErr().println("error: " + ex);
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return 1;
    }
}
