package org.packbench.i18n;

import java.util.Map;

/**
 * A name in characters every file system, URL and command line takes as they are: Cyrillic spelled
 * in Latin letters (case kept), Latin letters and digits kept, anything else one dash between
 * words. Export files, template ids and the ids of imported layouts are all made here, so the
 * same name gives the same Latin everywhere.
 */
public final class LatinName {
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ё', "e"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "y"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "kh"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "shch"),
            Map.entry('ъ', ""),
            Map.entry('ы', "y"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ю', "yu"),
            Map.entry('я', "ya"));

    private LatinName() {}

    /**
     * {@code ООО «Ромашка»} → {@code OOO-Romashka}: at most {@code maxLength} characters, no dash at
     * either end, empty when nothing of the text is a letter or a digit.
     */
    public static String of(String text, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (char ch : (text == null ? "" : text).toCharArray()) {
            String latin = LATIN.get(Character.toLowerCase(ch));
            if (latin != null) {
                b.append(
                        Character.isUpperCase(ch) && !latin.isEmpty()
                                ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1)
                                : latin);
            } else if (ch < 128 && Character.isLetterOrDigit(ch)) {
                b.append(ch);
            } else {
                b.append('-');
            }
        }
        String s = b.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (s.length() > maxLength) {
            s = s.substring(0, maxLength).replaceAll("-$", "");
        }
        return s;
    }

    /** The lower-case form ids are made of: {@code Этикетка ВК 58x40} → {@code etiketka-vk-58x40}. */
    public static String id(String text, int maxLength) {
        return of(text == null ? "" : text.toLowerCase(java.util.Locale.ROOT), maxLength);
    }
}
