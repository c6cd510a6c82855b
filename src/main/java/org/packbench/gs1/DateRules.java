package org.packbench.gs1;

/** Calendar dates and clock times inside AI values. Parts reaching here are all digits. */
final class DateRules {
    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private DateRules() {}

    /**
     * YYMMDD. Only the leap year depends on the century; the General Specifications place YY within
     * 49 years back and 50 ahead of today, and for every YY that gives the same leap-year answer as
     * reading 00-71 as 20YY and 72-99 as 19YY, which is what this does (2000 was a leap year).
     */
    static void sixDigitDate(String part, int offset, ParsedElement at, boolean dayZeroAllowed) {
        int yy = number(part, 0);
        int year = yy >= 72 ? 1900 + yy : 2000 + yy;
        monthAndDay(part.substring(2), year, offset + 2, at, dayZeroAllowed);
    }

    static void eightDigitDate(String part, int offset, ParsedElement at) {
        int year = number(part, 0) * 100 + number(part, 2);
        monthAndDay(part.substring(4), year, offset + 4, at, false);
    }

    private static void monthAndDay(String mmdd, int year, int offset, ParsedElement at, boolean dayZeroAllowed) {
        int month = number(mmdd, 0);
        int day = number(mmdd, 2);
        if (month < 1 || month > 12) {
            throw at.problem(offset, "gs1.date.month", mmdd.substring(0, 2));
        }
        if (day == 0) {
            if (dayZeroAllowed) {
                return;
            }
            throw at.problem(offset + 2, "gs1.date.dayZero");
        }
        int last = month == 2 && isLeap(year) ? 29 : DAYS[month - 1];
        if (day > last) {
            throw at.problem(offset + 2, "gs1.date.day", mmdd.substring(2, 4), mmdd.substring(0, 2), last);
        }
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && year % 100 != 0 || year % 400 == 0;
    }

    static void hour(String part, int offset, ParsedElement at) {
        if (number(part, 0) > 23) {
            throw at.problem(offset, "gs1.time.hour", part.substring(0, 2));
        }
    }

    static void minute(String part, int offset, ParsedElement at) {
        if (number(part, 0) > 59) {
            throw at.problem(offset, "gs1.time.minute", part.substring(0, 2));
        }
    }

    static void second(String part, int offset, ParsedElement at) {
        if (number(part, 0) > 59) {
            throw at.problem(offset, "gs1.time.second", part.substring(0, 2));
        }
    }

    static void hourMinute(String part, int offset, ParsedElement at) {
        hour(part, offset, at);
        minute(part.substring(2), offset + 2, at);
    }

    /** True when {@code yymmdd} is a real date (no day 00); the coupon dates need it without throwing. */
    static boolean isSixDigitDate(String yymmdd) {
        int yy = number(yymmdd, 0);
        int month = number(yymmdd, 2);
        int day = number(yymmdd, 4);
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int year = yy >= 72 ? 1900 + yy : 2000 + yy;
        return day <= (month == 2 && isLeap(year) ? 29 : DAYS[month - 1]);
    }

    private static int number(String digits, int from) {
        return (digits.charAt(from) - '0') * 10 + digits.charAt(from + 1) - '0';
    }
}
