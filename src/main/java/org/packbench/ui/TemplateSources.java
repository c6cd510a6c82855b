package org.packbench.ui;

import org.packbench.label.template.LabelTemplate;
import org.packbench.ui.model.DesignerModel;
import org.packbench.ui.model.UiText;

/**
 * Where the designer's templates and pictures come from: a new one from a stock size, a bundled or
 * saved one, a glabels 3 layout, a picture file. Each asks before unsaved work is left, and each
 * hands the reading to the model's background lane.
 */
final class TemplateSources {
    private final DesignerModel model;
    private final DesignCanvas canvas;
    private final UiText text;
    private final FileSources files;

    TemplateSources(DesignerModel model, DesignCanvas canvas, UiText text, FileSources files) {
        this.model = model;
        this.canvas = canvas;
        this.text = text;
        this.files = files;
    }

    void newTemplate() {
        if (!mayDiscard()) {
            return;
        }
        NewTemplateDialog.ask(text)
                .ifPresent(spec -> model.startNew(
                        spec.title(),
                        id -> spec.size().empty(id, spec.title(), spec.marketplace(), spec.kind()),
                        () -> {
                            canvas.fitWhenShown();
                            canvas.canvas().requestFocus();
                        }));
    }

    void openTemplate() {
        if (!mayDiscard()) {
            return;
        }
        model.listTemplates(ids -> {
            javafx.scene.control.ChoiceDialog<String> pick = new javafx.scene.control.ChoiceDialog<>(
                    model.template()
                            .map(LabelTemplate::id)
                            .filter(ids::contains)
                            .orElse(ids.isEmpty() ? null : ids.get(0)),
                    ids);
            pick.setTitle(text.get("designer.open.title"));
            pick.setHeaderText(text.get("designer.open.header"));
            pick.setContentText(text.get("designer.open.label"));
            pick.showAndWait().ifPresent(id -> {
                model.openSaved(id);
                canvas.fitWhenShown();
                canvas.canvas().requestFocus();
            });
        });
    }

    /** Картинка…: a PNG or JPEG made 1-bit at the printer's dots, at most the label's size less its margins. */
    void addPicture() {
        model.template().ifPresent(t -> files.open(
                        text.get("designer.picture.title"),
                        text.get("designer.picture.filter"),
                        "*.png",
                        "*.jpg",
                        "*.jpeg")
                .ifPresent(path -> {
                    int dpi = model.dpi();
                    model.addPicture(
                            () -> org.packbench.app.PictureFile.read(path, dpi, t.widthMm() - 4, t.heightMm() - 4));
                }));
    }

    /**
     * «Из glabels…»: the layout read in the background, opened under an id of its own (made from
     * the file's name, never one in use: a file named like a shipped template must not replace it).
     */
    void importGlabels() {
        if (!mayDiscard()) {
            return;
        }
        files.open(text.get("designer.import.title"), text.get("designer.import.filter"), "*.glabels")
                .ifPresent(path -> model.importFrom(
                        () -> org.packbench.app.GlabelsFile.read(path),
                        imported -> imported.notes().isEmpty()
                                ? ""
                                : text.get(
                                        "designer.import.notes",
                                        path.getFileName(),
                                        String.join(
                                                "; ",
                                                imported.notes().stream()
                                                        .map(text::of)
                                                        .toList())),
                        canvas::fitWhenShown));
    }

    /** With edits not saved, whether the supervisor agrees to leave them. */
    private boolean mayDiscard() {
        return !model.unsavedProperty().get() || Confirm.yes(text, text.get("designer.discard"));
    }
}
