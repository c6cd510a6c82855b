package org.packbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * sqlite-jdbc's native library, copied once per version into the user's cache folder and loaded
 * from there. Left to itself, sqlite-jdbc writes a fresh copy (1–2 MB) into the temporary folder
 * at every start, reads it back to compare, and deletes it at exit; a process killed with -9
 * leaves its copy behind (hundreds had piled up on a test machine), and every command paid for
 * the copy. A folder of the user's own, not the shared temporary one, also keeps another user
 * from placing a library there first.
 *
 * <p>Anything that goes wrong here leaves sqlite-jdbc to its own way: nothing is set, and it
 * extracts as before. A library path set by the user ({@code -Dorg.sqlite.lib.path}) is left alone.
 */
final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private static boolean prepared;

    private SqliteNativeLibrary() {}

    /** Points sqlite-jdbc at the cached copy, making it first if needed; before the first connection. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        cacheFolder().flatMap(SqliteNativeLibrary::cachedCopy).ifPresent(lib -> {
            System.setProperty(PATH_PROPERTY, lib.getParent().toString());
            System.setProperty(NAME_PROPERTY, lib.getFileName().toString());
        });
    }

    /** The copy for this sqlite-jdbc version and platform in {@code cache}, made whole or not at all. */
    static Optional<Path> cachedCopy(Path cache) {
        String name = System.mapLibraryName("sqlitejdbc");
        try {
            String version = org.sqlite.SQLiteJDBCLoader.getVersion();
            if (version == null || version.isBlank() || !version.matches("[0-9A-Za-z._-]+")) {
                return Optional.empty();
            }
            String platform = platform(cache, version);
            String resource = "/org/sqlite/native/" + platform + "/" + name;
            Path folder = cache.resolve("sqlite-jdbc-" + version + "-" + platform.replace('/', '-'));
            Path lib = folder.resolve(name);
            long size = resourceSize(resource);
            if (size <= 0) {
                return Optional.empty();
            }
            if (Files.isRegularFile(lib) && Files.size(lib) == size) {
                return Optional.of(lib);
            }
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, name, ".part");
            try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
                if (in == null) {
                    Files.deleteIfExists(part);
                    return Optional.empty();
                }
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(part) != size) {
                Files.deleteIfExists(part);
                return Optional.empty();
            }
            // Another process may be doing the same: whichever arrives last replaces a whole copy
            // with a whole copy.
            Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(lib);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * sqlite-jdbc's folder for this platform ("Linux/x86_64"), kept in the cache beside the copies.
     * sqlite-jdbc's OSInfo runs {@code uname -o} to tell Android apart, a process started at every
     * command's start (about 50 ms); the answer is kept per sqlite-jdbc version and the JVM's own
     * name for the system and processor. A home folder shared by a musl and a glibc system would
     * get the first one's answer: the library then fails to load and sqlite-jdbc extracts its own.
     */
    static String platform(Path cache, String version) throws IOException {
        String machine = (System.getProperty("os.name", "") + "-" + System.getProperty("os.arch", ""))
                .replaceAll("[^0-9A-Za-z._-]", "_");
        Path known = cache.resolve("sqlite-jdbc-" + version + "-" + machine + ".platform");
        try {
            String kept = Files.readString(known, java.nio.charset.StandardCharsets.US_ASCII)
                    .strip();
            if (kept.matches("[0-9A-Za-z_-]+(/[0-9A-Za-z_-]+)*")) {
                return kept;
            }
        } catch (IOException absentOrUnreadable) {
            // Asked of sqlite-jdbc below, and kept for the next start.
        }
        String platform = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
        Files.createDirectories(cache);
        Path part = Files.createTempFile(cache, known.getFileName().toString(), ".part");
        try {
            Files.writeString(part, platform, java.nio.charset.StandardCharsets.US_ASCII);
            Files.move(part, known, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return platform;
    }

    /** The resource's size as its jar entry states it: nothing is inflated to learn it. */
    private static long resourceSize(String resource) throws IOException {
        java.net.URL url = SqliteNativeLibrary.class.getResource(resource);
        if (url == null) {
            return -1;
        }
        java.net.URLConnection c = url.openConnection();
        c.setUseCaches(false);
        long size = c.getContentLengthLong();
        // The connection opened the jar (not cached): close what it holds.
        c.getInputStream().close();
        return size;
    }

    /** $XDG_CACHE_HOME/packbench, ~/.cache/packbench; %LOCALAPPDATA%\PackBench\cache on Windows. */
    private static Optional<Path> cacheFolder() {
        try {
            boolean windows =
                    System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
            if (windows) {
                String local = System.getenv("LOCALAPPDATA");
                return local == null || local.isBlank()
                        ? Optional.empty()
                        : Optional.of(Path.of(local, "PackBench", "cache"));
            }
            String xdg = System.getenv("XDG_CACHE_HOME");
            if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
                return Optional.of(Path.of(xdg, "packbench"));
            }
            String home = System.getProperty("user.home");
            return home == null || home.isBlank()
                    ? Optional.empty()
                    : Optional.of(Path.of(home, ".cache", "packbench"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
