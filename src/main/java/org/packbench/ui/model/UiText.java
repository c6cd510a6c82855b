package org.packbench.ui.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.packbench.i18n.Message;

/** The GUI's words, from {@code strings_ru} or {@code strings} (English). */
public final class UiText {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    public UiText(Locale locale) {
        this.locale = locale;
        Locale lookup = "ru".equals(locale.getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle("org.packbench.ui.strings", lookup, NO_FALLBACK);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        // Always through MessageFormat, arguments or not, so that every pattern in the bundle
        // follows one rule: a literal apostrophe is written ''.
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A domain message in the GUI's language. */
    public String of(Message message) {
        return message.in(locale);
    }

    /** What went wrong, for the screen: a rejected input in its own words, anything else as unexpected. */
    public String failure(Throwable t) {
        return t instanceof org.packbench.i18n.ProblemException p
                ? of(p.problem())
                : get("error.unexpected", String.valueOf(t.getMessage()));
    }
}
