package org.packbench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.access.Role;
import org.packbench.app.Version;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.i18n.ProblemException;
import org.packbench.print.PrinterLanguage;
import org.packbench.print.PrinterProfile;
import org.packbench.print.TestPrinter;
import org.packbench.print.TransportUri;

/**
 * {@code serve} as an ERP meets it: real HTTP on 127.0.0.1, a real SQLite file, a real printer on
 * a local port, and the same rules the CLI and the GUI are held to.
 */
class HeadlessServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path db;
    private TestPrinter printer;
    private final List<HeadlessService> started = new ArrayList<>();
    private HeadlessService service;
    private String token;
    private final HttpClient http = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeEach
    void bench() throws Exception {
        db = dir.resolve("bench.db");
        Workbench bench = Workbench.open(db, CLOCK);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        printer = TestPrinter.zpl();
        bench.printers()
                .add(new PrinterProfile(
                        "zebra",
                        PrinterLanguage.ZPL,
                        203,
                        Optional.empty(),
                        java.math.BigDecimal.ZERO,
                        java.math.BigDecimal.ZERO,
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        TransportUri.parse(printer.uri())));
        service = serve(bench);
        token = Files.readString(service.tokenFile()).strip();
    }

    @AfterEach
    void stop() throws Exception {
        started.forEach(HeadlessService::close);
        printer.close();
    }

    private HeadlessService serve(Workbench bench) {
        HeadlessService s = HeadlessService.start(bench, 0, ApiToken.fileFor(bench.databaseFile()));
        started.add(s);
        return s;
    }

    @Test
    void aPostedLabelIsIssuedQueuedAndPrintedExactlyOnce() throws Exception {
        HttpResponse<String> posted = post("/labels", label("VK-1", "RU100000001VK"));
        assertEquals(201, posted.statusCode(), posted.body());
        JsonNode answer = JSON.readTree(posted.body());
        assertEquals("L00000001", answer.get("label_id").asText());
        long job = answer.get("job_id").asLong();
        assertEquals("/jobs/" + job, posted.headers().firstValue("Location").orElseThrow());

        JsonNode status = awaitStatus(job, "sent");
        assertEquals("L00000001", status.get("label_id").asText());
        assertEquals(1, printer.labels().size(), "one label on the printer");
        assertEquals(1001, printer.counter());
        assertEquals(0, JSON.readTree(get("/jobs?open=true").body()).size(), "nothing left open");
        assertEquals(1, JSON.readTree(get("/jobs?open=false").body()).size());
    }

    @Test
    void aPostedBatchIsIssuedOnceAndPostedAgainIsAlreadyIssued() throws Exception {
        String csv = "sku;order;tracking\nPB-7-001;VK-B1;RU200000001VK\nPB-7-003;VK-B2;RU200000002VK\n";
        HttpResponse<String> posted = post("/batches?printer=zebra", csv);
        assertEquals(200, posted.statusCode(), posted.body());
        assertEquals(2, JSON.readTree(posted.body()).get("issued").asInt());
        for (JsonNode r : JSON.readTree(posted.body()).get("results")) {
            awaitStatus(r.get("job_id").asLong(), "sent");
        }
        HttpResponse<String> again = post("/batches?printer=zebra", csv);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(2, JSON.readTree(again.body()).get("already_issued").asInt());
        assertEquals(2, printer.labels().size(), "each parcel printed once");
        HttpResponse<String> faulty =
                post("/batches?printer=zebra", "sku;order;tracking\nPB-9-999;VK-B3;RU200000003VK\n");
        assertEquals(422, faulty.statusCode());
        assertEquals(
                2,
                JSON.readTree(faulty.body()).get("invalid").get(0).get("line").asInt());
    }

    @Test
    void postedMarkingCodesPrintOnceAndAScannedCodeIsCheckedAsTheCommandLineDoes() throws Exception {
        String code = "010460731098027321Qx7mP2vLc9Tz4\u001D91EE07\u001D92MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ";
        String list = "КМ\n" + code + "\n010460731098027321h93<k!\u001D93dGVz\n";

        HttpResponse<String> posted = post("/marks?printer=zebra&template=marking-40x30", list);

        assertEquals(200, posted.statusCode(), posted.body());
        assertEquals(2, JSON.readTree(posted.body()).get("issued").asInt());
        for (JsonNode r : JSON.readTree(posted.body()).get("results")) {
            awaitStatus(r.get("job_id").asLong(), "sent");
        }
        assertEquals(
                2,
                JSON.readTree(post("/marks?printer=zebra", list).body())
                        .get("already_issued")
                        .asInt());
        HttpResponse<String> other = post("/marks?printer=zebra", code + "\n");
        assertEquals(422, other.statusCode(), "printed before, from another list");
        assertTrue(other.body().contains("was already printed"), other.body());
        assertEquals(2, printer.labels().size(), "each code printed once");
        assertTrue(printer.labels().get(0).contains("^FD_1010460731098027321Qx7mP2vLc9Tz4_]91EE07_]92"));

        HttpResponse<String> checked = post(
                "/marks/check", "{\"code\": \"]d2" + code.replace("\u001D", "\\u001d") + "\", \"sku\": \"PB-7-002\"}");
        assertEquals(200, checked.statusCode(), checked.body());
        assertEquals(
                "Qx7mP2vLc9Tz4", JSON.readTree(checked.body()).get("serial").asText());
        assertProblem(
                post(
                        "/marks/check",
                        "{\"code\": \"]d2" + code.replace("\u001D", "\\u001d") + "\", \"sku\": \"PB-7-001\"}"),
                422,
                "marks.wrongProduct");
        assertProblem(post("/marks/check", "{\"sku\": \"PB-7-001\"}"), 400, "serve.body.json");
    }

    @Test
    void withoutTheTokenOrWithAnotherOneEveryCallButHealthAndTheDescriptionIs401() throws Exception {
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/labels"))
                .POST(HttpRequest.BodyPublishers.ofString(label("VK-2", "RU100000002VK")))
                .build());
        assertProblem(none, 401, "serve.token.missing");
        assertEquals(
                "Bearer realm=\"packbench\"",
                none.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertProblem(
                send(HttpRequest.newBuilder(uri("/jobs"))
                        .header("Authorization", "Bearer " + token + "x")
                        .build()),
                401,
                "serve.token.wrong");
        assertProblem(
                send(HttpRequest.newBuilder(uri("/jobs"))
                        .header("Authorization", "Basic " + token)
                        .build()),
                401,
                "serve.token.missing");
        assertEquals(0, JSON.readTree(get("/jobs?open=false").body()).size(), "nothing was issued without the token");
        assertFalse(none.body().contains(token), "a refusal names the token's file, never the token");

        HttpResponse<String> health =
                send(HttpRequest.newBuilder(uri("/health")).build());
        assertEquals(200, health.statusCode());
        JsonNode h = JSON.readTree(health.body());
        assertEquals("ok", h.get("status").asText());
        assertEquals("ok", h.get("db").asText());
        assertEquals(Version.current(), h.get("version").asText());
        assertEquals(
                200, send(HttpRequest.newBuilder(uri("/openapi.json")).build()).statusCode());
    }

    @Test
    void aSecondLabelForTheSameParcelIs409UntilItIsAReprintWithAReason() throws Exception {
        assertEquals(201, post("/labels", label("VK-3", "RU100000003VK")).statusCode());
        HttpResponse<String> twice = post("/labels", label("VK-3", "RU100000003VK"));
        JsonNode p = assertProblem(twice, 409, "label.alreadyIssued");
        assertTrue(p.get("detail").asText().contains("L00000001"), p.toString());
        assertTrue(
                p.get("detail_ru").asText().contains("L00000001")
                        && p.get("detail_ru").asText().matches("(?s).*[а-я].*"),
                p.toString());

        HttpResponse<String> reprint = post(
                "/labels",
                label("VK-3", "RU100000003VK").replace("}", ", \"reprint_reason\": \"этикетка порвалась\"}"));
        assertEquals(201, reprint.statusCode(), reprint.body());
        assertEquals("L00000002", JSON.readTree(reprint.body()).get("label_id").asText());
    }

    @Test
    void aBodyThatIsNotJsonOrLacksAFieldIs400AndIssuesNothing() throws Exception {
        assertProblem(post("/labels", "{\"printer\": \"zebra\", "), 400, "serve.body.json");
        assertProblem(post("/labels", "[1, 2]"), 400, "serve.body.json");
        JsonNode missing = assertProblem(
                post("/labels", label("VK-4", "RU100000004VK").replace("\"tracking\"", "\"trk\"")),
                400,
                "serve.body.missing");
        assertTrue(missing.get("detail").asText().contains("\"tracking\""), missing.toString());
        assertProblem(
                post("/labels", label("VK-4", "RU100000004VK").replace("}", ", \"copies\": \"two\"}")),
                400,
                "serve.body.notInteger");
        assertProblem(get("/jobs/seven"), 400, "serve.jobId");
        assertProblem(get("/log"), 400, "serve.query.date");
        assertEquals(0, JSON.readTree(get("/jobs?open=false").body()).size());
    }

    @Test
    void aLabelRefusedByItsChecksIs422WithEveryBlockingFindingAndStaysInTheLogAsRefused() throws Exception {
        // A record changed behind PackBench's back: a Latin "K" in the Russian name, which import would have refused.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            assertEquals(
                    1, s.executeUpdate("UPDATE sku SET name_ru = 'K' || substr(name_ru, 2) WHERE sku = 'PB-7-001'"));
        }
        HttpResponse<String> refused = post("/labels", label("VK-5", "RU100000005VK"));
        JsonNode p = assertProblem(refused, 422, "serve.refused");
        assertEquals("L00000001", p.get("label_id").asText());
        JsonNode finding = p.get("findings").get(0);
        assertEquals("no-latin-lookalikes", finding.get("rule").asText());
        assertEquals("block", finding.get("severity").asText());
        assertFalse(finding.get("detail_ru").asText().isBlank());
        assertEquals(0, JSON.readTree(get("/jobs?open=false").body()).size(), "nothing queued");
        assertEquals(0, printer.labels().size());

        JsonNode log = JSON.readTree(get("/log?date=2026-11-25&event=refused").body());
        assertEquals(1, log.get("entries").size());
        assertEquals("L00000001", log.get("entries").get(0).get("label").asText());
    }

    @Test
    void anUnknownPrinterIs422AndAnUnknownJobOrPath404() throws Exception {
        assertProblem(
                post("/labels", label("VK-6", "RU100000006VK").replace("\"zebra\"", "\"nope\"")),
                422,
                "print.printer.notFound");
        assertProblem(get("/jobs/999"), 404, "print.job.notFound");
        assertProblem(get("/parcels"), 404, "serve.noRoute");
    }

    @Test
    void theLogOfADayIsReadThroughTheLogServiceAndRefused403OnceASupervisorExists() throws Exception {
        assertEquals(201, post("/labels", label("VK-7", "RU100000007VK")).statusCode());
        JsonNode day = JSON.readTree(get("/log?date=2026-11-25&event=rendered").body());
        assertEquals("2026-11-25", day.get("date").asText());
        assertEquals(1, day.get("entries").size());
        JsonNode entry = day.get("entries").get(0);
        assertEquals("RU100000007VK", entry.get("tracking").asText());
        assertEquals(System.getProperty("user.name"), entry.get("user").asText(), "the service acts as the OS user");
        assertProblem(get("/log?date=2026-11-25&event=burnt"), 400, "serve.query.event");

        // Setup mode ends: reading the log is a supervisor's, and the service is not one.
        Workbench.open(db, CLOCK).access().addAccount("boss", Role.SUPERVISOR, "4711".toCharArray());
        assertProblem(get("/log?date=2026-11-25"), 403, "access.supervisorOnly");
        assertEquals(201, post("/labels", label("VK-8", "RU100000008VK")).statusCode(), "printing stays allowed");
    }

    @Test
    void aDatabaseThatNoLongerAnswersIs500WithoutItsInnardsAndHealthSays503() throws Exception {
        // Another program wrote over the file once SQLite had put everything into it: every
        // read now fails deep inside the store.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        Files.writeString(db, "this is not a database ".repeat(500));
        HttpResponse<String> jobs = get("/jobs");
        JsonNode p = assertProblem(jobs, 500, "serve.internal");
        assertFalse(
                jobs.body().toLowerCase(java.util.Locale.ROOT).contains("sql"),
                "the cause stays in the log: " + jobs.body());
        assertFalse(jobs.body().contains(db.toString()), jobs.body());
        assertEquals("Internal Server Error", p.get("title").asText());

        HttpResponse<String> health =
                send(HttpRequest.newBuilder(uri("/health")).build());
        assertEquals(503, health.statusCode());
        assertEquals("unavailable", JSON.readTree(health.body()).get("db").asText());
    }

    @Test
    void aSecondServiceOnATakenPortIsRefusedWithAMessageNotAStackTrace() {
        ProblemException taken = assertThrows(
                ProblemException.class,
                () -> HeadlessService.start(Workbench.open(db, CLOCK), service.port(), service.tokenFile()));
        assertEquals("serve.portTaken", taken.problem().key());
    }

    @Test
    void theOutboxIsListedAndAFailedPushRetriedAsTheCommandLineDoes() throws Exception {
        Workbench bench = Workbench.open(db, CLOCK);
        try {
            org.packbench.marketplace.outbox.Outbox outbox = bench.outbox();
            outbox.add(new org.packbench.marketplace.outbox.NewPush(
                    "ozon",
                    org.packbench.marketplace.outbox.PushKind.OZON_SHIP,
                    "1-0001-1",
                    "ozon_ship:1-0001-1",
                    java.util.OptionalLong.empty(),
                    "{}"));
            long id = outbox.claim(CLOCK.instant(), Duration.ofMinutes(1), 1)
                    .get(0)
                    .id();
            outbox.failed(id, org.packbench.i18n.Message.of("outbox.account.gone", "ozon"));
        } finally {
            bench.closeDatabase();
        }
        JsonNode open = JSON.readTree(get("/outbox").body());
        assertEquals(1, open.size());
        assertEquals("failed", open.get(0).get("state").asText());
        assertEquals("ozon_ship", open.get(0).get("kind").asText());
        assertTrue(open.get(0).get("problem").asText().contains("marketplace account ozon no longer exists"));
        HttpResponse<String> retried = post("/outbox/" + open.get(0).get("id").asLong() + "/retry", "");
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals("waiting", JSON.readTree(retried.body()).get("state").asText());
        assertProblem(post("/outbox/999/retry", ""), 422, "outbox.retry.notRetryable");
        assertProblem(get("/outbox?all=maybe"), 400, "serve.query.all");
    }

    @Test
    void theDescriptionIsOpenApiJsonListingEveryPath() throws Exception {
        JsonNode doc = JSON.readTree(
                send(HttpRequest.newBuilder(uri("/openapi.json")).build()).body());
        assertTrue(doc.get("openapi").asText().startsWith("3.0"));
        assertEquals(Version.current(), doc.get("info").get("version").asText());
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(
                List.of(
                        "/labels",
                        "/batches",
                        "/marks",
                        "/marks/check",
                        "/jobs",
                        "/jobs/{id}",
                        "/log",
                        "/outbox",
                        "/outbox/{id}/retry",
                        "/health",
                        "/openapi.json"),
                paths);
        assertTrue(doc.get("paths").get("/labels").has("post"));
    }

    @Test
    void theTokenFileIsTheOwnersAloneAndKeptFromOneStartToTheNext() throws Exception {
        Path file = service.tokenFile();
        assertEquals(dir.resolve("serve.token"), file);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(43, token.length(), "32 random bytes, base64url");
        service.close();
        HeadlessService again = serve(Workbench.open(db, CLOCK));
        assertEquals(token, Files.readString(again.tokenFile()).strip());
        again.close();

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        ProblemException open = assertThrows(ProblemException.class, () -> serve(Workbench.open(db, CLOCK)));
        assertEquals("serve.token.openToOthers", open.problem().key());
        assertFalse(open.problem().english().contains(token));
    }

    private static String label(String order, String tracking) {
        return "{\"printer\": \"zebra\", \"sku\": \"PB-7-001\", \"template\": \"vk-product-58x40\", \"order\": \""
                + order + "\", \"tracking\": \"" + tracking + "\"}";
    }

    private JsonNode awaitStatus(long job, String wanted) throws Exception {
        // A generous limit only keeps a broken test from hanging; the test waits for the event, not the clock.
        long limit = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode j = JSON.readTree(get("/jobs/" + job).body());
            if (j.get("status").asText().equals(wanted)) {
                return j;
            }
            if (System.nanoTime() > limit) {
                throw new AssertionError("job " + job + " never became " + wanted + ": " + j);
            }
            Thread.sleep(20);
        }
    }

    private static JsonNode assertProblem(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(
                "application/problem+json; charset=utf-8",
                r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode p = JSON.readTree(r.body());
        assertEquals(status, p.get("status").asInt());
        assertEquals(code, p.get("code").asText(), r.body());
        assertEquals("urn:packbench:problem:" + code, p.get("type").asText());
        assertFalse(p.get("title").asText().isBlank());
        assertFalse(p.get("detail").asText().isBlank());
        assertFalse(p.get("detail_ru").asText().isBlank());
        return p;
    }

    private URI uri(String path) {
        return uri(service, path);
    }

    private static URI uri(HeadlessService s, String path) {
        return URI.create("http://127.0.0.1:" + s.port() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(service, path);
    }

    private HttpResponse<String> get(HeadlessService s, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(s, path))
                .header("Authorization", "Bearer " + token)
                .build());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return post(service, path, body);
    }

    private HttpResponse<String> post(HeadlessService s, String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(s, path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
