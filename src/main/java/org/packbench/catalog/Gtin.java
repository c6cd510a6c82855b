package org.packbench.catalog;

import java.util.Optional;
import org.packbench.gs1.CheckDigit;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/** A GTIN-8, -12, -13 or -14 whose check digit has been verified. */
public record Gtin(String digits) {

    public Gtin {
        problemWith(digits).ifPresent(p -> {
            throw new ProblemException(p);
        });
    }

    public static Gtin of(String digits) {
        return new Gtin(digits);
    }

    /** Why {@code text} is not a GTIN, or empty when it is one. */
    public static Optional<Message> problemWith(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of(Message.of("gtin.missing"));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of(Message.of("gtin.notDigit", String.valueOf(c), i + 1));
            }
        }
        int n = text.length();
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            return Optional.of(Message.of("gtin.length", n));
        }
        int expected = CheckDigit.compute(text.substring(0, n - 1));
        int found = text.charAt(n - 1) - '0';
        if (expected != found) {
            return Optional.of(Message.of("gtin.checkDigit", found, expected));
        }
        return Optional.empty();
    }

    /** The same item as a 14-digit GTIN, as AI (01) carries it. */
    public String asGtin14() {
        return "0".repeat(14 - digits.length()) + digits;
    }

    public int length() {
        return digits.length();
    }

    @Override
    public String toString() {
        return digits;
    }
}
