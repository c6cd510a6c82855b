package org.packbench.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.packbench.app.PackingState.Tone;

/**
 * Упаковка's full-width verdict: a headline in large type and the reasons under it, the whole
 * banner in the tone's colour, so the colour can never say something the words do not.
 */
final class VerdictBanner extends VBox {
    private final Label headline = new Label();
    private final Label details = new Label();

    VerdictBanner() {
        super(4);
        setId("packing-banner");
        headline.setId("packing-status");
        headline.getStyleClass().add("banner-headline");
        details.setId("packing-details");
        details.getStyleClass().add("banner-details");
        for (Label l : new Label[] {headline, details}) {
            l.setWrapText(true);
            // The whole message, however long: a cut-off reason would hide what to fix.
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(headline, details);
    }

    void show(Tone tone, String head, String more) {
        getStyleClass()
                .setAll(
                        "packing-banner",
                        switch (tone) {
                            case OK -> "banner-ok";
                            case WARN -> "banner-warn";
                            case REFUSED -> "banner-refused";
                            case NEUTRAL -> "banner-neutral";
                        });
        headline.setText(head);
        details.setText(more);
        details.setVisible(!more.isEmpty());
        details.setManaged(!more.isEmpty());
    }
}
