package org.packbench.verify.pdf;

/** How alike two texts are, by edit distance: the tolerant half of the field search. */
final class TextDistance {
    private TextDistance() {}

    /** The least number of single-character insertions, deletions and substitutions from a to b. */
    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /** 1 for equal texts, 0 for texts with nothing in common: the distance over the longer length. */
    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / longer;
    }

    /** Whether the texts' lengths alone already rule out {@code minimum} similarity. */
    static boolean tooDifferentInLength(String a, String b, double minimum) {
        int longer = Math.max(a.length(), b.length());
        return Math.abs(a.length() - b.length()) > (1.0 - minimum) * longer;
    }
}
