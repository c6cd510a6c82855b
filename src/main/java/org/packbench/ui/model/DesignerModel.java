package org.packbench.ui.model;

import java.awt.image.BufferedImage;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.packbench.app.DesignPreview;
import org.packbench.app.TemplateDesigns;
import org.packbench.i18n.ProblemException;
import org.packbench.label.design.DotGrid;
import org.packbench.label.design.Edit;
import org.packbench.label.design.TemplateDraft;
import org.packbench.label.template.LabelTemplate;
import org.packbench.verify.design.DesignReport;

/**
 * The designer's state: the draft being edited, the element picked, the printer resolution and the
 * sample product, and what the engine made of the last draft (its print raster and the checks'
 * findings). Every rule is {@link TemplateDesigns}'s; this model only applies edits, asks for a
 * check after each one ({@link DesignChecks}: one at a time, the newest last), and keeps the
 * newest answer.
 */
public final class DesignerModel {
    /** What the engine made of one draft at one resolution, with one sample. */
    public record Checked(LabelTemplate template, int dpi, BufferedImage raster, DesignReport report, String sample) {}

    private final TemplateDesigns designs;
    private final UiText text;
    private final Work lane;
    private final DesignChecks checks;

    private final ReadOnlyObjectWrapper<TemplateDraft> draft = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Integer> dpi = new ReadOnlyObjectWrapper<>(203);
    private final ReadOnlyObjectWrapper<Optional<String>> sampleSku = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Checked> checked = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(false);
    private final StatusLine status = new StatusLine();
    private final javafx.beans.property.ReadOnlyStringWrapper notes =
            new javafx.beans.property.ReadOnlyStringWrapper("");

    /** Counts what was opened, so an open that answers late does not replace a later one. */
    private long opened;

    public DesignerModel(TemplateDesigns designs, DesignPreview preview, UiText text, Work work) {
        this.designs = designs;
        this.text = text;
        this.lane = work.inOrder();
        this.checks = new DesignChecks(designs, preview, lane, this::onScreen, this::answered, this::checkFailed);
    }

    public ReadOnlyObjectProperty<TemplateDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public Optional<LabelTemplate> template() {
        return Optional.ofNullable(draft.get()).map(TemplateDraft::template);
    }

    /** The id of the element picked on the canvas or in the list; null when none is. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Integer> dpiProperty() {
        return dpi.getReadOnlyProperty();
    }

    public int dpi() {
        return dpi.get();
    }

    public ReadOnlyObjectProperty<Optional<String>> sampleSkuProperty() {
        return sampleSku.getReadOnlyProperty();
    }

    /** The newest check's answer; null until the first comes back. */
    public ReadOnlyObjectProperty<Checked> checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    /** Edited since it was opened or last saved. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public StatusLine status() {
        return status;
    }

    /** What an import could not carry over; it stays shown while the imported template is edited. */
    public javafx.beans.property.ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /**
     * Reads an outside layout in the background and opens it under a fresh id (never one in
     * use), with what the import could not carry over shown under the status.
     */
    public void importFrom(
            Work.Job<org.packbench.app.GlabelsFile.Imported> read,
            java.util.function.Function<org.packbench.app.GlabelsFile.Imported, String> whatWasLeft,
            Runnable whenOpened) {
        long asked = ++opened;
        lane.run(
                () -> {
                    org.packbench.app.GlabelsFile.Imported imported = read.call();
                    LabelTemplate t = imported.template();
                    String id = designs.freshId(t.id());
                    return new org.packbench.app.GlabelsFile.Imported(
                            new LabelTemplate(
                                    id,
                                    t.title(),
                                    t.marketplace(),
                                    t.kind(),
                                    t.regulated(),
                                    t.widthMm(),
                                    t.heightMm(),
                                    t.elements()),
                            imported.notes());
                },
                imported -> {
                    if (opened == asked) {
                        open(imported.template());
                        notes.set(whatWasLeft.apply(imported));
                        whenOpened.run();
                    }
                },
                failed -> status.error(text.failure(failed)));
    }

    /** Starts editing {@code template} (opened, imported or new): nothing to undo, nothing unsaved. */
    public void open(LabelTemplate template) {
        opened++;
        notes.set("");
        draft.set(TemplateDraft.of(template));
        selected.set(null);
        unsaved.set(false);
        check();
    }

    /** Every template that can be opened, bundled and saved (drafts too), for {@code show}. */
    public void listTemplates(java.util.function.Consumer<java.util.List<String>> show) {
        lane.run(designs::ids, show::accept, failed -> status.error(text.failure(failed)));
    }

    /** Opens {@code id} for editing: its newest draft when there is one, else the one in use. */
    public void openSaved(String id) {
        long asked = ++opened;
        lane.run(
                () -> designs.forEditing(id),
                t -> {
                    // Unless the supervisor started or opened another meanwhile.
                    if (opened == asked) {
                        open(t);
                    }
                },
                failed -> status.error(text.failure(failed)));
    }

    /** Reads a picture in the background and puts it at the label's top left corner, on the dot grid. */
    public void addPicture(Work.Job<org.packbench.app.PictureFile.Picture> read) {
        lane.run(
                read,
                p -> template()
                        .ifPresent(t -> edit(org.packbench.label.design.NewElement.picture(
                                t, snap(2), snap(2), p.widthMm(), p.heightMm(), p.pixels()))),
                failed -> status.error(text.failure(failed)));
    }

    /**
     * Starts a new template named {@code title}: its id, free among bundled and saved ones, is
     * found in the background (a query), then {@code make} builds the empty template under it.
     */
    public void startNew(String title, java.util.function.Function<String, LabelTemplate> make, Runnable whenOpened) {
        long asked = ++opened;
        lane.run(
                () -> make.apply(designs.freshId(title)),
                t -> {
                    if (opened == asked) {
                        open(t);
                        whenOpened.run();
                    }
                },
                failed -> status.error(text.failure(failed)));
    }

    /**
     * Applies {@code edit} to the draft. An edit the template refuses (a field the engine does not
     * know, a size of zero) changes nothing and says why on the status line.
     */
    public boolean edit(Edit edit) {
        TemplateDraft d = draft.get();
        if (d == null) {
            return false;
        }
        TemplateDraft after;
        try {
            after = d.apply(edit);
        } catch (ProblemException refused) {
            status.error(text.failure(refused));
            return false;
        }
        if (after.template().equals(d.template())) {
            // Nothing changed (a value typed again, a size already chosen): no undo step, nothing unsaved.
            return false;
        }
        draft.set(after);
        unsaved.set(true);
        if (edit instanceof Edit.Add add) {
            selected.set(add.element().id());
        } else if (edit instanceof Edit.Remove) {
            selected.set(null);
        }
        check();
        return true;
    }

    /** Moves the picked element by whole printer dots: an arrow key's step. */
    public void nudgeDots(int dx, int dy) {
        picked().ifPresent(id -> edit(Edit.Move.byDots(id, dx, dy, dpi.get())));
    }

    /** Moves the picked element by whole millimetres: Shift with an arrow key. */
    public void nudgeMm(int dx, int dy) {
        picked().ifPresent(id -> edit(new Edit.Move(id, dx, dy)));
    }

    /** Moves an element dragged by the mouse, the drag's end put on the dot grid. */
    public void dragBy(String id, double dxMm, double dyMm) {
        template().flatMap(t -> grid().dragBy(t, id, dxMm, dyMm)).ifPresent(this::edit);
    }

    /** Moves the picked element to an edge of the label or to its middle, on the dot grid. */
    public void alignOnLabel(DotGrid.OnLabel where) {
        String id = selected.get();
        if (id != null) {
            template().flatMap(t -> grid().onLabel(t, id, where)).ifPresent(this::edit);
        }
    }

    /** Resizes an element to a size rounded to whole printer dots, never under one dot. */
    public void resizeTo(String id, double widthMm, double heightMm) {
        edit(grid().resizeTo(id, widthMm, heightMm));
    }

    /** {@code mm} on the dot grid of the chosen resolution. */
    public double snap(double mm) {
        return grid().snap(mm);
    }

    private DotGrid grid() {
        return new DotGrid(dpi.get());
    }

    public void undo() {
        TemplateDraft d = draft.get();
        if (d != null && d.canUndo()) {
            draft.set(d.undo());
            keepSelection();
            unsaved.set(true);
            check();
        }
    }

    public void redo() {
        TemplateDraft d = draft.get();
        if (d != null && d.canRedo()) {
            draft.set(d.redo());
            keepSelection();
            unsaved.set(true);
            check();
        }
    }

    /** The resolution the checks and the dot grid use: the printer's the template is meant for. */
    public void setDpi(int value) {
        if (value != dpi.get()) {
            dpi.set(value);
            check();
        }
    }

    /** The product the checks fill the label with; empty for the catalog's worst case. */
    public void setSample(Optional<String> sku) {
        Optional<String> s = sku.map(String::strip).filter(v -> !v.isEmpty());
        if (!s.equals(sampleSku.get())) {
            sampleSku.set(s);
            check();
        }
    }

    /** Saves the draft for use on labels; refused, with the first reason, while a check blocks it. */
    public void saveForUse() {
        template()
                .ifPresent(t -> lane.run(
                        () -> designs.saveForUse(t, dpi.get()),
                        saved -> {
                            if (template().map(now -> now.equals(t)).orElse(false)) {
                                unsaved.set(false);
                            }
                            status.ok(text.get("designer.savedForUse", saved.id(), saved.version()));
                        },
                        failed -> status.error(text.failure(failed))));
    }

    /** Saves the draft as it stands, findings and all; a draft is never used for a label. */
    public void saveDraft() {
        template()
                .ifPresent(t -> lane.run(
                        () -> designs.saveDraft(t),
                        saved -> {
                            if (template().map(now -> now.equals(t)).orElse(false)) {
                                unsaved.set(false);
                            }
                            status.ok(text.get("designer.savedDraft", saved.id(), saved.version()));
                        },
                        failed -> status.error(text.failure(failed))));
    }

    private Optional<String> picked() {
        return Optional.ofNullable(selected.get());
    }

    /** After undo or redo the picked element may no longer exist. */
    private void keepSelection() {
        String id = selected.get();
        if (id != null
                && template()
                        .map(t -> !org.packbench.label.design.Elements.ids(t).contains(id))
                        .orElse(true)) {
            selected.set(null);
        }
    }

    /** Asks for a check of the newest draft ({@link DesignChecks}: one at a time, the newest last). */
    private void check() {
        checks.ask();
    }

    private Optional<DesignChecks.Asked> onScreen() {
        return template().map(t -> new DesignChecks.Asked(t, dpi.get(), sampleSku.get()));
    }

    private void answered(Checked c) {
        checked.set(c);
        if (c.report().savableForUse()) {
            status.ok(text.get("designer.usable", c.dpi()));
        } else {
            status.error(text.get(
                    "designer.notUsable",
                    c.report().blocking().size(),
                    c.report().blocking().get(0).message().in(text.locale())));
        }
    }

    private void checkFailed(DesignChecks.Asked asked, Throwable failed) {
        status.error(text.failure(failed));
        if (sampleSku.get().isPresent() && sampleSku.get().equals(asked.sku())) {
            // A product not in the catalog: the checks go on with the worst case and the line
            // under the status says why, rather than every later check failing on the same sample.
            notes.set(text.failure(failed));
            sampleSku.set(Optional.empty());
            check();
        }
    }
}
