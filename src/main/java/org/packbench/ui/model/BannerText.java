package org.packbench.ui.model;

import org.packbench.app.PackingState;
import org.packbench.app.PackingState.Tone;
import org.packbench.i18n.Message;

/**
 * Упаковка's verdict in words: a headline and the reasons under it, one a line, in a tone whose
 * colour can never say something the words do not.
 *
 * @param details the reasons, each on a line of its own after a bullet; empty when there are none
 */
public record BannerText(Tone tone, String headline, String details) {

    /** The session's banner in the GUI's language. */
    public static BannerText of(PackingState.Banner banner, UiText text) {
        StringBuilder more = new StringBuilder();
        for (Message m : banner.details()) {
            more.append(more.length() == 0 ? "• " : "\n• ").append(text.of(m));
        }
        return new BannerText(banner.tone(), text.of(banner.headline()), more.toString());
    }
}
