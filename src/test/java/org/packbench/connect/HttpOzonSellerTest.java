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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.packbench.convert.ozon.Conversion;
import org.packbench.convert.ozon.OzonLabelConverter;
import org.packbench.convert.ozon.PageAudit;
import org.packbench.convert.ozon.ThermalFormat;
import org.packbench.marketplace.ozon.Exemplars;
import org.packbench.marketplace.ozon.OzonSeller.PostingPage;
import org.packbench.marketplace.ozon.OzonSeller.ShipItem;
import org.packbench.marketplace.ozon.OzonSeller.ShipPackage;
import org.packbench.marketplace.ozon.Posting;
import org.packbench.marketplace.remote.RemoteTrouble;
import org.packbench.marketplace.remote.RemoteTrouble.Kind;
import org.packbench.render.PrinterSettings;

class HttpOzonSellerTest {
    private static final String CLIENT_ID = "836120";
    private static final String KEY = "f3b9c2e1-7a4d-4c55-9e0b-2d61a8c4f7aa";
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /** Long enough that a loaded machine never times a healthy answer out. */
    private static final Duration PATIENT = Duration.ofSeconds(10);
    /** Short, for the delay fault: the stand-in stalls far longer. */
    private static final Duration IMPATIENT = Duration.ofMillis(300);

    private OzonStandIn ozon;
    private HttpOzonSeller seller;

    @BeforeEach
    void start() {
        ozon = new OzonStandIn(CLIENT_ID, KEY);
        seller = seller(KEY, PATIENT);
    }

    @AfterEach
    void stop() {
        ozon.close();
        Troubles.noStandInThreadsLeft();
    }

    private HttpOzonSeller seller(String key, Duration readTimeout) {
        return new HttpOzonSeller(ozon.baseUrl(), CLIENT_ID, key.toCharArray(), HTTP, readTimeout, CLOCK);
    }

    private static List<Posting.Product> products(long sku, int quantity) {
        return List.of(new Posting.Product(sku, "ART-" + sku, "Кружка «Хохлома» " + sku, quantity));
    }

    private Posting awaiting(String number, int hoursToCutoff) {
        return ozon.add(
                number,
                NOW.minus(Duration.ofHours(2)),
                NOW.plus(Duration.ofHours(hoursToCutoff)),
                products(1000 + hoursToCutoff, 2));
    }

    @Test
    void unfulfilledPagesThroughEveryPostingAwaitingPackagingInTheCutoffWindow() {
        List<Posting> expected = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            expected.add(awaiting("1000000" + i + "-0001-1", i));
        }
        awaiting("20000000-0001-1", 100); // cutoff outside the window
        ozon.add(new Posting(
                "30000000-0001-1", Posting.AWAITING_DELIVER, NOW, Optional.of(NOW.plusSeconds(3600)), products(5, 1)));

        List<Posting> seen = new ArrayList<>();
        List<Boolean> more = new ArrayList<>();
        int offset = 0;
        PostingPage page;
        do {
            page = seller.unfulfilled(NOW, NOW.plus(Duration.ofHours(24)), offset, 3);
            seen.addAll(page.postings());
            more.add(page.hasNext());
            offset += page.postings().size();
        } while (page.hasNext());

        assertEquals(expected, seen);
        assertEquals(List.of(true, true, false), more);
        assertEquals(3, ozon.requests(OzonStandIn.UNFULFILLED));
    }

    @Test
    void aPageEndingExactlyAtTheLastPostingAsksOnceMoreAndFindsNothing() {
        IntStream.rangeClosed(1, 4).forEach(i -> awaiting("4000000" + i + "-0001-1", i));
        PostingPage second = seller.unfulfilled(NOW, NOW.plus(Duration.ofDays(1)), 2, 2);
        assertEquals(2, second.postings().size());
        assertTrue(second.hasNext());
        PostingPage third = seller.unfulfilled(NOW, NOW.plus(Duration.ofDays(1)), 4, 2);
        assertEquals(List.of(), third.postings());
        assertFalse(third.hasNext());
    }

    @Test
    void aPostingComesBackAsTheStandInHoldsIt() {
        Posting held = awaiting("55555555-0002-1", 5);
        ozon.add(new Posting(
                "55555555-0002-2",
                "awaiting_deliver",
                NOW,
                Optional.empty(),
                List.of(new Posting.Product(7, "A", "a", 1), new Posting.Product(8, "B", "b", 3))));
        assertEquals(held, seller.posting("55555555-0002-1"));
        assertEquals(ozon.posting("55555555-0002-2").orElseThrow(), seller.posting("55555555-0002-2"));
        assertFalse(seller.posting("55555555-0002-1").shipped());
    }

    @Test
    void shippingMovesThePostingOnOnceAndIsRefusedTheSecondTime() {
        awaiting("66666666-0001-1", 3);
        List<String> made = seller.ship("66666666-0001-1", List.of(new ShipPackage(List.of(new ShipItem(1003, 2)))));
        assertEquals(List.of("66666666-0001-1"), made);
        assertEquals(
                Posting.AWAITING_DELIVER,
                ozon.posting("66666666-0001-1").orElseThrow().status());
        assertTrue(seller.posting("66666666-0001-1").shipped());

        RemoteTrouble again = Troubles.thrownBy(
                () -> seller.ship("66666666-0001-1", List.of(new ShipPackage(List.of(new ShipItem(1003, 2))))));
        assertEquals(Kind.REJECTED, again.kind());
        assertEquals(400, again.status());
        assertEquals("3", again.code());
        assertTrue(again.in(Locale.ENGLISH).contains("already reported packed"), again.in(Locale.ENGLISH));
        assertTrue(again.in(Locale.forLanguageTag("ru")).contains("уже отмечено как собранное"));
        assertEquals(1, ozon.shipped("66666666-0001-1"));
    }

    @Test
    void shippingInTwoPackagesMakesTwoPostings() {
        awaiting("77777777-0001-1", 3);
        List<String> made = seller.ship(
                "77777777-0001-1",
                List.of(
                        new ShipPackage(List.of(new ShipItem(1003, 1))),
                        new ShipPackage(List.of(new ShipItem(1003, 1)))));
        assertEquals(List.of("77777777-0001-1", "77777777-0001-2"), made);
        assertEquals(
                Posting.AWAITING_DELIVER,
                ozon.posting("77777777-0001-2").orElseThrow().status());
    }

    @Test
    void theLabelsArriveAsAPdfThatTheConverterTurnsIntoCheckedLabels() {
        List<String> numbers = List.of("88888888-0001-1", "88888888-0002-1");
        for (String n : numbers) {
            awaiting(n, 4);
            seller.ship(n, List.of(new ShipPackage(List.of(new ShipItem(1004, 2)))));
        }
        byte[] pdf = seller.packageLabel(numbers);

        Conversion converted =
                new OzonLabelConverter().convert(pdf, 203, 75, 120, ThermalFormat.ZPL, PrinterSettings.of(203));
        assertEquals(2, converted.pages().size());
        for (int i = 0; i < numbers.size(); i++) {
            PageAudit audit = converted.pages().get(i).audit();
            assertTrue(audit.passed(), audit.toString());
            String number = numbers.get(i);
            assertTrue(
                    audit.reference().stream()
                            .anyMatch(s -> s.format() == com.google.zxing.BarcodeFormat.CODE_128
                                    && s.text().equals(number)),
                    audit.reference().toString());
        }
    }

    @Test
    void labelsOfAPostingNotYetShippedAreRefused() {
        awaiting("99999999-0001-1", 4);
        RemoteTrouble t = Troubles.thrownBy(() -> seller.packageLabel(List.of("99999999-0001-1")));
        assertEquals(Kind.REJECTED, t.kind());
        assertEquals(400, t.status());
    }

    @Test
    void moreThanTwentyLabelsAreRefusedBeforeAnyRequest() {
        List<String> many = IntStream.rangeClosed(1, 21)
                .mapToObj(i -> "1234567" + i + "-0001-1")
                .toList();
        assertThrows(IllegalArgumentException.class, () -> seller.packageLabel(many));
        assertThrows(IllegalArgumentException.class, () -> seller.packageLabel(List.of()));
        assertEquals(0, ozon.requests(OzonStandIn.LABEL));
    }

    @Test
    void aWrongKeyIsUnauthorizedAndNeitherKeyShowsAnywhere() {
        String wrong = "0000wrong-key-0000";
        HttpOzonSeller other = seller(wrong, PATIENT);
        RemoteTrouble t = Troubles.thrownBy(() -> other.posting("1-1-1"));
        assertEquals(Kind.UNAUTHORIZED, t.kind());
        assertEquals(401, t.status());
        assertTrue(t.in(Locale.ENGLISH).contains("account " + CLIENT_ID), t.in(Locale.ENGLISH));
        Troubles.keepsOut(wrong, t);
        Troubles.keepsOut(KEY, t);
        assertFalse(other.toString().contains(wrong));
        assertFalse(seller.toString().contains(KEY));
    }

    @Test
    void ozonErrorsMapToTheirKinds() {
        awaiting("10101010-0001-1", 2);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(NOW.plusSeconds(90), ZoneOffset.UTC));
        record Case(Fault fault, Kind kind, int status, String code, Optional<Duration> retryAfter) {}
        List<Case> cases = List.of(
                new Case(
                        OzonStandIn.error(400, 3, "PRODUCT_IS_NOT_IN_STOCK"),
                        Kind.REJECTED,
                        400,
                        "3",
                        Optional.empty()),
                new Case(OzonStandIn.error(404, 5, "POSTING_NOT_FOUND"), Kind.REJECTED, 404, "5", Optional.empty()),
                new Case(Fault.unauthorized(), Kind.UNAUTHORIZED, 401, "16", Optional.empty()),
                new Case(OzonStandIn.error(403, 7, "access denied"), Kind.UNAUTHORIZED, 403, "7", Optional.empty()),
                new Case(Fault.throttled("7"), Kind.THROTTLED, 429, "8", Optional.of(Duration.ofSeconds(7))),
                new Case(Fault.throttled(date), Kind.THROTTLED, 429, "8", Optional.of(Duration.ofSeconds(90))),
                new Case(Fault.throttled(), Kind.THROTTLED, 429, "8", Optional.empty()),
                new Case(Fault.serverError(), Kind.SERVER, 500, "13", Optional.empty()),
                new Case(Fault.unavailable("120"), Kind.SERVER, 503, "", Optional.of(Duration.ofSeconds(120))),
                new Case(
                        Fault.status(502, "text/html", "<h1>Bad Gateway</h1>", Map.of()),
                        Kind.SERVER,
                        502,
                        "",
                        Optional.empty()),
                new Case(
                        Fault.status(200, "application/json", "{\"result\": [", Map.of()),
                        Kind.SERVER,
                        200,
                        "",
                        Optional.empty()),
                new Case(
                        Fault.status(200, "application/json", "{\"answer\": 42}", Map.of()),
                        Kind.SERVER,
                        200,
                        "",
                        Optional.empty()),
                new Case(Fault.status(200, "text/html", "", Map.of()), Kind.SERVER, 200, "", Optional.empty()));
        for (Case c : cases) {
            ozon.fail(OzonStandIn.SHIP, c.fault());
            RemoteTrouble t = Troubles.thrownBy(
                    () -> seller.ship("10101010-0001-1", List.of(new ShipPackage(List.of(new ShipItem(1002, 2))))));
            String which = c.fault() + " → " + t.in(Locale.ENGLISH);
            assertEquals(c.kind(), t.kind(), which);
            assertEquals(c.status(), t.status(), which);
            assertEquals(c.code(), t.code(), which);
            assertEquals(c.retryAfter(), t.retryAfter(), which);
            assertEquals(c.kind().retryable(), t.kind().retryable());
            Troubles.keepsOut(KEY, t);
        }
        assertEquals(0, ozon.shipped("10101010-0001-1"), "no faulted call took effect");
        assertEquals(
                Posting.AWAITING_PACKAGING,
                ozon.posting("10101010-0001-1").orElseThrow().status());
    }

    @Test
    void aRefusalSaysOzonsReasonInWords() {
        awaiting("12121212-0001-1", 2);
        ozon.fail(OzonStandIn.SHIP, OzonStandIn.error(400, 3, "PRODUCT_IS_NOT_IN_STOCK"));
        RemoteTrouble t = Troubles.thrownBy(
                () -> seller.ship("12121212-0001-1", List.of(new ShipPackage(List.of(new ShipItem(1002, 2))))));
        assertEquals(
                "Ozon refused the packing report of posting 12121212-0001-1: PRODUCT_IS_NOT_IN_STOCK (HTTP 400, code 3)."
                        + " Sending the same again cannot succeed; someone must look at the posting in Ozon's seller"
                        + " account.",
                t.in(Locale.ENGLISH));
    }

    @Test
    void aLabelNotReadyYetIsToBeAskedForAgain() {
        ozon.fail(OzonStandIn.LABEL, OzonStandIn.error(400, 3, "The next postings aren't ready: 1-1-1"));
        RemoteTrouble t = Troubles.thrownBy(() -> seller.packageLabel(List.of("1-1-1")));
        assertEquals(Kind.SERVER, t.kind());
        assertTrue(t.kind().retryable());
    }

    @Test
    void aStalledAnswerTimesOutAndTakesNoEffect() {
        awaiting("13131313-0001-1", 2);
        HttpOzonSeller hurried = seller(KEY, IMPATIENT);
        ozon.fail(OzonStandIn.SHIP, Fault.delay(Duration.ofSeconds(5)));
        RemoteTrouble t = Troubles.thrownBy(
                () -> hurried.ship("13131313-0001-1", List.of(new ShipPackage(List.of(new ShipItem(1002, 2))))));
        assertEquals(Kind.TIMEOUT, t.kind());
        assertEquals("connect.timeout", t.problem().key());
        assertEquals(0, t.status());
        assertEquals(0, ozon.shipped("13131313-0001-1"));
    }

    @Test
    void anAnswerCutHalfwayIsUnreachableAndTookNoEffect() {
        awaiting("14141414-0001-1", 2);
        ozon.fail(OzonStandIn.SHIP, Fault.cut());
        RemoteTrouble t = Troubles.thrownBy(
                () -> seller.ship("14141414-0001-1", List.of(new ShipPackage(List.of(new ShipItem(1002, 2))))));
        assertEquals(Kind.UNREACHABLE, t.kind());
        assertEquals("connect.cut", t.problem().key(), "headers came: whether it acted is unknown");
        assertEquals(0, ozon.shipped("14141414-0001-1"));
        assertFalse(seller.posting("14141414-0001-1").shipped());
    }

    @Test
    void anEffectWhoseAnswerWasCutShowsInThePostingsState() {
        awaiting("15151515-0001-1", 2);
        ozon.fail(OzonStandIn.SHIP, Fault.effectThenCut());
        RemoteTrouble t = Troubles.thrownBy(
                () -> seller.ship("15151515-0001-1", List.of(new ShipPackage(List.of(new ShipItem(1002, 2))))));
        assertEquals(Kind.UNREACHABLE, t.kind());
        assertEquals(1, ozon.shipped("15151515-0001-1"));
        assertTrue(seller.posting("15151515-0001-1").shipped(), "the look-up tells the client what the cut hid");
    }

    @Test
    void noListenerIsUnreachable() {
        String gone = ozon.baseUrl();
        ozon.close();
        HttpOzonSeller nowhere = new HttpOzonSeller(gone, CLIENT_ID, KEY.toCharArray(), HTTP, PATIENT, CLOCK);
        RemoteTrouble t = Troubles.thrownBy(() -> nowhere.posting("1-1-1"));
        assertEquals(Kind.UNREACHABLE, t.kind());
        assertEquals("connect.unreachable", t.problem().key(), "nothing was sent");
        assertEquals(0, t.status());
        Troubles.keepsOut(KEY, t);
    }

    @Test
    void underRandomFaultsEveryPostingIsShippedExactlyOnceByLookingBeforeSendingAgain() {
        List<String> numbers = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> String.format("%08d-0001-1", 50_000_000 + i))
                .toList();
        numbers.forEach(n -> ozon.add(n, NOW, NOW.plusSeconds(3600), products(42, 1)));
        HttpOzonSeller hurried = seller(KEY, IMPATIENT);
        ozon.randomFaults(0.3, 17, Fault.retryable(Duration.ofSeconds(2)));
        Set<Kind> met = EnumSet.noneOf(Kind.class);
        for (String n : numbers) {
            boolean done = false;
            for (int attempt = 0; !done; attempt++) {
                assertTrue(attempt < 50, "gave up on " + n);
                try {
                    if (attempt > 0 && hurried.posting(n).shipped()) {
                        done = true;
                        continue;
                    }
                    hurried.ship(n, List.of(new ShipPackage(List.of(new ShipItem(42, 1)))));
                    done = true;
                } catch (RemoteTrouble t) {
                    assertTrue(t.kind().retryable(), t.in(Locale.ENGLISH));
                    Troubles.keepsOut(KEY, t);
                    met.add(t.kind());
                }
            }
        }
        for (String n : numbers) {
            assertEquals(1, ozon.shipped(n), n);
        }
        assertEquals(EnumSet.of(Kind.UNREACHABLE, Kind.TIMEOUT, Kind.THROTTLED, Kind.SERVER), met);
    }

    @Test
    void aBaseUrlWithAQueryOrCredentialsIsRefused() {
        char[] key = KEY.toCharArray();
        assertThrows(
                IllegalArgumentException.class,
                () -> new HttpOzonSeller("https://api-seller.ozon.ru?key=x", CLIENT_ID, key, HTTP, PATIENT, CLOCK));
        assertThrows(
                IllegalArgumentException.class,
                () -> new HttpOzonSeller("https://u:p@api-seller.ozon.ru", CLIENT_ID, key, HTTP, PATIENT, CLOCK));
        assertThrows(
                IllegalArgumentException.class,
                () -> new HttpOzonSeller("ftp://api-seller.ozon.ru", CLIENT_ID, key, HTTP, PATIENT, CLOCK));
        IllegalArgumentException badKey = assertThrows(
                IllegalArgumentException.class,
                () -> new HttpOzonSeller(
                        HttpOzonSeller.DEFAULT_BASE_URL, CLIENT_ID, "abc\r\ndef".toCharArray(), HTTP, PATIENT, CLOCK));
        assertFalse(badKey.getMessage().contains("abc"));
    }

    @Test
    void theExemplarCallsGiveTheUnitsTakeTheFullSetAndReportTheCheck() {
        awaiting("20202020-0001-1", 24);
        ozon.needsMarks(1024);
        List<Exemplars.Product> units = seller.exemplars("20202020-0001-1");
        assertEquals(1, units.size());
        Exemplars.Product p = units.get(0);
        assertEquals(1024L, p.productId());
        assertEquals(2, p.quantity());
        assertTrue(p.markNeeded());
        assertEquals(2, p.exemplarIds().size());
        assertEquals(p.exemplarIds(), seller.exemplars("20202020-0001-1").get(0).exemplarIds(), "the same units");

        assertEquals(
                "update_available", seller.exemplarStatus("20202020-0001-1").status(), "nothing given yet");
        String first = "010460731098027321AAA\u001D93dGVz";
        String second = "010460731098027321BBB\u001D93dGVz";
        seller.setExemplars(
                "20202020-0001-1",
                List.of(
                        new Exemplars.Filled(1024, p.exemplarIds().get(0), Optional.of(first)),
                        new Exemplars.Filled(1024, p.exemplarIds().get(1), Optional.of(second))));
        assertEquals(List.of(first, second), ozon.codes("20202020-0001-1"), "GS kept byte for byte");
        Exemplars.Status checking = seller.exemplarStatus("20202020-0001-1");
        assertTrue(checking.inProcess());
        Exemplars.Status done = seller.exemplarStatus("20202020-0001-1");
        assertTrue(done.shipAvailable());
        assertEquals(2, done.marks().size());
        assertEquals("passed", done.marks().get(0).checkStatus());

        // The ship carries the units' ids; without them a marked posting is refused.
        RemoteTrouble without = assertThrows(
                RemoteTrouble.class,
                () -> seller.ship("20202020-0001-1", List.of(new ShipPackage(List.of(new ShipItem(1024, 2))))));
        assertEquals(Kind.REJECTED, without.kind());
        assertEquals(
                List.of("20202020-0001-1"),
                seller.ship(
                        "20202020-0001-1", List.of(new ShipPackage(List.of(new ShipItem(1024, 2, p.exemplarIds()))))));
        RemoteTrouble late = assertThrows(
                RemoteTrouble.class,
                () -> seller.setExemplars(
                        "20202020-0001-1",
                        List.of(new Exemplars.Filled(1024, p.exemplarIds().get(0), Optional.of(first)))));
        assertTrue(
                late.problem()
                        .in(java.util.Locale.forLanguageTag("ru"))
                        .contains("отправление уже не ожидает упаковки"),
                late.problem().english());
    }

    @Test
    void aRefusedCodeComesBackWithItsErrors() {
        awaiting("21212121-0001-1", 25);
        ozon.needsMarks(1025);
        ozon.refuseCode("BAD", "CRYPTO_TAIL_INVALID");
        List<Long> ids = seller.exemplars("21212121-0001-1").get(0).exemplarIds();
        seller.setExemplars(
                "21212121-0001-1",
                List.of(
                        new Exemplars.Filled(1025, ids.get(0), Optional.of("010460731098027321GOOD\u001D93dGVz")),
                        new Exemplars.Filled(1025, ids.get(1), Optional.of("010460731098027321BAD\u001D93dGVz"))));
        seller.exemplarStatus("21212121-0001-1");
        Exemplars.Status s = seller.exemplarStatus("21212121-0001-1");
        assertEquals(Exemplars.SHIP_NOT_AVAILABLE, s.status());
        Exemplars.MarkCheck bad = s.marks().stream()
                .filter(m -> m.mark().contains("BAD"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("CRYPTO_TAIL_INVALID"), bad.errorCodes());
        assertEquals(ids.get(1), bad.exemplarId());
    }
}
