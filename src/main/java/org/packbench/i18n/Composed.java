package org.packbench.i18n;

import java.util.Collection;

/**
 * Text the program itself composed for a message: a list (the templates to choose from, the AIs
 * that would satisfy a rule, the positions of Latin letters) or a sentence already in words (why
 * a printer was not tried). Quoted whole, unlike a value read from a file or a command line,
 * which {@link ValueExcerpt} shortens: cutting the list of choices would hide the very answer
 * the message gives.
 */
public record Composed(String text) {

    public static Composed of(Collection<String> items, String separator) {
        return new Composed(String.join(separator, items));
    }

    @Override
    public String toString() {
        return text;
    }
}
