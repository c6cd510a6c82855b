package org.packbench.ui;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.packbench.label.design.LabelSize;
import org.packbench.label.template.LabelTemplate;
import org.packbench.ui.model.UiText;

/**
 * Asks what a new template is: its name, the label stock (a preset or a size typed in mm), what
 * it is for and which marketplace's products may carry it. A product label is a Russian product
 * label, so the 10 pt rule applies to it from the start.
 */
final class NewTemplateDialog {
    /** What the supervisor chose. */
    record Spec(String title, LabelSize size, LabelTemplate.Kind kind, String marketplace) {}

    private NewTemplateDialog() {}

    static Optional<Spec> ask(UiText text) {
        Dialog<Spec> d = new Dialog<>();
        d.setTitle(text.get("designer.new.title"));
        d.setHeaderText(text.get("designer.new.header"));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        TextField title = new TextField(text.get("designer.new.defaultTitle"));
        title.setId("designer-new-title");
        ChoiceBox<LabelSize> size = new ChoiceBox<>();
        size.setId("designer-new-size");
        size.getItems().setAll(LabelSize.PRESETS);
        size.setValue(LabelSize.PRESETS.get(0));
        TextField width = new TextField();
        width.setId("designer-new-width");
        width.setPromptText(text.get("designer.new.widthPrompt"));
        TextField height = new TextField();
        height.setId("designer-new-height");
        height.setPromptText(text.get("designer.new.heightPrompt"));
        ChoiceBox<LabelTemplate.Kind> kind = new ChoiceBox<>();
        kind.setId("designer-new-kind");
        kind.getItems().setAll(LabelTemplate.Kind.values());
        kind.setValue(LabelTemplate.Kind.PRODUCT);
        kind.setConverter(
                ShownAs.<LabelTemplate.Kind>names(k -> k == null ? "" : text.get("designer.new.kind." + k.name())));
        ChoiceBox<String> marketplace = new ChoiceBox<>();
        marketplace.setId("designer-new-marketplace");
        marketplace.getItems().setAll("vk", "ozon", "other");
        marketplace.setValue("vk");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.setPadding(new Insets(12));
        form.addRow(0, new Label(text.get("designer.new.name")), title);
        form.addRow(1, new Label(text.get("designer.new.size")), size);
        form.addRow(2, new Label(text.get("designer.new.custom")), width, height);
        form.addRow(3, new Label(text.get("designer.new.kind")), kind);
        form.addRow(4, new Label(text.get("designer.new.marketplace")), marketplace);
        d.getDialogPane().setContent(form);
        d.setOnShown(e -> title.requestFocus());
        d.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            LabelSize chosen = custom(width.getText(), height.getText()).orElse(size.getValue());
            String name = title.getText().isBlank()
                    ? text.get("designer.new.defaultTitle")
                    : title.getText().strip();
            return new Spec(name, chosen, kind.getValue(), marketplace.getValue());
        });
        return d.showAndWait();
    }

    /** A size typed in mm, when both sides are numbers above zero; otherwise the preset counts. */
    static Optional<LabelSize> custom(String width, String height) {
        try {
            double w = Double.parseDouble(width.strip().replace(',', '.'));
            double h = Double.parseDouble(height.strip().replace(',', '.'));
            if (w > 0 && h > 0) {
                return Optional.of(new LabelSize(ElementPanel.decimal(w) + "×" + ElementPanel.decimal(h), w, h));
            }
        } catch (NumberFormatException blank) {
            // Not typed: the preset is the size.
        }
        return Optional.empty();
    }
}
