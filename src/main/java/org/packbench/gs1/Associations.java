package org.packbench.gs1;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules between elements of one message (General Specifications 4.14): pairs that must not
 * appear together, AIs that need others, repeated AIs that disagree, and the serial component a
 * digital signature needs. They apply to the data of all carriers on one item taken together,
 * which is how a reader that concatenates several symbols presents it.
 */
final class Associations {
    /** Keys whose optional serial part becomes mandatory when AI (8030) signs them. */
    private static final Set<String> SERIAL_FOR_SIGNATURE = Set.of("253", "255", "8003");

    private Associations() {}

    static void check(List<ParsedElement> elements) {
        exclusions(elements);
        requirements(elements);
        repeats(elements);
        signedKeysCarrySerials(elements);
    }

    private static void exclusions(List<ParsedElement> elements) {
        for (ParsedElement e : elements) {
            for (AiPattern excluded : e.definition().exclusions()) {
                for (ParsedElement other : elements) {
                    if (!other.ai().equals(e.ai()) && excluded.matches(other.ai())) {
                        throw e.problemAtAi("gs1.pair.invalid", other.ai(), other.aiPosition());
                    }
                }
            }
        }
    }

    private static void requirements(List<ParsedElement> elements) {
        Set<String> present = elements.stream().map(ParsedElement::ai).collect(Collectors.toSet());
        for (ParsedElement e : elements) {
            for (Requirement r : e.definition().requirements()) {
                if (!r.satisfiedBy(present, e.ai())) {
                    throw e.problemAtAi(
                            r.singleChoice() ? "gs1.requires.one" : "gs1.requires.any",
                            new org.packbench.i18n.Composed(r.shown()));
                }
            }
        }
    }

    private static void repeats(List<ParsedElement> elements) {
        for (int i = 0; i < elements.size(); i++) {
            for (int j = i + 1; j < elements.size(); j++) {
                ParsedElement a = elements.get(i);
                ParsedElement b = elements.get(j);
                if (a.ai().equals(b.ai()) && !a.value().equals(b.value())) {
                    throw a.problemAtAi("gs1.repeat.differs", b.aiPosition());
                }
            }
        }
    }

    private static void signedKeysCarrySerials(List<ParsedElement> elements) {
        if (elements.stream().noneMatch(e -> e.ai().equals("8030"))) {
            return;
        }
        for (ParsedElement e : elements) {
            if (SERIAL_FOR_SIGNATURE.contains(e.ai())
                    && e.value().length() == e.definition().minLength()) {
                throw e.problemAtAi("gs1.digsig.serial");
            }
        }
    }
}
