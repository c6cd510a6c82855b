package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {
    @Test
    void theOptionWinsOverTheEnvironment() {
        assertEquals(
                Path.of("/a.db"), DataLocation.database("/a.db", Map.of("PACKBENCH_DB", "/b.db"), "Linux", "/home/u"));
        assertEquals(
                Path.of("/b.db"), DataLocation.database(null, Map.of("PACKBENCH_DB", "/b.db"), "Linux", "/home/u"));
    }

    @Test
    void eachOperatingSystemHasItsOwnDataDirectory() {
        assertEquals(
                Path.of("/home/u/.local/share/packbench/packbench.db"),
                DataLocation.database(null, Map.of(), "Linux", "/home/u"));
        assertEquals(
                Path.of("/x/data/packbench/packbench.db"),
                DataLocation.database(null, Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/u"));
        assertEquals(
                Path.of("C:/Users/u/AppData/Roaming/PackBench/packbench.db")
                        .toString()
                        .replace('\\', '/'),
                DataLocation.database(null, Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u")
                        .toString()
                        .replace('\\', '/'));
        assertEquals(
                Path.of("/Users/u/Library/Application Support/PackBench/packbench.db"),
                DataLocation.database(null, Map.of(), "Mac OS X", "/Users/u"));
    }
}
