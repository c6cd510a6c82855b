package org.packbench.gs1;

import java.util.List;

/**
 * Everything the General Specifications say about one Application Identifier that a parser,
 * formatter or checker needs.
 *
 * @param code              the AI, 2 to 4 digits
 * @param predefinedLength  true when the AI's prefix is in the table of predefined-length
 *                          prefixes, so no FNC1 / GS is needed after its value
 * @param components        the parts of the value, in order
 * @param requirements      mandatory associations; each must be satisfied
 * @param exclusions        AIs that must not appear in the same data (the AI itself never counts)
 * @param title             a short English description
 */
public record AiDefinition(
        String code,
        boolean predefinedLength,
        List<AiComponent> components,
        List<Requirement> requirements,
        List<AiPattern> exclusions,
        String title) {

    public AiDefinition {
        components = List.copyOf(components);
        requirements = List.copyOf(requirements);
        exclusions = List.copyOf(exclusions);
    }

    /** The shortest value: the sum of the mandatory parts' minimum lengths. */
    public int minLength() {
        return components.stream()
                .filter(c -> !c.optional())
                .mapToInt(AiComponent::min)
                .sum();
    }

    public int maxLength() {
        return components.stream().mapToInt(AiComponent::max).sum();
    }

    public boolean fixedLength() {
        return minLength() == maxLength();
    }

    /** The character set of the first part, which for all but a few AIs is the set of the whole value. */
    public CharSet charSet() {
        return components.get(0).charSet();
    }

    public boolean hasRule(Rule rule) {
        return components.stream().anyMatch(c -> c.rules().contains(rule));
    }
}
