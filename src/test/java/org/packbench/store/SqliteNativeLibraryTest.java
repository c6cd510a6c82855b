package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's native library is copied into the cache once per version and loaded from there. */
class SqliteNativeLibraryTest {
    @TempDir
    Path cache;

    @Test
    void theLibraryIsCopiedOnceAndAWrongCopyIsReplacedWhole() throws Exception {
        Path lib = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();
        long size = Files.size(lib);
        assertTrue(size > 100_000, "a whole library: " + size);
        assertTrue(lib.getParent().getFileName().toString().startsWith("sqlite-jdbc-"), lib.toString());

        FileTime made = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(lib, made);
        assertEquals(lib, SqliteNativeLibrary.cachedCopy(cache).orElseThrow());
        assertEquals(made, Files.getLastModifiedTime(lib), "a whole copy is used as it is");

        Files.write(lib, new byte[] {1, 2, 3});
        assertEquals(lib, SqliteNativeLibrary.cachedCopy(cache).orElseThrow());
        assertEquals(size, Files.size(lib), "a cut copy is replaced");
        try (var left = Files.list(lib.getParent())) {
            assertEquals(1, left.count(), "no part file left behind");
        }
    }

    @Test
    void aBenchOpensOnTheCachedLibrary() throws Exception {
        Database.open(cache.resolve("bench.db"));
        String path = System.getProperty(SqliteNativeLibrary.PATH_PROPERTY);
        String name = System.getProperty(SqliteNativeLibrary.NAME_PROPERTY);
        assertTrue(path != null && name != null, "sqlite-jdbc is pointed at a copy");
        assertTrue(Files.isRegularFile(Path.of(path, name)), path + "/" + name);
        assertTrue(org.sqlite.SQLiteJDBCLoader.isNativeMode(), "and runs natively from it");
    }

    @Test
    void thePlatformIsAskedOfSqliteJdbcOnceAndKept() throws Exception {
        String version = org.sqlite.SQLiteJDBCLoader.getVersion();
        String asked = SqliteNativeLibrary.platform(cache, version);
        assertEquals(org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS(), asked);
        Path kept;
        try (var files = Files.list(cache)) {
            kept = files.filter(f -> f.getFileName().toString().endsWith(".platform"))
                    .findFirst()
                    .orElseThrow();
        }
        // What is kept is what the next start uses, without asking again.
        Files.writeString(kept, "Linux/kept");
        assertEquals("Linux/kept", SqliteNativeLibrary.platform(cache, version));
        // Anything that is not a folder name is asked for again.
        Files.writeString(kept, "../../etc");
        assertEquals(asked, SqliteNativeLibrary.platform(cache, version));
        try (var files = Files.list(cache)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no part file left");
        }
    }
}
