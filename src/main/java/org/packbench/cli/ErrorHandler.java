package org.packbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.packbench.i18n.ProblemException;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr and exit 1. A rejected input says what to fix; an
 * unexpected failure gives its reason in one line and leaves the stack trace in
 * {@code packbench-errors.log} beside the database, where support can read it, since stderr is
 * what a script or a packer reads.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final String LOG_NAME = "packbench-errors.log";
    private static final int MAX_REASON = 200;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PackbenchCommand root = cl.getCommandSpec().root().userObject() instanceof PackbenchCommand p ? p : null;
        if (ex instanceof ProblemException problem) {
            cl.getErr().println("error: " + problem.in(root == null ? java.util.Locale.ENGLISH : root.locale()));
        } else {
            Optional<Path> log = keep(ex, root);
            cl.getErr().println("error: " + reason(ex) + log.map(p -> " (details in " + p + ")").orElse(""));
        }
        cl.getErr().flush();
        return 1;
    }

    /** The deepest cause's class and message, on one line and short. */
    static String reason(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().replaceAll("\\s+", " ").strip();
        String line = t.getClass().getSimpleName() + message;
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 1) + "…";
    }

    private static Optional<Path> keep(Exception ex, PackbenchCommand root) {
        if (root == null) {
            return Optional.empty();
        }
        try {
            Path log = root.databasePath().toAbsolutePath().resolveSibling(LOG_NAME);
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, Instant.now() + " " + trace + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return Optional.of(log);
        } catch (IOException | RuntimeException e) {
            // A read-only or missing folder: the one line on stderr is all there is.
            return Optional.empty();
        }
    }
}
