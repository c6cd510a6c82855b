package org.packbench.gs1;

import java.math.BigInteger;

/** Rules on digits and small structured values: flags, counts, coordinates, signs. */
final class NumberRules {
    private static final BigInteger MAX_LATITUDE = BigInteger.valueOf(1_800_000_000L);
    private static final BigInteger MAX_LONGITUDE = BigInteger.valueOf(3_600_000_000L);

    private NumberRules() {}

    static void yesNo(String part, int offset, ParsedElement at) {
        if (!part.equals("0") && !part.equals("1")) {
            throw at.problem(offset, "gs1.yesNo", part);
        }
    }

    static void winding(String part, int offset, ParsedElement at) {
        if (!part.equals("0") && !part.equals("1") && !part.equals("9")) {
            throw at.problem(offset, "gs1.winding", part);
        }
    }

    static void zero(String part, int offset, ParsedElement at) {
        if (!part.equals("0")) {
            throw at.problem(offset, "gs1.zero", part);
        }
    }

    static void nonZero(String part, int offset, ParsedElement at) {
        if (part.chars().allMatch(c -> c == '0')) {
            throw at.problem(offset, "gs1.nonZero", part);
        }
    }

    static void noZeroPrefix(String part, int offset, ParsedElement at) {
        if (part.startsWith("0")) {
            throw at.problem(offset, "gs1.zeroPrefix", part);
        }
    }

    /** Latitude and longitude are offset so that they are never negative: 0 means -90 or -180 degrees. */
    static void latitude(String part, int offset, ParsedElement at) {
        if (new BigInteger(part).compareTo(MAX_LATITUDE) > 0) {
            throw at.problem(offset, "gs1.latitude", part);
        }
    }

    static void longitude(String part, int offset, ParsedElement at) {
        if (new BigInteger(part).compareTo(MAX_LONGITUDE) > 0) {
            throw at.problem(offset, "gs1.longitude", part);
        }
    }

    /** The first half numbers the piece, the second half gives the total, both of the same width. */
    static void pieceOfTotal(String part, int offset, ParsedElement at) {
        if (part.length() % 2 != 0) {
            throw at.problem(offset, "gs1.piece.width", part);
        }
        for (int i = 0; i < part.length(); i++) {
            if (!Character.isDigit(part.charAt(i))) {
                throw at.problem(offset + i, "gs1.char.digit", Shown.character(part.charAt(i)));
            }
        }
        int half = part.length() / 2;
        String piece = part.substring(0, half);
        String total = part.substring(half);
        if (piece.chars().allMatch(c -> c == '0')) {
            throw at.problem(offset, "gs1.piece.zero", piece);
        }
        if (total.chars().allMatch(c -> c == '0')) {
            throw at.problem(offset + half, "gs1.piece.totalZero", total);
        }
        // Equal widths make the text order the numeric order.
        if (piece.compareTo(total) > 0) {
            throw at.problem(offset, "gs1.piece.exceeds", piece, total);
        }
    }

    /** "n/m" with neither number zero nor zero-padded, n not above m. */
    static void positionInSequence(String part, int offset, ParsedElement at) {
        int slash = part.indexOf('/');
        if (slash <= 0
                || slash == part.length() - 1
                || !digits(part.substring(0, slash))
                || !digits(part.substring(slash + 1))) {
            throw at.problem(offset, "gs1.sequence.form", part);
        }
        String position = part.substring(0, slash);
        String end = part.substring(slash + 1);
        if (position.startsWith("0") || end.startsWith("0")) {
            throw at.problem(offset + (position.startsWith("0") ? 0 : slash + 1), "gs1.sequence.zero", part);
        }
        if (new BigInteger(position).compareTo(new BigInteger(end)) > 0) {
            throw at.problem(offset, "gs1.sequence.exceeds", position, end);
        }
    }

    static void hyphen(String part, int offset, ParsedElement at) {
        if (!part.equals("-")) {
            throw at.problem(offset, "gs1.hyphen", part);
        }
    }

    static void hasNonDigit(String part, int offset, ParsedElement at) {
        if (digits(part)) {
            throw at.problem(offset, "gs1.nonDigit");
        }
    }

    /** Percent-encoding lets a value carry characters outside set 82; each '%' needs two hex digits. */
    static void percentEncoded(String part, int offset, ParsedElement at) {
        for (int i = part.indexOf('%'); i >= 0; i = part.indexOf('%', i + 3)) {
            if (i + 2 >= part.length() || !hex(part.charAt(i + 1)) || !hex(part.charAt(i + 2))) {
                throw at.problem(offset + i, "gs1.percent", part.substring(i, Math.min(i + 3, part.length())));
            }
        }
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }

    private static boolean digits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
