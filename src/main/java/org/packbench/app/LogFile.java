package org.packbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the libraries' log lines go (Jetty and Javalin under {@code serve}, PDFBox, sqlite-jdbc,
 * and PackBench's own service messages): {@code packbench.log} in the database's folder, never
 * stderr, which carries PackBench's one-line messages for the person or script that ran it.
 *
 * <p>slf4j-simple reads its settings once, when the first logger is made, so this must run before
 * any library class is touched: {@code Main} calls it after the command line is parsed and before
 * the command runs.
 */
public final class LogFile {
    public static final String NAME = "packbench.log";
    private static final String FILE_KEY = "org.slf4j.simpleLogger.logFile";
    private static final String LEVEL_KEY = "org.slf4j.simpleLogger.defaultLogLevel";

    private LogFile() {}

    /**
     * Sends the log to {@code packbench.log} beside {@code database}, making its folder if it is
     * missing (as the first start makes the data directory). A folder that cannot be written gets
     * no log at all rather than one on stderr; a log file the user chose ({@code -D…logFile}) is kept.
     *
     * @return the log file, if there is one
     */
    public static Optional<Path> beside(Path database) {
        String chosen = System.getProperty(FILE_KEY);
        if (chosen != null) {
            return chosen.startsWith("System.") ? Optional.empty() : Optional.of(Path.of(chosen));
        }
        Path file = database.toAbsolutePath();
        Path folder = file.getParent();
        try {
            DataLocation.ensureFolder(file);
        } catch (RuntimeException e) {
            // The command names the folder itself if it needs the database; the log just goes quiet.
        }
        Path log = folder == null ? null : folder.resolve(NAME);
        boolean writable = log != null
                && Files.isDirectory(folder)
                && (Files.isWritable(log) || !Files.exists(log) && Files.isWritable(folder));
        if (!writable) {
            System.setProperty(LEVEL_KEY, "off");
            return Optional.empty();
        }
        System.setProperty(FILE_KEY, log.toString());
        return Optional.of(log);
    }
}
