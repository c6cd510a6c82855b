package org.packbench.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.remote.RemoteTrouble;
import org.packbench.marketplace.remote.RemoteTrouble.Kind;
import org.packbench.marketplace.vk.VkMarket;
import org.packbench.marketplace.vk.VkOrderRef;

class HttpVkMarketTest {
    private static final String TOKEN = "vk1.a.Zq8TnP3xWb0sKx7mLr2VfH9cJd4GyU6eTa5QpN1oIz";
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Duration PATIENT = Duration.ofSeconds(10);
    private static final Duration IMPATIENT = Duration.ofMillis(300);
    private static final VkOrderRef ORDER = new VkOrderRef(184_732_551, 48);

    private VkStandIn vk;
    private HttpVkMarket market;

    @BeforeEach
    void start() {
        vk = new VkStandIn(TOKEN);
        vk.addOrder(ORDER);
        market = market(TOKEN, PATIENT);
    }

    @AfterEach
    void stop() {
        vk.close();
        Troubles.noStandInThreadsLeft();
    }

    private HttpVkMarket market(String token, Duration readTimeout) {
        return new HttpVkMarket(vk.baseUrl(), token.toCharArray(), HTTP, readTimeout, CLOCK);
    }

    @Test
    void aTrackNumberSetIsTheOneReadBack() {
        assertEquals(Optional.empty(), market.tracking(ORDER));
        market.setTracking(ORDER, "80085412345678");
        assertEquals(Optional.of("80085412345678"), vk.trackNumber(ORDER));
        assertEquals(Optional.of("80085412345678"), market.tracking(ORDER));
        assertEquals(1, vk.edits(ORDER));
    }

    @Test
    void aTrackNumberOfSixtyCharactersGoesAndOneLongerIsRefusedBeforeAnyRequest() {
        String sixty = "A".repeat(VkMarket.TRACK_NUMBER_MAX);
        market.setTracking(ORDER, sixty);
        assertEquals(Optional.of(sixty), vk.trackNumber(ORDER));

        ProblemException refused = assertThrows(ProblemException.class, () -> market.setTracking(ORDER, sixty + "B"));
        assertFalse(refused instanceof RemoteTrouble);
        assertTrue(refused.in(Locale.ENGLISH).contains("61 characters"), refused.in(Locale.ENGLISH));
        assertTrue(refused.in(Locale.forLanguageTag("ru")).contains("61"));
        assertEquals(1, vk.requests(VkStandIn.EDIT_ORDER));
        assertEquals(Optional.of(sixty), vk.trackNumber(ORDER));
    }

    @Test
    void aWrongTokenIsUnauthorizedAndNeitherTokenShowsAnywhere() {
        String wrong = "vk1.a.wrongWRONGwrong";
        HttpVkMarket other = market(wrong, PATIENT);
        RemoteTrouble t = Troubles.thrownBy(() -> other.setTracking(ORDER, "1"));
        assertEquals(Kind.UNAUTHORIZED, t.kind());
        assertEquals("5", t.code());
        assertEquals(200, t.status());
        Troubles.keepsOut(wrong, t);
        Troubles.keepsOut(TOKEN, t);
        assertFalse(other.toString().contains(wrong));
        assertFalse(market.toString().contains(TOKEN));
        assertEquals(0, vk.edits(ORDER));
    }

    @Test
    void vkErrorCodesMapToTheirKinds() {
        record Case(int code, Kind kind) {}
        List<Case> cases = List.of(
                new Case(5, Kind.UNAUTHORIZED),
                new Case(15, Kind.UNAUTHORIZED),
                new Case(27, Kind.UNAUTHORIZED),
                new Case(28, Kind.UNAUTHORIZED),
                new Case(6, Kind.THROTTLED),
                new Case(9, Kind.THROTTLED),
                new Case(10, Kind.SERVER),
                new Case(100, Kind.REJECTED),
                new Case(1403, Kind.REJECTED));
        for (Case c : cases) {
            vk.fail(VkStandIn.EDIT_ORDER, VkStandIn.error(c.code(), "the reason for " + c.code()));
            RemoteTrouble t = Troubles.thrownBy(() -> market.setTracking(ORDER, "RB123456789CN"));
            String which = c + " → " + t.in(Locale.ENGLISH);
            assertEquals(c.kind(), t.kind(), which);
            assertEquals(Integer.toString(c.code()), t.code(), which);
            assertEquals(200, t.status(), which);
            assertTrue(t.in(Locale.ENGLISH).contains("the reason for " + c.code()), which);
            Troubles.keepsOut(TOKEN, t);
        }
        assertEquals(0, vk.edits(ORDER), "no error took effect");
    }

    @Test
    void aRefusalNamesTheOrderAndVksReason() {
        vk.fail(VkStandIn.EDIT_ORDER, VkStandIn.error(100, "One of the parameters specified was missing or invalid"));
        RemoteTrouble t = Troubles.thrownBy(() -> market.setTracking(ORDER, "RB123456789CN"));
        assertEquals(
                "VK refused the track number of order 184732551-48 (error 100, One of the parameters specified was"
                        + " missing or invalid). Sending the same again cannot succeed; someone must look at the order"
                        + " in the community's VK Market.",
                t.in(Locale.ENGLISH));
    }

    @Test
    void problemDocumentsMapByTheirStatus() {
        record Case(Fault fault, Kind kind, int status, Optional<Duration> retryAfter) {}
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(NOW.plusSeconds(45), ZoneOffset.UTC));
        List<Case> cases = List.of(
                new Case(
                        VkStandIn.problem(422, "Invalid track number", "the carrier does not know it"),
                        Kind.REJECTED,
                        422,
                        Optional.empty()),
                new Case(
                        VkStandIn.problem(404, "Order not found", "no such order"),
                        Kind.REJECTED,
                        404,
                        Optional.empty()),
                new Case(
                        VkStandIn.problem(403, "Forbidden", "the token lacks market"),
                        Kind.UNAUTHORIZED,
                        403,
                        Optional.empty()),
                new Case(
                        Fault.status(
                                429,
                                "application/problem+json",
                                "{\"title\":\"Too Many Requests\",\"status\":429}",
                                Map.of("Retry-After", date)),
                        Kind.THROTTLED,
                        429,
                        Optional.of(Duration.ofSeconds(45))),
                new Case(VkStandIn.problem(503, "Unavailable", "maintenance"), Kind.SERVER, 503, Optional.empty()));
        for (Case c : cases) {
            vk.fail(VkStandIn.EDIT_ORDER, c.fault());
            RemoteTrouble t = Troubles.thrownBy(() -> market.setTracking(ORDER, "RB123456789CN"));
            String which = c + " → " + t.in(Locale.ENGLISH);
            assertEquals(c.kind(), t.kind(), which);
            assertEquals(c.status(), t.status(), which);
            assertEquals(c.retryAfter(), t.retryAfter(), which);
            Troubles.keepsOut(TOKEN, t);
        }
        vk.fail(VkStandIn.EDIT_ORDER, VkStandIn.problem(422, "Invalid track number", "the carrier does not know it"));
        RemoteTrouble t = Troubles.thrownBy(() -> market.setTracking(ORDER, "RB123456789CN"));
        assertTrue(t.in(Locale.ENGLISH).contains("Invalid track number: the carrier does not know it"));
        assertEquals(0, vk.edits(ORDER));
    }

    @Test
    void httpFaultsMapToTheirKinds() {
        record Case(Fault fault, Kind kind, int status, Optional<Duration> retryAfter) {}
        List<Case> cases = List.of(
                new Case(Fault.throttled("30"), Kind.THROTTLED, 429, Optional.of(Duration.ofSeconds(30))),
                new Case(Fault.serverError(), Kind.SERVER, 500, Optional.empty()),
                new Case(Fault.unavailable("12"), Kind.SERVER, 503, Optional.of(Duration.ofSeconds(12))),
                new Case(Fault.unauthorized(), Kind.UNAUTHORIZED, 401, Optional.empty()),
                new Case(
                        Fault.status(400, "text/html", "<h1>400</h1>", Map.of()), Kind.REJECTED, 400, Optional.empty()),
                new Case(
                        Fault.status(200, "application/json", "{\"respo", Map.of()),
                        Kind.SERVER,
                        200,
                        Optional.empty()),
                new Case(Fault.status(200, "application/json", "{}", Map.of()), Kind.SERVER, 200, Optional.empty()),
                new Case(
                        Fault.status(200, "application/json", "{\"response\":0}", Map.of()),
                        Kind.SERVER,
                        200,
                        Optional.empty()));
        for (Case c : cases) {
            vk.fail(VkStandIn.EDIT_ORDER, c.fault());
            RemoteTrouble t = Troubles.thrownBy(() -> market.setTracking(ORDER, "RB123456789CN"));
            String which = c + " → " + t.in(Locale.ENGLISH);
            assertEquals(c.kind(), t.kind(), which);
            assertEquals(c.status(), t.status(), which);
            assertEquals(c.retryAfter(), t.retryAfter(), which);
            Troubles.keepsOut(TOKEN, t);
        }
        assertEquals(0, vk.edits(ORDER));
    }

    @Test
    void aStallTimesOutAndACutIsUnreachableNeitherTakingEffect() {
        HttpVkMarket hurried = market(TOKEN, IMPATIENT);
        vk.fail(VkStandIn.EDIT_ORDER, Fault.delay(Duration.ofSeconds(5)));
        assertEquals(
                Kind.TIMEOUT,
                Troubles.thrownBy(() -> hurried.setTracking(ORDER, "T1")).kind());
        vk.fail(VkStandIn.EDIT_ORDER, Fault.cut());
        assertEquals(
                Kind.UNREACHABLE,
                Troubles.thrownBy(() -> hurried.setTracking(ORDER, "T1")).kind());
        assertEquals(0, vk.edits(ORDER));
        assertEquals(Optional.empty(), vk.trackNumber(ORDER));
    }

    @Test
    void anEditWhoseAnswerWasCutShowsWhenTheOrderIsReadBack() {
        vk.fail(VkStandIn.EDIT_ORDER, Fault.effectThenCut());
        RemoteTrouble t = Troubles.thrownBy(() -> market.setTracking(ORDER, "RB123456789CN"));
        assertEquals(Kind.UNREACHABLE, t.kind());
        assertEquals(1, vk.edits(ORDER));
        assertEquals(Optional.of("RB123456789CN"), market.tracking(ORDER));
    }

    @Test
    void underRandomFaultsEveryOrderGetsItsTrackNumberOnce() {
        List<VkOrderRef> orders = java.util.stream.LongStream.rangeClosed(1, 30)
                .mapToObj(i -> new VkOrderRef(1000 + i, i))
                .toList();
        orders.forEach(vk::addOrder);
        HttpVkMarket hurried = market(TOKEN, IMPATIENT);
        vk.randomFaults(0.3, 5, Fault.retryable(Duration.ofSeconds(2)));
        Set<Kind> met = EnumSet.noneOf(Kind.class);
        for (VkOrderRef order : orders) {
            String track = "TRK" + order.orderId();
            boolean done = false;
            for (int attempt = 0; !done; attempt++) {
                assertTrue(attempt < 50, "gave up on " + order);
                try {
                    if (attempt > 0
                            && hurried.tracking(order).filter(track::equals).isPresent()) {
                        done = true;
                        continue;
                    }
                    hurried.setTracking(order, track);
                    done = true;
                } catch (RemoteTrouble t) {
                    assertTrue(t.kind().retryable(), t.in(Locale.ENGLISH));
                    Troubles.keepsOut(TOKEN, t);
                    met.add(t.kind());
                }
            }
        }
        for (VkOrderRef order : orders) {
            assertEquals(Optional.of("TRK" + order.orderId()), vk.trackNumber(order));
            assertEquals(1, vk.edits(order), order.toString());
        }
        assertEquals(EnumSet.of(Kind.UNREACHABLE, Kind.TIMEOUT, Kind.THROTTLED, Kind.SERVER), met);
    }

    @Test
    void theDefaultAddressIsVks() {
        HttpVkMarket real = new HttpVkMarket(TOKEN.toCharArray(), HTTP, PATIENT, CLOCK);
        assertEquals("HttpVkMarket[https://api.vk.com, API 5.199]", real.toString());
    }
}
