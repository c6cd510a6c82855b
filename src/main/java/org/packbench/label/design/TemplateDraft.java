package org.packbench.label.design;

import java.util.Optional;
import org.packbench.label.template.LabelTemplate;

/**
 * A template being edited in the designer: the template as it stands and the edits that made it,
 * which can be undone and redone. A draft never changes; every edit, undo and redo gives a new
 * one, so the screen can keep the last good draft and a check can run on any of them.
 */
public final class TemplateDraft {
    /** One step of a history: the edit and the template on the other side of it. */
    private record Step(Edit edit, LabelTemplate template, Step next) {
        int size() {
            int n = 0;
            for (Step s = this; s != null; s = s.next) {
                n++;
            }
            return n;
        }
    }

    private final LabelTemplate template;
    /** Edits made, last first, each with the template before it. */
    private final Step undo;
    /** Edits undone, last undone first, each with the template after it. */
    private final Step redo;

    private TemplateDraft(LabelTemplate template, Step undo, Step redo) {
        this.template = template;
        this.undo = undo;
        this.redo = redo;
    }

    /** A draft of {@code template} with nothing to undo. */
    public static TemplateDraft of(LabelTemplate template) {
        return new TemplateDraft(template, null, null);
    }

    public LabelTemplate template() {
        return template;
    }

    /** The draft after {@code edit}; what was undone can no longer be redone. */
    public TemplateDraft apply(Edit edit) {
        LabelTemplate after = edit.apply(template);
        return new TemplateDraft(after, new Step(edit, template, undo), null);
    }

    public boolean canUndo() {
        return undo != null;
    }

    public boolean canRedo() {
        return redo != null;
    }

    /** The edit that {@link #undo} would take back. */
    public Optional<Edit> lastEdit() {
        return undo == null ? Optional.empty() : Optional.of(undo.edit);
    }

    /** The edit that {@link #redo} would make again. */
    public Optional<Edit> nextRedo() {
        return redo == null ? Optional.empty() : Optional.of(redo.edit);
    }

    public int undoCount() {
        return undo == null ? 0 : undo.size();
    }

    public int redoCount() {
        return redo == null ? 0 : redo.size();
    }

    /** The draft before the last edit; this draft when there is nothing to undo. */
    public TemplateDraft undo() {
        if (undo == null) {
            return this;
        }
        return new TemplateDraft(undo.template, undo.next, new Step(undo.edit, template, redo));
    }

    /** The draft with the last undone edit made again; this draft when nothing was undone. */
    public TemplateDraft redo() {
        if (redo == null) {
            return this;
        }
        return new TemplateDraft(redo.template, new Step(redo.edit, template, undo), redo.next);
    }
}
