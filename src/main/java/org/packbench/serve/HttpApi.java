package org.packbench.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.packbench.app.JsonFields;
import org.packbench.app.LabelPrinting;
import org.packbench.app.LabelRefusedException;
import org.packbench.app.Version;
import org.packbench.app.Workbench;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogEvent;
import org.packbench.verify.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local HTTP API for ERPs and scripts. Each route is a thin translation: JSON in, the same app
 * service the CLI command calls, JSON out. No rule of the bench is decided here.
 */
final class HttpApi {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    /** Reachable without the token: a monitor asks whether the service is up, a client what it offers. */
    private static final Set<String> OPEN_PATHS = Set.of("/health", "/openapi.json");

    static final String LOOPBACK = "127.0.0.1";
    private static final String CHARSET = "; charset=utf-8";
    private static final String JSON_UTF8 = "application/json" + CHARSET;

    private final Workbench bench;
    private final ApiToken token;
    private final ObjectMapper json = new ObjectMapper();
    private final String openApi;

    HttpApi(Workbench bench, ApiToken token) {
        this.bench = bench;
        this.token = token;
        this.openApi = OpenApiDocument.read(json);
    }

    /** Starts listening on 127.0.0.1 only: the API is for programs on this machine, never the network. */
    Javalin start(int port) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jetty.defaultHost = LOOPBACK;
            config.http.prefer405over404 = true;
            // A label request is a few hundred bytes; nothing here needs more.
            config.http.maxRequestSize = 64 * 1024;
            // One line per request in packbench.log (app/LogFile): what was asked and how it was
            // answered. Never a body or a header: they carry the token and the ERP's data.
            config.requestLogger.http((ctx, ms) ->
                    LOG.info("{} {} answered {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms)));
        });
        app.before(this::authenticate);
        app.post("/labels", this::postLabel);
        app.post("/batches", this::postBatch);
        app.post("/marks", this::postMarks);
        app.post("/marks/check", this::checkMark);
        app.get("/jobs", this::jobs);
        app.get("/jobs/{id}", this::job);
        app.get("/log", this::log);
        app.get("/outbox", this::outbox);
        app.post("/outbox/{id}/retry", this::retryPush);
        app.get("/health", this::health);
        app.get("/openapi.json", ctx -> ctx.contentType(JSON_UTF8).result(openApi.getBytes(StandardCharsets.UTF_8)));
        app.exception(ApiRefusal.class, (e, ctx) -> problem(ctx, e.problem()));
        app.exception(LabelRefusedException.class, (e, ctx) -> problem(ctx, refused(e)));
        app.exception(ProblemException.class, (e, ctx) -> {
            if (e.problem().key().startsWith("db.")) {
                // The database cannot be used (full disk, read-only, not a database): the bench's
                // trouble, not the request's, and its sentence names files: for the log only.
                internal(e, ctx);
            } else {
                problem(ctx, new Problem(ProblemStatus.of(e), e.problem()));
            }
        });
        app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, javalinRefusal(ctx, e)));
        app.exception(Exception.class, this::internal);
        try {
            return app.start(LOOPBACK, port);
        } catch (io.javalin.util.JavalinBindException e) {
            // Most often a second serve, or the GUI's neighbour on the same port: say so, not a stack trace.
            throw new ProblemException("serve.portTaken", port);
        }
    }

    /** The message may name files, SQL or values: it goes to the service's log, not to the caller. */
    private void internal(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        problem(ctx, new Problem(500, Message.of("serve.internal")));
    }

    private void authenticate(Context ctx) {
        if (OPEN_PATHS.contains(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiRefusal(401, "serve.token.missing", token.file());
        }
        if (!token.matches(header.substring(7).strip())) {
            throw new ApiRefusal(401, "serve.token.wrong", token.file());
        }
    }

    /** {@code POST /labels}: what {@code packbench print} does, answered with the label and its job. */
    private void postLabel(Context ctx) {
        LabelPostBody body = LabelPostBody.parse(ctx.body(), json);
        LabelPrinting.Printed printed = bench.printing().print(body.printer(), body::request, body.copies());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label_id", printed.label().labelId());
        m.put("job_id", printed.job().id());
        m.put("status", printed.job().status().code());
        m.put("printer", printed.job().printer());
        m.put("copies", printed.job().copies());
        m.put("warnings", findings(printed.label().warnings()));
        ctx.header("Location", "/jobs/" + printed.job().id());
        send(ctx, 201, m);
    }

    /**
     * {@code POST /batches?printer=NAME[&template=ID][&skip_invalid=true]}: a CSV body (as {@code
     * packbench batch} reads it) issued to a printer by the same {@link org.packbench.app.BatchRun}.
     * 200 when every row is issued or was already, 422 with the same summary when some were not.
     */
    private void postBatch(Context ctx) {
        String printer = ctx.queryParam("printer");
        if (printer == null || printer.isBlank()) {
            throw new ApiRefusal(400, "serve.batch.printer");
        }
        boolean skip = "true".equals(ctx.queryParam("skip_invalid"));
        org.packbench.app.BatchRun.Summary s = bench.batch()
                .run(
                        ctx.bodyAsBytes(),
                        java.util.Optional.ofNullable(ctx.queryParam("template")),
                        skip,
                        org.packbench.app.BatchRun.Target.printer(printer),
                        org.packbench.app.BatchOutput.NONE,
                        org.packbench.app.BatchRun.Progress.NONE);
        // The caller's language is not known: English here, the same fields as batch --json.
        Map<String, Object> m = org.packbench.app.JsonFields.batch(s, java.util.Locale.ENGLISH);
        send(ctx, s.complete() ? 200 : 422, m);
    }

    /**
     * {@code POST /marks?printer=NAME[&template=ID][&reprint_reason=TEXT][&skip_invalid=true]}: the
     * marking system's codes (a TXT body, one per line, GS as ASCII 29, or a PDF) printed as GS1
     * DataMatrix labels, as {@code packbench marks print FILE --printer NAME} does; 200 when every
     * code is issued or was already from this body, 422 with the same summary when not.
     */
    private void postMarks(Context ctx) {
        String printer = ctx.queryParam("printer");
        if (printer == null || printer.isBlank()) {
            throw new ApiRefusal(400, "serve.batch.printer");
        }
        org.packbench.app.BatchRun.Summary s = bench.batch()
                .runMarks(
                        ctx.bodyAsBytes(),
                        java.util.Optional.ofNullable(ctx.queryParam("template")),
                        java.util.Optional.ofNullable(ctx.queryParam("reprint_reason")),
                        "true".equals(ctx.queryParam("skip_invalid")),
                        org.packbench.app.BatchRun.Target.printer(printer),
                        org.packbench.app.BatchOutput.NONE,
                        org.packbench.app.BatchRun.Progress.NONE);
        send(ctx, s.complete() ? 200 : 422, org.packbench.app.JsonFields.batch(s, java.util.Locale.ENGLISH));
    }

    /**
     * {@code POST /marks/check} with {@code {"code": "…", "sku": "…"}}: the verdict of {@code
     * packbench marks check}; 200 with the code's elements, 422 with the reason as a problem.
     */
    private void checkMark(Context ctx) {
        com.fasterxml.jackson.databind.JsonNode body;
        try {
            body = json.readTree(ctx.body());
        } catch (java.io.IOException e) {
            throw new ApiRefusal(400, "serve.body.json");
        }
        if (body == null || !body.isObject() || !body.path("code").isTextual()) {
            throw new ApiRefusal(400, "serve.body.json");
        }
        org.packbench.marking.MarkingCode c = bench.marking()
                .check(
                        body.path("code").asText(),
                        body.path("sku").isTextual()
                                ? java.util.Optional.of(body.path("sku").asText())
                                : java.util.Optional.empty());
        send(ctx, 200, org.packbench.app.JsonFields.mark(c));
    }

    /** {@code GET /jobs?open=true|false}: the queue, open jobs by default, as {@code queue list [--all]}. */
    private void jobs(Context ctx) {
        String open = ctx.queryParam("open");
        if (open != null && !open.equals("true") && !open.equals("false")) {
            throw new ApiRefusal(400, "serve.query.open", open);
        }
        boolean everything = "false".equals(open);
        send(
                ctx,
                200,
                bench.printQueue().list(everything).stream()
                        .map(JsonFields::job)
                        .toList());
    }

    private void job(Context ctx) {
        String id = ctx.pathParam("id");
        long jobId;
        try {
            jobId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ApiRefusal(400, "serve.jobId", id);
        }
        send(ctx, 200, JsonFields.job(bench.printQueue().get(jobId)));
    }

    /** {@code GET /outbox?all=true|false}: the pushes not yet delivered (with all=true every one), as {@code outbox list}. */
    private void outbox(Context ctx) {
        String all = ctx.queryParam("all");
        if (all != null && !all.equals("true") && !all.equals("false")) {
            throw new ApiRefusal(400, "serve.query.all", all);
        }
        send(
                ctx,
                200,
                bench.outbox().list("true".equals(all)).stream()
                        .map(p -> JsonFields.push(p, java.util.Locale.ENGLISH))
                        .toList());
    }

    /** {@code POST /outbox/{id}/retry}: a failed or waiting push made due now, as {@code outbox retry ID}. */
    private void retryPush(Context ctx) {
        String id = ctx.pathParam("id");
        long pushId;
        try {
            pushId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ApiRefusal(400, "serve.pushId", id);
        }
        send(
                ctx,
                200,
                JsonFields.push(bench.outbox().retryNow(pushId, bench.clock().instant()), java.util.Locale.ENGLISH));
    }

    /**
     * {@code GET /log?date=…[&event=…]}: one day of the label log through {@link org.packbench.app.LabelLogService},
     * which asks the Guard, so once a supervisor account exists the service (acting as the OS user) is refused.
     */
    private void log(Context ctx) {
        String date = ctx.queryParam("date");
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date);
        } catch (DateTimeParseException e) {
            throw new ApiRefusal(400, "serve.query.date", date == null ? "" : date);
        }
        String event = ctx.queryParam("event");
        if (event != null
                && Arrays.stream(LogEvent.values()).noneMatch(e -> e.code().equals(event))) {
            throw new ApiRefusal(
                    400,
                    "serve.query.event",
                    event,
                    Arrays.stream(LogEvent.values()).map(LogEvent::code).collect(Collectors.joining(", ")));
        }
        var log = bench.labelLog();
        List<LogEntry> entries = log.entries(log.period(day, day)).stream()
                .filter(e -> event == null || e.event().code().equals(event))
                .toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", day.toString());
        m.put("zone", bench.clock().getZone().getId());
        m.put("entries", entries.stream().map(JsonFields::logEntry).toList());
        send(ctx, 200, m);
    }

    /** {@code GET /health}: up, which version, and whether the database answers; 503 when it does not. */
    private void health(Context ctx) {
        String db;
        try {
            bench.config().get("bench.id");
            db = "ok";
        } catch (RuntimeException e) {
            LOG.warn("health: the database does not answer: {}", e.toString());
            db = "unavailable";
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", db.equals("ok") ? "ok" : "degraded");
        m.put("version", Version.current());
        m.put("db", db);
        send(ctx, db.equals("ok") ? 200 : 503, m);
    }

    private Problem refused(LabelRefusedException e) {
        List<Finding> blocking = e.label().blocking();
        return new Problem(
                422,
                Message.of("serve.refused", e.label().labelId(), blocking.size()),
                Map.of("label_id", e.label().labelId(), "findings", findings(blocking)));
    }

    private static List<Map<String, Object>> findings(List<Finding> findings) {
        return findings.stream()
                .map(f -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("rule", f.rule());
                    m.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
                    m.put("detail", f.message().english());
                    m.put("detail_ru", f.message().in(java.util.Locale.forLanguageTag("ru")));
                    return m;
                })
                .toList();
    }

    /** Javalin's own refusals (no such route, wrong method, a body too large) as problem documents too. */
    private static Problem javalinRefusal(Context ctx, HttpResponseException e) {
        int status = e.getStatus();
        if (status == 404 || status == 405) {
            return new Problem(status, Message.of("serve.noRoute", ctx.method().name(), ctx.path()));
        }
        return new Problem(status, Message.of("serve.rejected", status, e.getMessage()));
    }

    private void problem(Context ctx, Problem p) {
        LOG.info(
                "{} {} refused: {} {}",
                ctx.method(),
                ctx.path(),
                p.status(),
                p.detail().key());
        if (p.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"packbench\"");
        }
        ctx.status(p.status()).contentType(Problem.CONTENT_TYPE + CHARSET).result(write(p.body(ctx.path())));
    }

    private void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType(JSON_UTF8).result(write(body));
    }

    /** UTF-8 bytes whatever the platform's default charset: detail_ru must not arrive as question marks. */
    private byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }
}
