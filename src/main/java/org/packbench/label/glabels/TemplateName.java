package org.packbench.label.glabels;

import java.util.Locale;

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
        String id = org.packbench.i18n.LatinName.id(title(fileName), MAX_ID);
        return id.isEmpty() ? FALLBACK_ID : id;
    }
}
