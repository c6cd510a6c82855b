package org.packbench.ui;

import org.packbench.ui.model.UiText;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.packbench.app.PackingState;
import org.packbench.app.PackingState.Tone;
import org.packbench.i18n.Message;

/**
 * Упаковка's full-width verdict: a headline in large type and the reasons under it, the whole
 * banner in the tone's colour, so the colour can never say something the words do not.
 */
final class VerdictBanner extends VBox {
    private final Label headline = new Label();
    private final Label details = new Label();
    private final UiText text;

    VerdictBanner(UiText text) {
        super(4);
        this.text = text;
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

    /** The session's banner: its headline, and each reason on a line of its own. */
    void show(PackingState.Banner banner) {
        StringBuilder more = new StringBuilder();
        for (Message m : banner.details()) {
            more.append(more.length() == 0 ? "• " : "\n• ").append(text.of(m));
        }
        show(banner.tone(), text.of(banner.headline()), more.toString());
    }

    void show(Tone tone, String head, String more) {
        getStyleClass().setAll("packing-banner", switch (tone) {
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
