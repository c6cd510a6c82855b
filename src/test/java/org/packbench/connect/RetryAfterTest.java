package org.packbench.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    private static Optional<Duration> parse(String header) {
        return RetryAfter.parse(Optional.ofNullable(header), CLOCK);
    }

    @Test
    void secondsAreTakenAsTheyCome() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), parse("120"));
        assertEquals(Optional.of(Duration.ZERO), parse("0"));
        assertEquals(Optional.of(Duration.ofSeconds(7)), parse(" 7 "));
    }

    @Test
    void anHttpDateIsMeasuredFromTheClock() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), parse("Mon, 2 Mar 2026 10:01:30 GMT"));
        assertEquals(Optional.of(Duration.ofSeconds(90)), parse("Mon, 02 Mar 2026 10:01:30 GMT"));
    }

    @Test
    void aDateAlreadyPastAsksForNoWait() {
        assertEquals(Optional.of(Duration.ZERO), parse("Mon, 2 Mar 2026 09:00:00 GMT"));
    }

    @Test
    void aWaitBeyondADayIsCapped() {
        assertEquals(Optional.of(RetryAfter.LONGEST), parse("9999999"));
        assertEquals(Optional.of(RetryAfter.LONGEST), parse("99999999999999999999999"));
        assertEquals(Optional.of(RetryAfter.LONGEST), parse("Fri, 1 Jan 2100 00:00:00 GMT"));
    }

    @Test
    void anythingElseIsIgnored() {
        assertEquals(Optional.empty(), parse(null));
        assertEquals(Optional.empty(), parse(""));
        assertEquals(Optional.empty(), parse("-5"));
        assertEquals(Optional.empty(), parse("1.5"));
        assertEquals(Optional.empty(), parse("soon"));
        assertEquals(Optional.empty(), parse("2026-03-02T10:01:30Z"));
    }
}
