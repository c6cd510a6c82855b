package org.packbench.gs1;

import java.util.List;
import java.util.Optional;

/**
 * The AI elements of one GS1 message in their order. Instances returned by {@link Gs1Parser}
 * have passed every check; {@link #of} builds one without checks, for {@link Gs1Check#validate}.
 */
public record ElementString(List<Element> elements) {

    public ElementString {
        elements = List.copyOf(elements);
    }

    public static ElementString of(Element... elements) {
        return new ElementString(List.of(elements));
    }

    /** The value of the first element with this AI. */
    public Optional<String> value(String ai) {
        return elements.stream()
                .filter(e -> e.ai().equals(ai))
                .map(Element::value)
                .findFirst();
    }

    public boolean has(String ai) {
        return value(ai).isPresent();
    }

    /** The bracketed form, e.g. "(01)09506000134352(17)201225(10)ABC123". */
    @Override
    public String toString() {
        return Gs1Formatter.bracketed(this);
    }
}
