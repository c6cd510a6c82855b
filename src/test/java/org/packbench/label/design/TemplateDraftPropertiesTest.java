package org.packbench.label.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.RandomTemplates;

/** Undo and redo, over any template and any sequence of edits. */
class TemplateDraftPropertiesTest {

    @Property(tries = 2_000)
    void anySequenceOfEditsFollowedByAsManyUndosGivesBackTheStartingTemplate(
            @ForAll("seeds") long seed, @ForAll @IntRange(min = 0, max = 40) int edits) {
        LabelTemplate start = new RandomTemplates(seed).next();
        RandomEdits random = new RandomEdits(seed);
        TemplateDraft draft = TemplateDraft.of(start);
        for (int i = 0; i < edits; i++) {
            draft = draft.apply(random.next(draft.template()));
        }
        assertEquals(edits, draft.undoCount());
        LabelTemplate end = draft.template();
        for (int i = 0; i < edits; i++) {
            draft = draft.undo();
        }
        assertEquals(start, draft.template());
        assertFalse(draft.canUndo());
        assertEquals(edits, draft.redoCount());
        for (int i = 0; i < edits; i++) {
            draft = draft.redo();
        }
        assertEquals(end, draft.template(), "redoing every undone edit gives the edited template again");
        assertFalse(draft.canRedo());
    }

    @Property(tries = 1_000)
    void undoingSomeAndRedoingThemPassesThroughTheSameTemplatesBackwardsAndForwards(
            @ForAll("seeds") long seed, @ForAll @IntRange(min = 1, max = 25) int edits) {
        RandomEdits random = new RandomEdits(seed);
        TemplateDraft draft = TemplateDraft.of(new RandomTemplates(seed).next());
        List<LabelTemplate> seen = new ArrayList<>(List.of(draft.template()));
        for (int i = 0; i < edits; i++) {
            draft = draft.apply(random.next(draft.template()));
            seen.add(draft.template());
        }
        int back = Math.floorMod(seed, edits + 1);
        for (int i = 1; i <= back; i++) {
            draft = draft.undo();
            assertEquals(seen.get(edits - i), draft.template());
        }
        for (int i = back - 1; i >= 0; i--) {
            draft = draft.redo();
            assertEquals(seen.get(edits - i), draft.template());
        }
    }

    @Property(tries = 1_000)
    void anEditAfterAnUndoLeavesNothingToRedoAndTheUndoneEditIsGone(@ForAll("seeds") long seed) {
        RandomEdits random = new RandomEdits(seed);
        TemplateDraft draft = TemplateDraft.of(new RandomTemplates(seed).next());
        LabelTemplate start = draft.template();
        draft = draft.apply(random.next(draft.template())).undo();
        draft = draft.apply(random.next(draft.template()));
        assertFalse(draft.canRedo());
        assertEquals(1, draft.undoCount());
        assertEquals(start, draft.undo().template());
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
