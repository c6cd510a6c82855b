package org.packbench.gs1;

import java.util.List;

/**
 * One part of an AI value, e.g. the three-digit currency code and then the amount of AI (3912).
 * Parts are consumed from the left, each taking at most {@code max} characters; an optional
 * part may be left out only when nothing remains for it.
 */
public record AiComponent(CharSet charSet, int min, int max, boolean optional, List<Rule> rules) {

    public AiComponent {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("bad length " + min + ".." + max);
        }
        rules = List.copyOf(rules);
    }

    public boolean fixedLength() {
        return min == max;
    }
}
