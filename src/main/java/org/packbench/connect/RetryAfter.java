package org.packbench.connect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A {@code Retry-After} header (RFC 9110, 10.2.3) as the wait it asks for: either a number of
 * seconds or an HTTP-date, which is measured from the injected clock. A date already past asks for
 * no wait; a value that is neither form is ignored rather than guessed at.
 */
final class RetryAfter {
    /** Longer than this is not a wait but a mistake (or a date in another century); it is capped. */
    static final Duration LONGEST = Duration.ofDays(1);

    private RetryAfter() {}

    static Optional<Duration> parse(Optional<String> header, Clock clock) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(capped(seconds(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : capped(wait));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration seconds(String digits) {
        // Nineteen digits and more could overflow a long; any of them is longer than LONGEST anyway.
        return digits.length() > 18 ? LONGEST : Duration.ofSeconds(Long.parseLong(digits));
    }

    private static Duration capped(Duration wait) {
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
