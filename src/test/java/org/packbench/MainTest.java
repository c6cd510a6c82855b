package org.packbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A command that runs out of memory says so in one line, with the limit and what to do, not a stack trace. */
class MainTest {
    @Test
    void runningOutOfMemoryNamesTheLimitAndTwoWaysOn() {
        String said = Main.outOfMemory(512L * 1024 * 1024);
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.startsWith("error: out of memory (the Java heap's limit is 512 MiB)"), said);
        assertTrue(said.contains("Split the work"), said);
        assertTrue(said.contains("PACKBENCH_JAVA_OPTS=\"-Xmx1024m\""), said);
    }
}
