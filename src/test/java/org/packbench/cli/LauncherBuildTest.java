package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher (README: {@code ./packbench} builds if needed) builds once after the sources
 * change, not on every start.
 */
class LauncherBuildTest {
    @TempDir
    Path folder;

    private LauncherProject project;

    @BeforeEach
    void aProjectBuiltTwoMinutesAgo() throws IOException {
        project = new LauncherProject(folder);
    }

    @Test
    void sourcesTouchedButUnchangedAreBuiltOnceNotOnEveryStart() throws Exception {
        // A checkout touched the benchmark sources: Maven finds nothing new for the app's jar.
        LauncherProject.touch(folder.resolve("src/bench/java/Bench.java"), project.now.minusSeconds(60));

        assertEquals(0, project.launch("--version").exit());
        assertEquals(0, project.launch("--version").exit());
        assertEquals(0, project.launch("--version").exit());

        assertEquals(1, project.buildsSoFar(), "one build for the touched sources, then none");
    }

    @Test
    void aSourceChangedAfterTheLastBuildIsBuiltAgain() throws Exception {
        LauncherProject.touch(folder.resolve("src/main/java/Label.java"), project.now.minusSeconds(60));
        project.launch("--version");
        LauncherProject.touch(folder.resolve("src/main/java/Label.java"), project.now.plusSeconds(60));

        project.launch("--version");

        assertEquals(2, project.buildsSoFar());
    }

    @Test
    void nothingChangedSinceTheJarWasMadeIsNotBuilt() throws Exception {
        LauncherProject.Run r = project.launch("--version");

        assertEquals(0, r.exit());
        assertEquals(0, project.buildsSoFar());
        assertTrue(r.stdout().contains("ran"), r.stdout());
    }

    @Test
    void aFailedBuildStopsTheLauncherWithMavensStatusAndIsTriedAgainNextTime() throws Exception {
        LauncherProject.touch(folder.resolve("src/main/java/Label.java"), project.now.minusSeconds(60));

        LauncherProject.Run failed = project.launch("FAKE_MVN_STATUS=3", "--version");
        LauncherProject.Run next = project.launch("--version");

        assertEquals(3, failed.exit());
        assertFalse(failed.stdout().contains("ran"), "the app must not start on a failed build");
        assertEquals(0, next.exit());
        assertEquals(2, project.buildsSoFar());
        try (var left = Files.list(folder.resolve("target"))) {
            assertTrue(
                    left.noneMatch(p -> p.getFileName().toString().startsWith(".building")),
                    "a failed build leaves no half-made mark");
        }
    }
}
