package org.packbench.i18n;

import java.util.Collection;

/**
 * A list the program itself composed for a message (the templates to choose from, the AIs that
 * would satisfy a rule, the positions of Latin letters): quoted whole, unlike a value read from
 * a file or a command line, which {@link ValueExcerpt} shortens. Cutting the list of choices
 * would hide the very answer the message gives.
 */
public record Listing(String text) {

    public static Listing of(Collection<String> items, String separator) {
        return new Listing(String.join(separator, items));
    }

    @Override
    public String toString() {
        return text;
    }
}
