package org.packbench.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A user-facing sentence kept as a bundle key and its arguments, so that the domain can say
 * what went wrong once and the GUI (Russian by default) and the CLI (English by default) can
 * each show it in their own language.
 */
public record Message(String key, List<Object> args) {

    /** Each area keeps its sentences in its own bundle; a key is looked up in each in turn. */
    private static final List<String> BUNDLES = List.of(
            "org.packbench.i18n.messages",
            "org.packbench.i18n.gs1",
            "org.packbench.i18n.ozon",
            "org.packbench.i18n.verify",
            "org.packbench.i18n.print",
            "org.packbench.i18n.devices",
            "org.packbench.i18n.journal",
            "org.packbench.i18n.packing",
            "org.packbench.i18n.serve",
            "org.packbench.i18n.connect",
            "org.packbench.i18n.outbox",
            "org.packbench.i18n.marking");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** The sentence in {@code locale}; Russian for "ru", English for anything else. */
    public String in(Locale locale) {
        String pattern = pattern(key, locale);
        if (pattern == null) {
            // A missing translation must still show the facts rather than hide them.
            return key + " " + args;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        return format.format(args.stream().map(a -> plain(a, locale)).toArray());
    }

    /** English text, for logs and exception messages. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    private static String pattern(String key, Locale locale) {
        Locale lookup = "ru".equals(locale.getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ROOT;
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, lookup, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException e) {
                // That area ships no bundle in this build; try the next.
            }
        }
        return null;
    }

    // MessageFormat would print 4607002977277 as "4,607,002,977,277": numbers that are codes,
    // line numbers or values from the file must appear exactly as written.
    private static Object plain(Object arg, Locale locale) {
        if (arg instanceof Number || arg instanceof Character) {
            return String.valueOf(arg);
        }
        if (arg instanceof Message nested) {
            return nested.in(locale);
        }
        if (arg instanceof ValueExcerpt.Kept kept) {
            return kept.in(locale);
        }
        if (arg instanceof CharSequence text) {
            return ValueExcerpt.of(text.toString(), locale);
        }
        return arg;
    }

    /** The same sentence, its long text arguments kept by their beginning and length only. */
    public Message compact() {
        return new Message(
                key,
                args.stream()
                        .map(a -> a instanceof Message m
                                ? m.compact()
                                : a instanceof String s ? ValueExcerpt.Kept.of(s) : a)
                        .toList());
    }

    @Override
    public String toString() {
        return english();
    }
}
