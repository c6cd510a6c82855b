package org.packbench.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file of marking codes as the marking system hands them out (a TXT or one-column CSV): one
 * code per line, GS as ASCII 29, perhaps a header line, perhaps each code in CSV quotes. A line
 * is never split at a comma or semicolon: a serial may hold either.
 */
public final class MarkingCodeList {
    /** A code begins with (01) and a GTIN, then (21): with or without the scanner's ]d2. */
    private static final Pattern CODE_START = Pattern.compile("^(\\]d2)?\\u001D?01[0-9]{14}21.*", Pattern.DOTALL);

    /** Header lines the marking system's and sellers' files carry. */
    private static final Set<String> HEADERS = Set.of(
            "код", "код маркировки", "коды маркировки", "км", "code", "codes", "cis", "km", "mark", "marks", "uit");

    /** One code of the file, with its line number (counting from 1, as an editor does). */
    public record Line(int number, String code) {}

    private MarkingCodeList() {}

    /** Whether the text is a list of codes: its first line that is not a header begins as a code does. */
    public static boolean isOne(String text) {
        return lines(text).stream()
                .findFirst()
                .map(l -> CODE_START.matcher(l.code()).matches())
                .orElse(false);
    }

    /** The codes of the file in order, blank lines and a header line left out, CSV quotes taken off. */
    public static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            // Spaces are in no marking code (not in GS1's character set 82), so they are the file's.
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (out.isEmpty()
                    && HEADERS.contains(unquoted(line)
                            .toLowerCase(Locale.ROOT)
                            .replace(';', ' ')
                            .strip())) {
                continue;
            }
            out.add(new Line(i + 1, unquoted(line)));
        }
        return out;
    }

    /** A line for an error message: GS shown as {@code <GS>}, a long one shortened. */
    public static String shown(String code) {
        String s = code.replace("\u001D", "<GS>");
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** A CSV field in double quotes, its doubled quotes undone; anything else as it is. */
    private static String unquoted(String line) {
        if (line.length() >= 2 && line.startsWith("\"") && line.endsWith("\"")) {
            return line.substring(1, line.length() - 1).replace("\"\"", "\"");
        }
        return line;
    }
}
