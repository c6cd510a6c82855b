package org.packbench.label.template;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The templates supervisors saved, kept with every version: drafts and those saved for use. A
 * version is never changed or taken back once written, since labels in the log name it and a
 * reprint is made with it again. Version numbers count from 1 for each template id; 0 stands for
 * the template bundled with PackBench and is never stored.
 */
public interface TemplateStore {

    /**
     * One stored version of a template.
     *
     * @param forUse saved after passing the designer's checks; a draft ({@code false}) is never used for labels
     * @param json the template as {@code label-templates/} holds it ({@link TemplateWriter}'s)
     */
    record Stored(String templateId, int version, boolean forUse, String json, String savedBy, Instant savedAt) {}

    /**
     * Writes {@code json} as the next version of {@code templateId} and gives its number. Two benches
     * saving the same template at once get two numbers, one after the other; should the store ever
     * meet a number taken meanwhile, it refuses ({@code template.save.raced}) rather than reuse it.
     */
    int save(String templateId, boolean forUse, String json, String savedBy, Instant savedAt);

    /** Exactly that version, draft or for use. */
    Optional<Stored> version(String templateId, int version);

    /** Every version of {@code templateId}, newest first; none when it was never saved. */
    List<Stored> versions(String templateId);

    /** For each template with a version for use, its newest such version. */
    List<Stored> latestForUse();

    /** Every template id with at least one version, drafts included. */
    Set<String> ids();

    /** A store that holds nothing: only the bundled templates exist. */
    TemplateStore NONE = new TemplateStore() {
        @Override
        public int save(String templateId, boolean forUse, String json, String savedBy, Instant savedAt) {
            throw new UnsupportedOperationException("this library has no store to save templates in");
        }

        @Override
        public Optional<Stored> version(String templateId, int version) {
            return Optional.empty();
        }

        @Override
        public List<Stored> versions(String templateId) {
            return List.of();
        }

        @Override
        public List<Stored> latestForUse() {
            return List.of();
        }

        @Override
        public Set<String> ids() {
            return Set.of();
        }
    };
}
