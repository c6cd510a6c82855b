package org.packbench.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants kept as fixed-width UTC text to the millisecond, so that comparing the text in SQL
 * compares the times ({@link Instant#toString()} drops zero fractions, and "…00Z" sorts after
 * "…00.500Z").
 */
final class UtcMillis {
    private static final DateTimeFormatter FORM =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private UtcMillis() {}

    static String of(Instant at) {
        return FORM.format(at);
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }
}
