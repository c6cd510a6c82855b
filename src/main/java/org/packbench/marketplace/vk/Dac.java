package org.packbench.marketplace.vk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.packbench.i18n.ProblemException;

/**
 * A seller's Delivery Authorization Code for VK Market. It is valid for 180 days from the day
 * it is issued: the issue day is the first valid day and {@link #expiresOn()} the first day it
 * is no longer valid.
 */
public record Dac(String code, LocalDate issuedOn) {
    public static final int VALID_DAYS = 180;
    public static final int WARN_DAYS = 14;

    public enum Status {
        NOT_YET_VALID,
        VALID,
        EXPIRING_SOON,
        EXPIRED
    }

    public Dac {
        code = normalise(code);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{3,39}")) {
            throw new ProblemException("dac.format", code);
        }
    }

    /** Codes are typed and scanned in any case; they are kept upper-case. */
    public static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    public LocalDate expiresOn() {
        return issuedOn.plusDays(VALID_DAYS);
    }

    /** The last day a label may carry this code. */
    public LocalDate lastValidDay() {
        return expiresOn().minusDays(1);
    }

    public Status status(LocalDate today) {
        if (today.isBefore(issuedOn)) {
            return Status.NOT_YET_VALID;
        }
        if (!today.isBefore(expiresOn())) {
            return Status.EXPIRED;
        }
        return daysLeft(today) <= WARN_DAYS ? Status.EXPIRING_SOON : Status.VALID;
    }

    public boolean usableOn(LocalDate today) {
        Status s = status(today);
        return s == Status.VALID || s == Status.EXPIRING_SOON;
    }

    /** Days on which the code is still valid, counting today. */
    public long daysLeft(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, expiresOn()));
    }
}
