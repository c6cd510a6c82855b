package org.packbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.packbench.location.DatabaseAddress;

/**
 * Where the bench keeps its database: {@code --db}, else {@code PACKBENCH_DB}, else the one
 * chosen in the window, else the user's data directory of the operating system. Never the install folder, which an upgrade replaces.
 */
public final class DataLocation {
    public static final String DB_FILE = "packbench.db";

    private DataLocation() {}

    /**
     * The local file of the bench's database: the SQLite file, or for a warehouse's server the file
     * in this computer's data folder that stands for it (see {@link #localFile}).
     */
    public static Path database(String dbOption, Map<String, String> env, String osName, String userHome) {
        DatabaseAddress address = address(dbOption, env, osName, userHome);
        if (address instanceof DatabaseAddress.PostgresServer server) {
            return localFile(server, env, osName, userHome);
        }
        return ((DatabaseAddress.SqliteFile) address).path();
    }

    /**
     * Where the records are: {@code --db}, else {@code PACKBENCH_DB} (a file or {@code
     * postgresql://…}), else the database chosen in the window ({@link DatabaseChoice}), else the
     * data folder's file.
     */
    public static DatabaseAddress address(String dbOption, Map<String, String> env, String osName, String userHome) {
        if (dbOption != null && !dbOption.isBlank()) {
            return DatabaseAddress.parse(dbOption);
        }
        String fromEnv = env.get("PACKBENCH_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return DatabaseAddress.parse(fromEnv);
        }
        Path data = dataDirectory(env, osName, userHome);
        return DatabaseChoice.read(data).orElseGet(() -> new DatabaseAddress.SqliteFile(data.resolve(DB_FILE)));
    }

    /**
     * The file in this computer's data folder standing for a warehouse's server: no records are in
     * it, but beside it the bench keeps what is its own (the key that seals the records, its anchor,
     * its delivery lock, its log file, the HTTP API's token).
     */
    public static Path localFile(
            DatabaseAddress.PostgresServer server, Map<String, String> env, String osName, String userHome) {
        String name =
                (server.host() + "-" + server.port() + "-" + server.database()).replaceAll("[^A-Za-z0-9._-]", "_");
        return dataDirectory(env, osName, userHome).resolve("warehouse").resolve(name + ".db");
    }

    public static Path localFile(DatabaseAddress.PostgresServer server) {
        return localFile(server, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** This computer's data folder for PackBench, from the process's environment. */
    public static Path dataDirectory() {
        return dataDirectory(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    public static Path dataDirectory(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base =
                    appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("PackBench");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "PackBench");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && xdg.startsWith("/") ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("packbench");
    }

    /**
     * Makes the database's folder when it is missing, as on a bench's first start; one that cannot
     * be made is named with the reason, instead of SQLite's "out of memory" that follows otherwise.
     */
    public static void ensureFolder(Path database) {
        Path file = database.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new org.packbench.i18n.ProblemException(
                    org.packbench.i18n.Message.of(
                            "db.noFolder",
                            file,
                            folder,
                            existingPartIsAFile(folder)
                                    ? org.packbench.i18n.Message.of("io.notFolder")
                                    : IoReason.of(e)),
                    e);
        }
    }

    /** The path's nearest existing part is a file: the JDK calls that "already exists" or "Not a directory". */
    private static boolean existingPartIsAFile(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return !Files.isDirectory(p);
            }
        }
        return false;
    }
}
