package org.packbench.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.packbench.i18n.ProblemException;

/** Whole days of the bench's calendar, from {@code first} to {@code last} inclusive. */
public record LogPeriod(LocalDate first, LocalDate last, ZoneId zone) {
    /** More than a year in one file is a mistake in the dates far more often than a wish. */
    public static final int MAX_DAYS = 366;

    public LogPeriod {
        if (last.isBefore(first)) {
            throw new ProblemException("log.periodBackwards", first, last);
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new ProblemException("log.periodTooLong", first, last, MAX_DAYS);
        }
    }

    public static LogPeriod day(LocalDate day, ZoneId zone) {
        return new LogPeriod(day, day, zone);
    }

    public Instant start() {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean singleDay() {
        return first.equals(last);
    }

    /** As written in file names and report headings: 2026-11-24, or 2026-11-20_2026-11-24. */
    public String label() {
        return singleDay() ? first.toString() : first + "_" + last;
    }
}
