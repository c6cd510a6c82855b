package org.packbench.gs1;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One mandatory association: at least one of the alternatives must be present in full. An
 * alternative is usually a single AI, but may be several that must all be there, such as
 * (01) with (21) for a digital signature.
 */
public record Requirement(List<List<AiPattern>> alternatives) {

    public Requirement {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    /** Whether {@code presentAis} satisfy this requirement for the AI {@code self}, which does not count. */
    public boolean satisfiedBy(Collection<String> presentAis, String self) {
        for (List<AiPattern> group : alternatives) {
            boolean all =
                    group.stream().allMatch(p -> presentAis.stream().anyMatch(ai -> !ai.equals(self) && p.matches(ai)));
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** "(00), (01)+(21), (253)" for messages. */
    public String shown() {
        return alternatives.stream()
                .map(g -> g.stream().map(AiPattern::shown).collect(Collectors.joining("+")))
                .collect(Collectors.joining(", "));
    }

    public boolean singleChoice() {
        return alternatives.size() == 1;
    }
}
