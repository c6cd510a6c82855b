package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.SyntheticCatalog;

/**
 * Issue 19 item 9: a catalog of a million rows (237 MB) imports within the heap the launcher gives
 * the JVM. Run as {@code ./packbench} runs it, in a JVM of its own with the launcher's options; the
 * whole file read into memory, as before, ended in OutOfMemoryError there at 50 MB.
 */
class MillionRowCatalogTest {
    private static final int ROWS = 1_000_000;

    @TempDir
    Path dir;

    /**
     * The JVM options {@code ./packbench catalog import} runs with when PACKBENCH_JAVA_OPTS is not
     * set: the real launcher, run on a copy of the project with a java that prints what it is given.
     */
    private List<String> launcherOptions() throws Exception {
        List<String> given = new LauncherProject(Files.createDirectories(dir.resolve("launcher")))
                .launch("catalog", "import")
                .javaArguments();
        List<String> options = given.subList(0, given.indexOf("-jar")).stream()
                .filter(o -> !o.startsWith("-Dfile.encoding"))
                .toList();
        assertTrue(options.contains("-Xmx512m"), "the launcher's heap: " + options);
        return options;
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aMillionRowsImportWithinTheLaunchersHeap() throws Exception {
        Path csv = dir.resolve("million.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            SyntheticCatalog.write(out, ROWS);
        }
        Path db = dir.resolve("bench.db");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> options = launcherOptions();
        command.addAll(options);
        command.addAll(List.of(
                "-Dfile.encoding=UTF-8",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                "org.packbench.Main",
                "catalog",
                "import",
                csv.toString(),
                "--db",
                db.toString(),
                "--json"));
        Path stdout = dir.resolve("out.json");
        Path stderr = dir.resolve("err.txt");
        long started = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the import did not finish");
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        System.out.printf(
                "million-row catalog (%d MB) imported in %d s under %s%n",
                Files.size(csv) >> 20, (System.nanoTime() - started) / 1_000_000_000L, options);

        JsonNode report = new ObjectMapper().readTree(Files.readString(stdout, StandardCharsets.UTF_8));
        assertEquals(ROWS, report.get("rows").asInt());
        assertEquals(ROWS, report.get("inserted").asInt());
        assertTrue(report.get("written").asBoolean());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(sku = 'GEN-999999') FROM sku")) {
            rs.next();
            assertEquals(ROWS, rs.getInt(1));
            assertEquals(1, rs.getInt(2), "the last row is in");
        }
    }
}
