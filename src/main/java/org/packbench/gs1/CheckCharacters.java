package org.packbench.gs1;

import java.math.BigInteger;

/** Check digits and check characters, and the company-prefix shape of a key. */
final class CheckCharacters {
    /** The check-pair alphabet: digits and capitals without the look-alikes 0, 1, I and O. */
    private static final String PAIR_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final int[] PRIMES = firstPrimes(97);
    private static final int MIN_COMPANY_PREFIX = 4;

    private CheckCharacters() {}

    static void checkDigit(String part, int offset, ParsedElement at) {
        int n = part.length();
        int expected = CheckDigit.compute(part.substring(0, n - 1));
        if (part.charAt(n - 1) - '0' != expected) {
            throw at.problem(offset + n - 1, "gs1.checkDigit", part.substring(n - 1), expected);
        }
    }

    static void checkPair(String part, int offset, ParsedElement at) {
        int n = part.length();
        if (n < 2) {
            throw at.problem(offset, "gs1.checkPair.short");
        }
        String expected = checkPairFor(part.substring(0, n - 2));
        if (!part.endsWith(expected)) {
            throw at.problem(offset + n - 2, "gs1.checkPair", part.substring(n - 2), expected);
        }
    }

    /**
     * The two check characters for {@code data} (General Specifications, check character
     * calculation for alphanumeric keys): each character's position in set 82 is weighted by the
     * primes 2, 3, 5, ... from the right; the sum modulo 1021 is split into two 5-bit halves.
     */
    static String checkPairFor(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int value = CharSet.CSET_82.members().indexOf(data.charAt(i));
            sum = (sum + value * PRIMES[data.length() - 1 - i]) % 1021;
        }
        return "" + PAIR_ALPHABET.charAt(sum >> 5) + PAIR_ALPHABET.charAt(sum & 31);
    }

    /** The key starts, after {@code skip} characters, with the shortest possible GS1 company prefix. */
    static void companyPrefix(String part, int offset, ParsedElement at, int skip) {
        if (part.length() - skip < MIN_COMPANY_PREFIX) {
            throw at.problem(offset, "gs1.prefix.short");
        }
        for (int i = skip; i < skip + MIN_COMPANY_PREFIX; i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                throw at.problem(offset + i, "gs1.prefix.notDigit", Shown.character(c));
            }
        }
    }

    /** ISO 13616: country code, two check digits, account; moved to the end, it is 1 modulo 97. */
    static void iban(String part, int offset, ParsedElement at) {
        if (part.length() <= 10) {
            throw at.problem(offset, "gs1.iban.short", part.length());
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                throw at.problem(offset + i, "gs1.iban.char", Shown.character(c));
            }
        }
        if (!CodeLists.COUNTRIES_ALPHA_2.contains(part.substring(0, 2))) {
            throw at.problem(offset, "gs1.iban.country", part.substring(0, 2));
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (part.substring(4) + part.substring(0, 4)).toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        if (new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() != 1) {
            throw at.problem(offset + 2, "gs1.iban.check", part.substring(2, 4));
        }
    }

    private static int[] firstPrimes(int count) {
        int[] primes = new int[count];
        int found = 0;
        for (int candidate = 2; found < count; candidate++) {
            boolean prime = true;
            for (int i = 0; i < found && primes[i] * primes[i] <= candidate; i++) {
                if (candidate % primes[i] == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                primes[found++] = candidate;
            }
        }
        return primes;
    }
}
