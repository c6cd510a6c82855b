package org.packbench.gs1;

/**
 * An AI or a family of AIs as the association rules name them: "01", or "310x" for (3100) to
 * (3109), or "31xx" for every four-digit AI starting 31.
 */
public record AiPattern(String pattern) {

    public AiPattern {
        if (pattern.length() < 2 || pattern.length() > 4 || !Character.isDigit(pattern.charAt(0))) {
            throw new IllegalArgumentException("bad AI pattern '" + pattern + "'");
        }
    }

    public boolean matches(String ai) {
        if (ai.length() != pattern.length()) {
            return false;
        }
        for (int i = 0; i < ai.length(); i++) {
            char p = pattern.charAt(i);
            if (p != 'x' && p != ai.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** "(01)" or "(310x)", as messages show it. */
    public String shown() {
        return "(" + pattern + ")";
    }
}
