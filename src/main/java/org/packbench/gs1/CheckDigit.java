package org.packbench.gs1;

/**
 * The GS1 modulo-10 check digit shared by GTIN-8/12/13/14, SSCC, GLN and every other
 * fixed-length GS1 key: weights 3 and 1 alternate from the rightmost data digit.
 */
public final class CheckDigit {
    private CheckDigit() {}

    /** The check digit for {@code digits}, which hold the data digits only (no check digit). */
    public static int compute(CharSequence digits) {
        int sum = 0;
        boolean weightThree = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at position " + (i + 1) + ": '" + c + "'");
            }
            sum += (c - '0') * (weightThree ? 3 : 1);
            weightThree = !weightThree;
        }
        return (10 - sum % 10) % 10;
    }

    /** True when the last digit of {@code key} is the right check digit for the digits before it. */
    public static boolean isValid(CharSequence key) {
        if (key.length() < 2) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return compute(key.subSequence(0, key.length() - 1)) == key.charAt(key.length() - 1) - '0';
    }
}
