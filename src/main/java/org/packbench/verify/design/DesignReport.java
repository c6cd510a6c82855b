package org.packbench.verify.design;

import java.util.List;

/** Every finding of one check of a template, in the order the elements stand in the template. */
public record DesignReport(List<DesignFinding> findings) {

    public DesignReport {
        findings = List.copyOf(findings);
    }

    /** A template with no blocking finding may be saved for use; any other only as a draft. */
    public boolean savableForUse() {
        return findings.stream().noneMatch(DesignFinding::blocksUse);
    }

    public List<DesignFinding> blocking() {
        return findings.stream().filter(DesignFinding::blocksUse).toList();
    }

    /** What is marked on the element {@code elementId}. */
    public List<DesignFinding> on(String elementId) {
        return findings.stream().filter(f -> f.elementId().equals(elementId)).toList();
    }

    public List<DesignFinding> of(DesignFinding.Problem problem) {
        return findings.stream().filter(f -> f.problem() == problem).toList();
    }
}
