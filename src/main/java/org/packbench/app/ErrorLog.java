package org.packbench.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Where an unexpected failure leaves its stack trace: {@code packbench-errors.log} beside the
 * database, for support to read. The person at the bench gets one line (the command line) or one
 * dialog (the window) giving the reason and naming this file, never the trace itself.
 */
public final class ErrorLog {
    public static final String NAME = "packbench-errors.log";
    private static final int MAX_REASON = 200;

    private ErrorLog() {}

    /** Appends {@code failure}'s trace to the log beside {@code database}; empty when that cannot be written. */
    public static synchronized Optional<Path> keep(Throwable failure, Path database) {
        try {
            Path log = database.toAbsolutePath().resolveSibling(NAME);
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            Files.writeString(
                    log,
                    Instant.now() + " " + trace + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return Optional.of(log);
        } catch (IOException | RuntimeException e) {
            // A read-only or missing folder: the one line or the dialog is all there is.
            return Optional.empty();
        }
    }

    /** The deepest cause's class and message, on one line and short. */
    public static String reason(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null
                ? ""
                : ": " + t.getMessage().replaceAll("\\s+", " ").strip();
        String line = t.getClass().getSimpleName() + message;
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 1) + "…";
    }
}
