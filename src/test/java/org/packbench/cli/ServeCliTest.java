package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code packbench serve} as an installed bench runs it: its own JVM through {@code Main}, told to
 * stop with SIGTERM as systemd does, after which the API and the worker are stopped cleanly. Its
 * stderr says where it listens and when it stops; what it and its libraries log goes to
 * {@code packbench.log} beside the database.
 */
class ServeCliTest {
    private static final Pattern LISTENING =
            Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+) .* token is in (.+)$");

    @TempDir
    Path dir;

    @Test
    void serveListensOnLoopbackNamesTheTokenFileNotTheTokenAndStopsCleanlyOnSigterm() throws Exception {
        Path db = dir.resolve("bench.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path stderr = dir.resolve("serve.err");
        Process serve = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-Djava.awt.headless=true",
                        "-Dfile.encoding=UTF-8",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.packbench.Main",
                        "serve",
                        "--port",
                        "0",
                        "--db",
                        db.toString(),
                        "--lang",
                        "en")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        try {
            Matcher listening = awaitLine(stderr, serve);
            int port = Integer.parseInt(listening.group(1));
            Path tokenFile = Path.of(listening.group(2).strip());
            assertEquals(dir.resolve("serve.token"), tokenFile);
            String token = Files.readString(tokenFile).strip();

            HttpClient http =
                    HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertEquals(
                    "ok", new ObjectMapper().readTree(health.body()).get("db").asText());
            HttpResponse<String> jobs = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/jobs"))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, jobs.statusCode(), jobs.body());
            assertEquals("[]", jobs.body());

            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
            String all = Files.readString(stderr);
            assertTrue(all.contains("PackBench serve: stopped"), all);
            assertFalse(all.contains(token), "the token never goes to stderr");
            for (String line : all.strip().split("\\R")) {
                assertTrue(line.startsWith("PackBench serve: "), "stderr carries serve's own lines only: " + all);
            }
            // Jetty, Javalin and serve's record of each request go to the log beside the database.
            String log = Files.readString(dir.resolve("packbench.log"));
            assertTrue(log.contains("GET /health answered 200"), log);
            assertTrue(log.contains("GET /jobs answered 200"), log);
            assertFalse(log.contains(token), "nor to the log");
        } finally {
            serve.destroyForcibly();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The "listening on" line, once serve has written it; a generous bound only keeps a broken start from hanging. */
    private static Matcher awaitLine(Path stderr, Process serve) throws Exception {
        long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < limit && serve.isAlive()) {
            for (String line : Files.readAllLines(stderr)) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    return m;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve never said where it listens: " + Files.readString(stderr));
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of(
                "serve", "--port", "70000", "--db", dir.resolve("x.db").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--port"), run.err());
    }
}
