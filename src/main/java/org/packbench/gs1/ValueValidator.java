package org.packbench.gs1;

/**
 * Checks one element's value against its AI definition: overall length first (a checksum
 * complaint about a value that is simply too long would mislead), then each part's character
 * set and rules, left to right.
 */
final class ValueValidator {
    private ValueValidator() {}

    static void checkLength(ParsedElement e) {
        AiDefinition d = e.definition();
        int n = e.value().length();
        if (n == 0) {
            throw e.problem(0, "gs1.value.empty");
        }
        if (n < d.minLength() || n > d.maxLength()) {
            if (d.fixedLength()) {
                throw e.problem(0, "gs1.value.length", n, d.minLength());
            }
            if (n < d.minLength()) {
                throw e.problem(0, "gs1.value.tooShort", n, d.minLength());
            }
            throw e.problem(d.maxLength(), "gs1.value.tooLong", n, d.maxLength());
        }
    }

    static void checkContent(ParsedElement e) {
        String value = e.value();
        int offset = 0;
        for (AiComponent c : e.definition().components()) {
            int length = Math.min(value.length() - offset, c.max());
            if (c.optional() && length == 0) {
                continue;
            }
            if (length < c.min()) {
                throw e.problem(offset, "gs1.part.length", length, c.min());
            }
            String part = value.substring(offset, offset + length);
            CharSetCheck.check(c.charSet(), part, offset, e);
            for (Rule rule : c.rules()) {
                RuleCheck.apply(rule, part, offset, e);
            }
            offset += length;
        }
    }
}
