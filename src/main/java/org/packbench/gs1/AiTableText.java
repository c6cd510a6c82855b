package org.packbench.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the AI table rows kept as text in {@link AiRows00To37} and its siblings. Text keeps the
 * facts of the standard readable and diffable against the General Specifications; a typo here
 * is a bug, so it fails class loading loudly rather than returning a partial table.
 *
 * <p>One row per AI or AI range, six columns separated by '|':
 * <ol>
 *   <li>the AI, or an inclusive range such as {@code 3100-3105};</li>
 *   <li>{@code fixed} when the AI prefix has a predefined length (no FNC1 needed after it),
 *       {@code sep} when the value must be ended by FNC1 / GS unless it is last;</li>
 *   <li>the value's parts joined by {@code +}: a character set letter (N digits, X set 82,
 *       Y set 39, Z set 64), a length {@code 6} or range {@code 1-20}, {@code ?} when the part
 *       may be left out, then the names of the {@link Rule}s it obeys;</li>
 *   <li>mandatory associations: clauses separated by {@code ;}, each satisfied by any one of
 *       its {@code or} alternatives, an alternative of several AIs joined by {@code +};
 *       {@code x} in an AI stands for any digit;</li>
 *   <li>AIs that must not appear together with this one;</li>
 *   <li>a short English description.</li>
 * </ol>
 */
final class AiTableText {
    private static final Pattern PART = Pattern.compile("([NXYZ])(\\d+)(?:-(\\d+))?(\\?)?");

    private AiTableText() {}

    static List<AiDefinition> read(String rows) {
        List<AiDefinition> result = new ArrayList<>();
        for (String line : rows.split("\n")) {
            if (!line.isBlank()) {
                result.addAll(row(line));
            }
        }
        return result;
    }

    private static List<AiDefinition> row(String line) {
        String[] cells = line.split("\\|", -1);
        if (cells.length != 6) {
            throw new IllegalStateException("AI table row needs 6 columns: " + line);
        }
        String kind = cells[1].trim();
        if (!kind.equals("fixed") && !kind.equals("sep")) {
            throw new IllegalStateException("AI table row has kind '" + kind + "': " + line);
        }
        List<AiComponent> parts = parts(cells[2].trim());
        List<Requirement> requirements = requirements(cells[3].trim());
        List<AiPattern> exclusions = patterns(cells[4].trim());
        String title = cells[5].trim();
        List<AiDefinition> definitions = new ArrayList<>();
        for (String code : codes(cells[0].trim())) {
            definitions.add(new AiDefinition(code, kind.equals("fixed"), parts, requirements, exclusions, title));
        }
        return definitions;
    }

    private static List<String> codes(String cell) {
        int dash = cell.indexOf('-');
        if (dash < 0) {
            return List.of(cell);
        }
        String from = cell.substring(0, dash);
        String to = cell.substring(dash + 1);
        if (from.length() != to.length()) {
            throw new IllegalStateException("AI range ends differ in length: " + cell);
        }
        List<String> codes = new ArrayList<>();
        for (int n = Integer.parseInt(from); n <= Integer.parseInt(to); n++) {
            codes.add(String.format("%0" + from.length() + "d", n));
        }
        return codes;
    }

    private static List<AiComponent> parts(String cell) {
        List<AiComponent> parts = new ArrayList<>();
        for (String part : cell.split("\\+")) {
            String[] words = part.trim().split("\\s+");
            Matcher m = PART.matcher(words[0]);
            if (!m.matches()) {
                throw new IllegalStateException("AI table value part '" + part + "' is not understood");
            }
            int min = Integer.parseInt(m.group(2));
            int max = m.group(3) == null ? min : Integer.parseInt(m.group(3));
            List<Rule> rules = new ArrayList<>();
            for (int i = 1; i < words.length; i++) {
                rules.add(Rule.byTableName(words[i]));
            }
            parts.add(new AiComponent(CharSet.byLetter(m.group(1).charAt(0)), min, max, m.group(4) != null, rules));
        }
        return parts;
    }

    private static List<Requirement> requirements(String cell) {
        List<Requirement> requirements = new ArrayList<>();
        if (cell.isEmpty()) {
            return requirements;
        }
        for (String clause : cell.split(";")) {
            List<List<AiPattern>> alternatives = new ArrayList<>();
            for (String alternative : clause.trim().split("\\s+or\\s+")) {
                List<AiPattern> group = new ArrayList<>();
                for (String ai : alternative.trim().split("\\+")) {
                    group.add(new AiPattern(ai.trim()));
                }
                alternatives.add(group);
            }
            requirements.add(new Requirement(alternatives));
        }
        return requirements;
    }

    private static List<AiPattern> patterns(String cell) {
        List<AiPattern> patterns = new ArrayList<>();
        if (!cell.isEmpty()) {
            for (String ai : cell.split("\\s+")) {
                patterns.add(new AiPattern(ai));
            }
        }
        return patterns;
    }
}
