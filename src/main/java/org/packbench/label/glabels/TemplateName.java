package org.packbench.label.glabels;

import java.util.Locale;
import java.util.Map;

/**
 * A template's id and title from the gLabels file's name. The title is the name as the seller
 * wrote it; the id is the same in lower-case Latin letters, digits and hyphens (Cyrillic spelled
 * out in Latin), which every file system, URL and command line takes as it is.
 */
public final class TemplateName {
    /** What an id looks like; the same rule holds for an id given by hand. */
    public static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

    /** Used when nothing of the file name survives, such as a name of punctuation only. */
    static final String FALLBACK_ID = "glabels-label";

    private static final int MAX_ID = 64;

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

    private TemplateName() {}

    /** The file name without its folder and without the extensions gLabels files carry. */
    public static String title(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".gz", ".glabels", ".xml"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                name = name.substring(0, name.length() - ext.length());
                lower = lower.substring(0, lower.length() - ext.length());
            }
        }
        return name.strip().isEmpty() ? FALLBACK_ID : name.strip();
    }

    /** {@code Этикетка ВК 58x40.glabels} → {@code etiketka-vk-58x40}. */
    public static String id(String fileName) {
        StringBuilder out = new StringBuilder();
        for (char c : title(fileName).toLowerCase(Locale.ROOT).toCharArray()) {
            String latin = LATIN.get(c);
            if (latin != null) {
                out.append(latin);
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else {
                out.append('-');
            }
        }
        String id = out.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
        if (id.length() > MAX_ID) {
            id = id.substring(0, MAX_ID).replaceAll("-$", "");
        }
        return id.isEmpty() ? FALLBACK_ID : id;
    }
}
